import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="centered">
      <h1>Not allowed</h1>
      <p>Your account does not have access to this page. If you think it should, ask an administrator.</p>
      <p>
        <Link href="/">Go to your start page</Link>
      </p>
    </main>
  );
}
