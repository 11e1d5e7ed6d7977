"use client";
// The four roles, named as the shell names them (common.roles).
import { useTranslations } from "next-intl";

const ROLES = ["EDITOR", "REVIEWER", "ADMIN", "PARTNER"] as const;

export function RoleOptions() {
  const t = useTranslations("common.roles");
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {t(role)}
    </option>
  ));
}
