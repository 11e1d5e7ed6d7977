import { useTranslations } from "next-intl";
import type { RiskLevel } from "@/lib/sources/vocabulary";
import styles from "./risk-badge.module.css";

export function RiskBadge({ level }: { level: RiskLevel }) {
  const t = useTranslations("ui.risk");
  return <span className={`${styles.badge} ${styles[level]}`}>{t(level)}</span>;
}
