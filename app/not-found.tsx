import Link from "next/link";

export default function NotFound() {
  return (
    <main className="centered">
      <h1>Page not found</h1>
      <p>There is nothing here, or it is not shared with you.</p>
      <p>
        <Link href="/">Go to your start page</Link>
      </p>
    </main>
  );
}
