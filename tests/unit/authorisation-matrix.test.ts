// The authorisation matrix: every page, route handler and server action in app/
// has a guard in lib/auth/route-policy.ts, its code asks for exactly that guard,
// and each role's access below is what the policy answers.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_GUARDS, ROUTE_HANDLER_GUARDS, SERVER_ACTION_GUARDS, SOURCE_RESOURCE_GUARDS, type Guard, type ResourceGuard } from "@/lib/auth/route-policy";
import { can, type Actor } from "@/lib/auth/policy";
import { ROLES } from "@/lib/auth/permissions";

const APP = path.resolve(__dirname, "../../app");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const files = walk(APP).map((f) => path.relative(path.resolve(APP, ".."), f).split(path.sep).join("/"));

/** app/(staff)/admin/users/page.tsx → /admin/users */
function routeOf(file: string): string {
  const segments = path.dirname(file).split("/").slice(1).filter((s) => !/^\(.*\)$/.test(s));
  return "/" + segments.join("/");
}

const pages = files.filter((f) => /\/page\.tsx$/.test(f));
const handlers = files.filter((f) => /\/route\.ts$/.test(f));
const actionFiles = files.filter((f) => /\.tsx?$/.test(f) && /^\s*["']use server["']/.test(fs.readFileSync(path.resolve(APP, "..", f), "utf8")));
const source = (file: string) => fs.readFileSync(path.resolve(APP, "..", file), "utf8");

// What each role may open: written out by hand, independently of the policy table.
const EXPECTED: Record<string, readonly string[]> = {
  public: ["ANONYMOUS", "ADMIN", "EDITOR", "REVIEWER", "PARTNER"],
  "signed-in": ["ADMIN", "EDITOR", "REVIEWER", "PARTNER"],
  "partner-token": [],
  "workspace:view": ["ADMIN", "EDITOR", "REVIEWER"],
  "account:security": ["ADMIN", "EDITOR", "REVIEWER", "PARTNER"],
  "account:notices": ["ADMIN", "EDITOR", "REVIEWER", "PARTNER"],
  "account:language": ["ADMIN", "EDITOR", "REVIEWER", "PARTNER"],
  "portal:view": ["PARTNER"],
  "users:manage": ["ADMIN"],
  "partners:manage": ["ADMIN"],
  "audit:view": ["ADMIN"],
  "audit:export": ["ADMIN"],
  "audit:verify": ["ADMIN"],
  "sources:view": ["ADMIN", "EDITOR", "REVIEWER"],
  "sources:edit": ["EDITOR"],
  "sources:reveal": ["ADMIN", "EDITOR", "REVIEWER"],
  "sources:manage-team": ["ADMIN", "EDITOR"],
  "sources:emergency-access": ["ADMIN"],
  "testimony:view-raw": ["ADMIN", "EDITOR", "REVIEWER"],
  "testimony:edit": ["EDITOR"],
  "redaction:edit": ["EDITOR"],
  "redaction:submit": ["EDITOR"],
  "redaction:review": ["REVIEWER"],
  "content:view": ["EDITOR", "REVIEWER"],
  "content:edit": ["EDITOR"],
  "content:review": ["REVIEWER"],
  "content:publish": ["EDITOR"],
  "content:retire": ["EDITOR", "REVIEWER"],
  "campaigns:view": ["EDITOR", "REVIEWER"],
  "campaigns:edit": ["EDITOR"],
  "themes:manage": ["EDITOR"],
  "search:use": ["EDITOR", "REVIEWER"],
  "takedowns:view": ["ADMIN", "EDITOR"],
  "takedowns:acknowledge": ["PARTNER"],
  "notices:send-digests": ["ADMIN"],
  "portal:download": ["PARTNER"],
  "leaks:trace": ["ADMIN"],
  "disclosure:acknowledge": ["REVIEWER"],
  "sources:set-budget": ["ADMIN"],
  "sources:erase": ["ADMIN"],
  "reviews:assign": ["ADMIN"],
  "notices:manage": ["ADMIN"],
  "users:confirm-staff-role": ["ADMIN"],
  "jobs:view": ["ADMIN", "EDITOR", "REVIEWER", "PARTNER"],
  "jobs:manage": ["ADMIN"],
};

function allowed(guard: Guard, role: (typeof ROLES)[number] | "ANONYMOUS"): boolean {
  if (guard === "public") return true;
  // A bearer token, not a session: no signed-in role opens these.
  if (guard === "partner-token") return false;
  if (role === "ANONYMOUS") return false;
  const actor: Actor = { id: "u1", email: "u@x.test", name: "U", role, partnerOrgId: role === "PARTNER" ? "o1" : null };
  return guard === "signed-in" ? true : can(actor, guard);
}

function guardCall(guard: Guard): RegExp {
  if (guard === "public") return /./;
  if (guard === "signed-in") return /requireUser\(\)/;
  return new RegExp(`requirePermission\\("${guard.replace(":", "\\:")}"\\)`);
}

describe("authorisation matrix", () => {
  it("finds the app's pages, route handlers and server actions", () => {
    expect(pages.length).toBeGreaterThan(5);
    expect(handlers.length).toBeGreaterThan(1);
    expect(actionFiles.length).toBeGreaterThan(1);
  });

  it.each(pages)("page %s has a guard and asks for it", (file) => {
    const guard = PAGE_GUARDS[routeOf(file)];
    expect(guard, `add ${routeOf(file)} to PAGE_GUARDS`).toBeDefined();
    expect(source(file)).toMatch(guardCall(guard!));
  });

  it.each(handlers)("route handler %s has a guard", (file) => {
    const guard = ROUTE_HANDLER_GUARDS[routeOf(file)];
    expect(guard, `add ${routeOf(file)} to ROUTE_HANDLER_GUARDS`).toBeDefined();
    if (guard === "partner-token") expect(source(file)).toMatch(/authenticatePartnerToken\(/);
    else if (guard !== "public") expect(source(file)).toMatch(new RegExp(`(requireApiPermission|requireApiUser)\\("${guard}"`));
  });

  it.each(actionFiles)("every server action in %s is built with its guard", (file) => {
    const text = source(file);
    expect(text, "server actions are built with authorizedAction/publicAction, never as bare functions").not.toMatch(/export\s+(async\s+)?function/);
    const exported = [...text.matchAll(/export const (\w+) = (authorizedAction\(\s*"([^"]+)"|publicAction\()/g)];
    const declared = [...text.matchAll(/export const (\w+)/g)].map((m) => m[1]);
    expect(exported.map((m) => m[1])).toEqual(declared);
    for (const [, name, , permission] of exported) {
      const guard = SERVER_ACTION_GUARDS[`${file}#${name}`];
      expect(guard, `add ${file}#${name} to SERVER_ACTION_GUARDS`).toBeDefined();
      expect(permission ?? "public").toBe(guard);
    }
  });

  // Re-authentication within 10 minutes (lib/auth/recent-reauth.ts) before revealing a
  // source's identifiers, changing a second factor, issuing an API token, changing a role or erasing a source.
  it.each([
    "app/(staff)/sources/actions.ts#revealIdentifiersAction",
    "app/(staff)/admin/users/actions.ts#changeRoleAction",
    "app/(staff)/admin/users/actions.ts#resetTwoFactorAction",
    "app/(staff)/admin/partners/[partnerId]/tokens/actions.ts#createPartnerTokenAction",
    // A webhook signing secret is shown once, like an API token.
    "app/(staff)/admin/partners/[partnerId]/webhooks/actions.ts#setWebhookAction",
    "app/(staff)/admin/partners/[partnerId]/webhooks/actions.ts#rotateWebhookSecretAction",
    "app/account/two-factor/actions.ts#startEnrolmentAction",
    "app/account/two-factor/actions.ts#resetOwnTwoFactorAction",
    "app/account/two-factor/actions.ts#regenerateRecoveryCodesAction",
    "app/(staff)/admin/erasure/actions.ts#eraseSourceAction",
    "app/(staff)/admin/users/actions.ts#confirmStaffRoleAction",
    "app/(staff)/admin/users/actions.ts#inviteUserAction",
    "app/(staff)/admin/users/actions.ts#setUserStatusAction",
    // The dictionary actions answer with the whole decrypted dictionary; a team member added
    // or an admin's emergency access opens the identifiers to someone new.
    "app/(staff)/sources/actions.ts#addDictionaryEntryAction",
    "app/(staff)/sources/actions.ts#removeDictionaryEntryAction",
    "app/(staff)/sources/actions.ts#addTeamMemberAction",
    "app/(staff)/sources/actions.ts#removeTeamMemberAction",
    "app/(staff)/sources/actions.ts#openEmergencyAccessAction",
    // Real name, notes, hand-over (a new team member) and risk level (who needs a second factor).
    "app/(staff)/sources/actions.ts#updateSourceAction",
  ])("%s asks for a recent re-authentication", (key) => {
    const [file, name] = key.split("#");
    const text = source(file!);
    const start = text.indexOf(`export const ${name} =`);
    const next = text.indexOf("export const", start + 1);
    expect(start).toBeGreaterThan(-1);
    expect(text.slice(start, next === -1 ? undefined : next)).toMatch(/\{ reauth: true \}\);\s*(\/\/[^\n]*\n\s*)*$/);
  });

  it("has no stale entries for files that no longer exist", () => {
    const routes = new Set([...pages, ...handlers].map(routeOf));
    for (const route of [...Object.keys(PAGE_GUARDS), ...Object.keys(ROUTE_HANDLER_GUARDS)]) expect(routes).toContain(route);
    for (const key of Object.keys(SERVER_ACTION_GUARDS)) {
      const [file, name] = key.split("#");
      expect(source(file!)).toContain(`export const ${name} =`);
    }
  });

  const entries = [
    ...Object.entries(PAGE_GUARDS).map(([k, g]) => [`page ${k}`, g] as const),
    ...Object.entries(ROUTE_HANDLER_GUARDS).map(([k, g]) => [`route ${k}`, g] as const),
    ...Object.entries(SERVER_ACTION_GUARDS).map(([k, g]) => [`action ${k}`, g] as const),
  ];
  const roles = ["ANONYMOUS", ...ROLES] as const;
  it.each(entries.flatMap(([name, guard]) => roles.map((role) => [name, role, guard] as const)))("%s: %s", (_name, role, guard) => {
    const expected = EXPECTED[guard];
    expect(expected, `write the expected roles for ${guard}`).toBeDefined();
    expect(allowed(guard, role)).toBe(expected!.includes(role));
  });
});

// Need-to-know: the same routes and actions for one source, asked by people who are and are
// not on its team. Each person's access is the role guard AND the resource rule.
const HOUR = 60 * 60 * 1000;
const person = (id: string, role: Actor["role"]): Actor => ({ id, email: `${id}@x.test`, name: id, role, partnerOrgId: role === "PARTNER" ? "o1" : null });
const PEOPLE = {
  "handling editor": person("e-handling", "EDITOR"),
  "team editor": person("e-team", "EDITOR"),
  "editor not on the team": person("e-other", "EDITOR"),
  "reviewer on the team": person("r-team", "REVIEWER"),
  "assigned reviewer": person("r-assigned", "REVIEWER"),
  "unassigned reviewer": person("r-other", "REVIEWER"),
  "admin in emergency access": person("a-emergency", "ADMIN"),
  "admin whose emergency access expired": person("a-expired", "ADMIN"),
  "admin": person("a-none", "ADMIN"),
  partner: person("p", "PARTNER"),
} as const;
type Who = keyof typeof PEOPLE;

function sourceFor(who: Who) {
  const emergencyUntil = who === "admin in emergency access" ? new Date(Date.now() + HOUR) : who === "admin whose emergency access expired" ? new Date(Date.now() - 1) : null;
  return { teamIds: ["e-handling", "e-team", "r-team"], emergencyUntil, assigneeIds: ["r-assigned"] };
}

function resourceAllows(rule: ResourceGuard, who: Who): boolean {
  const actor = PEOPLE[who];
  const source = sourceFor(who);
  switch (rule) {
    case "team-read":
      return can(actor, "sources:reveal", source);
    case "team-write":
      return can(actor, "sources:edit", source) && can(actor, "testimony:edit", source) && can(actor, "redaction:edit", source) && can(actor, "redaction:submit", source);
    case "raw-testimony":
      return can(actor, "testimony:view-raw", source);
    case "team-manage":
      return can(actor, "sources:manage-team", { handlingEditorId: "e-handling" });
    case "review": {
      const review = { authorIds: ["e-handling", "e-team"], assigneeIds: ["r-assigned"] };
      return can(actor, "redaction:review", review) && can(actor, "content:review", review);
    }
    case "item-read":
      return can(actor, "content:view", { assigneeIds: ["r-assigned"] });
    case "any-editor":
      return true;
  }
}

// Written out by hand: who may do what to this one source, beyond their role.
const RESOURCE_EXPECTED: Record<ResourceGuard, readonly Who[]> = {
  "team-read": ["handling editor", "team editor", "reviewer on the team", "admin in emergency access"],
  "team-write": ["handling editor", "team editor"],
  "raw-testimony": ["handling editor", "team editor", "reviewer on the team", "assigned reviewer", "admin in emergency access"],
  "team-manage": ["handling editor", "admin in emergency access", "admin whose emergency access expired", "admin"],
  review: ["assigned reviewer"],
  "item-read": ["handling editor", "team editor", "editor not on the team", "assigned reviewer", "admin in emergency access", "admin whose emergency access expired", "admin", "partner"],
  "any-editor": Object.keys(PEOPLE) as Who[],
};

const guardOf = (key: string): Guard => {
  const [kind, ...rest] = key.split(" ");
  const name = rest.join(" ");
  const table = kind === "page" ? PAGE_GUARDS : kind === "route" ? ROUTE_HANDLER_GUARDS : SERVER_ACTION_GUARDS;
  const guard = table[name];
  if (!guard) throw new Error(`${key}: no such ${kind} in route-policy.ts`);
  return guard;
};

describe("need-to-know matrix", () => {
  it("lists every route and action of a source or its testimony", () => {
    const sourceScoped = [
      ...Object.keys(PAGE_GUARDS).filter((r) => /^\/(sources\/\[sourceId\]|testimony\/)/.test(r)).map((r) => `page ${r}`),
      ...Object.keys(ROUTE_HANDLER_GUARDS).filter((r) => /^\/(sources\/\[sourceId\]|testimony\/)/.test(r)).map((r) => `route ${r}`),
      ...Object.keys(SERVER_ACTION_GUARDS).filter((k) => /^app\/\(staff\)\/(sources|testimony)\//.test(k) && !k.endsWith("#createSourceAction") && !k.endsWith("#openEmergencyAccessAction")).map((k) => `action ${k}`),
    ];
    for (const key of sourceScoped) expect(SOURCE_RESOURCE_GUARDS, `add ${key} to SOURCE_RESOURCE_GUARDS`).toHaveProperty([key]);
  });

  const cases = Object.entries(SOURCE_RESOURCE_GUARDS).flatMap(([key, rule]) => (Object.keys(PEOPLE) as Who[]).map((who) => [key, who, rule] as const));
  it.each(cases)("%s: %s", (key, who, rule) => {
    const guard = guardOf(key);
    const byRole = allowed(guard, PEOPLE[who].role);
    expect(byRole && resourceAllows(rule, who)).toBe(byRole && RESOURCE_EXPECTED[rule].includes(who));
  });

  it("refuses what identifies a source to everyone off its team, whatever their role", () => {
    for (const who of ["editor not on the team", "unassigned reviewer", "admin", "admin whose emergency access expired", "partner"] as const) {
      expect(resourceAllows("team-read", who) && allowed("sources:reveal", PEOPLE[who].role), who).toBe(false);
      expect(resourceAllows("raw-testimony", who) && allowed("testimony:view-raw", PEOPLE[who].role), who).toBe(false);
    }
  });
});

// A background job's progress page: the person who asked, and admins; nobody else, whatever their role.
describe("background job matrix", () => {
  const asked = { requestedById: "e-team" };
  it.each([
    ["team editor", true], // asked for it
    ["handling editor", false],
    ["editor not on the team", false],
    ["assigned reviewer", false],
    ["partner", false],
    ["admin", true],
    ["admin whose emergency access expired", true],
  ] as const)("%s: %s", (who, expected) => {
    expect(can(PEOPLE[who], "jobs:view", asked)).toBe(expected);
  });

  it("shows a job the system started (no requester) to admins only", () => {
    expect(can(PEOPLE["team editor"], "jobs:view", { requestedById: null })).toBe(false);
    expect(can(PEOPLE.admin, "jobs:view", { requestedById: null })).toBe(true);
  });

  it("shows a partner the job it asked for", () => {
    expect(can(PEOPLE.partner, "jobs:view", { requestedById: "p" })).toBe(true);
  });

  // A kit or PDF job: its progress page and its file (/jobs/[jobId], /jobs/[jobId]/download).
  it("shows a partner its own kit or PDF job and not another partner's, even of its organisation", () => {
    const otherPartner = { ...PEOPLE.partner, id: "p-other" };
    const kitJob = { requestedById: "p" };
    expect(can(PEOPLE.partner, "jobs:view", kitJob) && can(PEOPLE.partner, "portal:download")).toBe(true);
    expect(can(otherPartner, "jobs:view", kitJob)).toBe(false);
    // an API token's job has no requesting person: no portal user follows it
    expect(can(PEOPLE.partner, "jobs:view", { requestedById: null })).toBe(false);
    // staff never fetch a partner's file: the download route asks for portal:download
    expect(can(PEOPLE.admin, "portal:download")).toBe(false);
  });
});
