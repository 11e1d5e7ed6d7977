// Runs once when a Next.js server starts. On PostgreSQL it starts this instance's
// background job workers (lib/jobs); the embedded demo runs its jobs in-process instead.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerJobs } = await import("@/lib/jobs/start-server-jobs");
  await startServerJobs();
}
