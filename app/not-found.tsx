import Link from "next/link";
import { NoticePage } from "@/components/ui/notice-page";

export default function NotFound() {
  return <NoticePage title="Page not found" message="There is nothing here, or it is not shared with you." action={<Link href="/">Go to your start page</Link>} />;
}
