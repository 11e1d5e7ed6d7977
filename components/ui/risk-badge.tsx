import { RISK_LABELS, type RiskLevel } from "@/lib/sources/vocabulary";
import styles from "./risk-badge.module.css";

/** `label`: "High risk" in the reader's language (English when not given). */
export function RiskBadge({ level, label }: { level: RiskLevel; label?: string }) {
  return <span className={`${styles.badge} ${styles[level]}`}>{label ?? `${RISK_LABELS[level]} risk`}</span>;
}
