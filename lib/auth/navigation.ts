// What the navigation offers each person: only what the policy lets them open.
import { can, type Actor } from "./policy";
import type { Permission } from "./permissions";

type NavItem = { href: string; label: string; permission: Permission };

const ITEMS: NavItem[] = [
  { href: "/dashboard", label: "Dashboard", permission: "workspace:view" },
  { href: "/sources", label: "Sources", permission: "sources:view" },
  { href: "/content", label: "Content", permission: "content:view" },
  { href: "/campaigns", label: "Campaigns", permission: "campaigns:view" },
  { href: "/search", label: "Search", permission: "search:use" },
  { href: "/reviews", label: "Redaction reviews", permission: "redaction:review" },
  { href: "/themes", label: "Themes", permission: "themes:manage" },
  { href: "/portal", label: "Shared with us", permission: "portal:view" },
  { href: "/admin/users", label: "People", permission: "users:manage" },
  { href: "/admin/partners", label: "Partner organisations", permission: "partners:manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:view" },
  { href: "/admin/takedowns", label: "Takedowns", permission: "takedowns:view" },
  { href: "/admin/trace", label: "Trace a leak", permission: "leaks:trace" },
  { href: "/admin/disclosure", label: "Disclosure budgets", permission: "sources:set-budget" },
  { href: "/admin/erasure", label: "Erase a source", permission: "sources:erase" },
  { href: "/admin/reviews", label: "Review assignments", permission: "reviews:assign" },
  { href: "/admin/notices", label: "Email notices", permission: "notices:manage" },
  { href: "/admin/jobs", label: "Background jobs", permission: "jobs:manage" },
];

export function navigationFor(actor: Actor): { href: string; label: string }[] {
  return ITEMS.filter((item) => can(actor, item.permission)).map(({ href, label }) => ({ href, label }));
}

export function homePathFor(actor: Actor): string {
  if (actor.mustEnrolSecondFactor) return "/account/two-factor";
  return navigationFor(actor)[0]?.href ?? "/signin";
}
