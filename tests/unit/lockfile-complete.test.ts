// `npm ci` refuses a lockfile that lacks an optional platform package (npm 11): a lockfile
// regenerated on a machine that could not fetch one breaks every install elsewhere — a
// container, a Mac, an ARM server. These read package-lock.json as npm ci does.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

type LockedPackage = { version?: string; integrity?: string; optionalDependencies?: Record<string, string> };
const lock = JSON.parse(readFileSync(path.resolve(__dirname, "../../package-lock.json"), "utf8")) as { packages: Record<string, LockedPackage> };
const packages = lock.packages;

/** Where Node would find `name` from the package installed at `from` (nearest node_modules upwards). */
function resolveLocked(from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ""}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const parent = base.lastIndexOf("/node_modules/");
    base = parent < 0 ? "" : base.slice(0, parent);
  }
}

describe("package-lock.json", () => {
  const nextVersion = packages["node_modules/next"]?.version;

  it.each(["linux-x64-gnu", "linux-arm64-gnu", "darwin-arm64", "darwin-x64", "win32-x64-msvc"])(
    "locks @next/swc-%s at next's own version, with its integrity",
    (platform) => {
      const entry = packages[`node_modules/@next/swc-${platform}`];
      expect(entry, `@next/swc-${platform} is missing: regenerate the lockfile (see README "Installing")`).toBeDefined();
      expect(entry?.version).toBe(nextVersion);
      expect(entry?.integrity).toMatch(/^sha512-/);
    },
  );

  it("locks every optional dependency of every locked package, so npm ci accepts it on any platform", () => {
    const missing = Object.entries(packages).flatMap(([at, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolveLocked(at, name))
        .map((name) => `${at || "(root)"} → ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
