import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirInUse, lockFilePath } from "./data-dir-lock";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cv-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("data directory lock", () => {
  it("refuses a second owner while a live process holds the directory", async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    fs.writeFileSync(lockFilePath(dir), String(holder.pid));
    try {
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUse);
      expect(() => acquireDataDirLock(dir)).toThrow(`in use by another Countervoice process (pid ${holder.pid})`);
    } finally {
      holder.kill();
    }
  });

  it("reclaims a lock left behind by a dead process", () => {
    const dir = tempDir();
    fs.writeFileSync(lockFilePath(dir), "999999");
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(lockFilePath(dir), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFilePath(dir))).toBe(false);
  });
});
