import { RISK_LABELS, type RiskLevel } from "@/lib/sources/vocabulary";
import styles from "./risk-badge.module.css";

export function RiskBadge({ level }: { level: RiskLevel }) {
  return <span className={`${styles.badge} ${styles[level]}`}>{RISK_LABELS[level]} risk</span>;
}
