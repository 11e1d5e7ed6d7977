"use client";
// Everything the detector or the dictionary found that no accepted span covers.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { bdi } from "@/components/redaction/bdi";
import type { ResidualRisk } from "@/lib/redaction/model/residual-risk";

export function ResidualRiskPanel({ risks, onDismiss, onUndo }: { risks: ResidualRisk[]; onDismiss: (key: string, reason: string) => void; onUndo: (key: string) => void }) {
  const t = useTranslations("redaction.residual");
  const blocking = risks.filter((r) => r.blocking).length;
  return (
    <section className="card" aria-labelledby="risk-heading" data-testid="residual-risk">
      <h2 id="risk-heading">{t("heading")}</h2>
      <p className={blocking ? "alert alert-error" : "alert alert-ok"} role="status">
        {risks.length === 0 ? t("allCovered") : blocking ? t("blocking", { count: blocking }) : t("remaining", { count: risks.length })}
      </p>
      <ul className="risk-list" tabIndex={0} aria-label={t("listLabel")}>
        {risks.map((risk) => (
          <RiskItem key={risk.key} risk={risk} onDismiss={onDismiss} onUndo={onUndo} />
        ))}
      </ul>
    </section>
  );
}

function RiskItem({ risk, onDismiss, onUndo }: { risk: ResidualRisk; onDismiss: (key: string, reason: string) => void; onUndo: (key: string) => void }) {
  const t = useTranslations("redaction.residual");
  const types = useTranslations("redaction.types");
  const [reason, setReason] = useState("");
  const [open, setOpen] = useState(false);
  return (
    <li className={risk.blocking ? "risk blocking" : "risk"}>
      <mark className={`span t-${risk.type}`} dir="auto">
        {risk.text}
      </mark>{" "}
      <span className="badge">{risk.fromDictionary ? t("dictionary") : types(risk.type)}</span>
      {risk.dismissal ? (
        <div className="muted">
          {t.rich("dismissed", { reason: risk.dismissal.reason, bdi })}{" "}
          <button type="button" className="secondary" onClick={() => onUndo(risk.key)}>
            {t("undo")}
          </button>
        </div>
      ) : open ? (
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); if (reason.trim().length >= 3) onDismiss(risk.key, reason.trim()); }}>
          <label className="sr-only" htmlFor={`reason-${risk.key}`}>{t("why")}</label>
          <input id={`reason-${risk.key}`} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t("why")} minLength={3} required dir="auto" />
          <button type="submit" className="secondary">{t("dismiss")}</button>
        </form>
      ) : risk.blocking ? (
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {t("dismissWithReason")}
        </button>
      ) : null}
    </li>
  );
}
