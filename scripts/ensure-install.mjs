// Installs dependencies when they are missing or older than the lockfile, and
// generates the Prisma client when the schema changed. Plain Node: runs before
// anything else is installed.
import { execSync } from "node:child_process";
import fs from "node:fs";

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);
const run = (command) => execSync(command, { stdio: "inherit" });

const marker = "node_modules/.package-lock.json";
if (!fs.existsSync("node_modules") || mtime("package-lock.json") > mtime(marker)) {
  // The lockfile is the truth: a fresh clone (or one whose lockfile was pulled) gets
  // exactly what it names, and `npm ci` refuses an incomplete lockfile instead of
  // quietly installing something else.
  console.log("Installing dependencies (npm ci)…");
  run("npm ci --no-audit --no-fund");
} else if (mtime("package.json") > mtime(marker)) {
  // Someone edited package.json by hand: resolve the change and record it in the lockfile.
  console.log("Installing dependencies (npm install)…");
  run("npm install --no-audit --no-fund");
}

const generated = "lib/db/generated/client.ts";
if (mtime("prisma/schema.prisma") > mtime(generated)) {
  console.log("Generating the Prisma client…");
  run("npx prisma generate");
}
