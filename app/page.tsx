import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/navigation";

export default async function Home() {
  const user = await requireUser();
  redirect(homePathFor(user));
}
