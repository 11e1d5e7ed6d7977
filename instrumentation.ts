// Runs once when a Next.js server starts. Keeps exception text out of the server's console
// (lib/log-console.ts). On PostgreSQL it starts this instance's background job workers
// (lib/jobs); the embedded demo runs its jobs in-process instead.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { keepExceptionTextOutOfConsole } = await import("@/lib/log-console");
  keepExceptionTextOutOfConsole();
  const { startServerJobs } = await import("@/lib/jobs/start-server-jobs");
  await startServerJobs();
}
