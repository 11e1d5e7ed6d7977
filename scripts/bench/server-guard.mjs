// Runs the bench's server (the command in its arguments) as the leader of its own process group
// and ends the whole group when the bench goes away, however it goes: its end of our stdin pipe
// closes even when it is killed outright (tsx, under load, SIGKILLs a script that is slow to
// acknowledge Ctrl-C, so the bench's own signal handlers cannot be relied on).
import { spawn } from "node:child_process";

const [command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
let stopping = false;

function stopGroup() {
  if (stopping) return;
  stopping = true;
  try {
    process.kill(-process.pid, "SIGTERM");
  } catch {
    // the group is already gone
  }
  // whatever still runs after the launcher's graceful shutdown had its time is killed, this guard with it
  setTimeout(() => process.kill(-process.pid, "SIGKILL"), 15_000);
}

// The bench's own stop sends SIGTERM to the group: this guard stays to finish the job.
process.on("SIGTERM", stopGroup);
process.stdin.on("end", stopGroup);
process.stdin.on("close", stopGroup);
process.stdin.resume();
child.on("exit", (code, signal) => {
  if (!stopping) process.exit(code ?? (signal ? 1 : 0));
});
