// A whole page that only tells the visitor something (not found, not allowed, an error) and
// offers one way on: the layout app/error.tsx, app/forbidden.tsx and app/not-found.tsx share.
// No hooks, so it serves a client error boundary as well as a server page.
import type { ReactNode } from "react";

export function NoticePage({ title, message, action }: { title: string; message: ReactNode; action: ReactNode }) {
  return (
    <main className="centered">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>{action}</p>
    </main>
  );
}
