// Runs once when a Next.js server starts. It keeps exception text out of the server's console
// (lib/log-console.ts), checks the environment (a server started with `npm run serve` has had
// nothing else read it), then, on PostgreSQL, starts this instance's background job workers
// (lib/jobs); the embedded demo runs its jobs in-process instead.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { keepExceptionTextOutOfConsole } = await import("@/lib/log-console");
  keepExceptionTextOutOfConsole();
  const { stopOnConfigurationError } = await import("@/lib/stop-on-configuration-error");
  stopOnConfigurationError();
  const { startServerJobs } = await import("@/lib/jobs/start-server-jobs");
  await startServerJobs();
}
