// Installs dependencies when they are missing or older than the lockfile, and
// generates the Prisma client when the schema changed. Plain Node: runs before
// anything else is installed.
import { execSync } from "node:child_process";
import fs from "node:fs";

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);
const run = (command) => execSync(command, { stdio: "inherit" });

const marker = "node_modules/.package-lock.json";
if (!fs.existsSync("node_modules") || mtime("package-lock.json") > mtime(marker) || mtime("package.json") > mtime(marker)) {
  console.log("Installing dependencies (npm install)…");
  run("npm install --no-audit --no-fund");
}

const generated = "lib/db/generated/client.ts";
if (mtime("prisma/schema.prisma") > mtime(generated)) {
  console.log("Generating the Prisma client…");
  run("npx prisma generate");
}
