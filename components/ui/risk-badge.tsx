import { useTranslations } from "next-intl";
import type { RiskLevel } from "@/lib/sources/vocabulary";
import styles from "./risk-badge.module.css";

/** `label`: the level as the page words it (the reader's language by default). */
export function RiskBadge({ level, label }: { level: RiskLevel; label?: string }) {
  const t = useTranslations("ui.risk");
  return <span className={`${styles.badge} ${styles[level]}`}>{label ?? t(level)}</span>;
}
