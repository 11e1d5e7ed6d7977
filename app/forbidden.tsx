import Link from "next/link";
import { NoticePage } from "@/components/ui/notice-page";

export default function Forbidden() {
  return <NoticePage title="Not allowed" message="Your account does not have access to this page. If you think it should, ask an administrator." action={<Link href="/">Go to your start page</Link>} />;
}
