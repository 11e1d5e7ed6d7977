// What the navigation offers each person: only what the policy lets them open.
import { can, type Actor } from "./policy";
import type { Permission } from "./permissions";

/** `label`: a key of the "common.nav" catalogue namespace. */
type NavItem = { href: string; label: string; permission: Permission };

const ITEMS: NavItem[] = [
  { href: "/dashboard", label: "dashboard", permission: "workspace:view" },
  { href: "/sources", label: "sources", permission: "sources:view" },
  { href: "/content", label: "content", permission: "content:view" },
  { href: "/campaigns", label: "campaigns", permission: "campaigns:view" },
  { href: "/search", label: "search", permission: "search:use" },
  { href: "/reviews", label: "reviews", permission: "redaction:review" },
  { href: "/themes", label: "themes", permission: "themes:manage" },
  { href: "/portal", label: "portal", permission: "portal:view" },
  { href: "/admin/users", label: "users", permission: "users:manage" },
  { href: "/admin/partners", label: "partners", permission: "partners:manage" },
  { href: "/admin/audit", label: "audit", permission: "audit:view" },
  { href: "/admin/takedowns", label: "takedowns", permission: "takedowns:view" },
  { href: "/admin/trace", label: "trace", permission: "leaks:trace" },
  { href: "/admin/disclosure", label: "disclosure", permission: "sources:set-budget" },
  { href: "/admin/erasure", label: "erasure", permission: "sources:erase" },
  { href: "/admin/reviews", label: "reviewAssignments", permission: "reviews:assign" },
  { href: "/admin/notices", label: "notices", permission: "notices:manage" },
  { href: "/admin/jobs", label: "jobs", permission: "jobs:manage" },
];

export function navigationFor(actor: Actor): { href: string; label: string }[] {
  return ITEMS.filter((item) => can(actor, item.permission)).map(({ href, label }) => ({ href, label }));
}

export function homePathFor(actor: Actor): string {
  if (actor.mustEnrolSecondFactor) return "/account/two-factor";
  return navigationFor(actor)[0]?.href ?? "/signin";
}
