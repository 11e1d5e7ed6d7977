"use client";
// Everything the detector or the dictionary found that no accepted span covers.
import { useState } from "react";
import type { ResidualRisk } from "@/lib/redaction/model/residual-risk";

export function ResidualRiskPanel({ risks, onDismiss, onUndo }: { risks: ResidualRisk[]; onDismiss: (key: string, reason: string) => void; onUndo: (key: string) => void }) {
  const blocking = risks.filter((r) => r.blocking).length;
  return (
    <section className="card" aria-labelledby="risk-heading" data-testid="residual-risk">
      <h2 id="risk-heading">Residual risk</h2>
      <p className={blocking ? "alert alert-error" : "alert alert-ok"} role="status">
        {risks.length === 0 ? "Every finding is covered." : blocking ? `${blocking} must be covered or dismissed before submission.` : `${risks.length} quasi-identifiers or dismissed findings remain; none blocks submission.`}
      </p>
      <ul className="risk-list" tabIndex={0} aria-label="Uncovered findings">
        {risks.map((risk) => (
          <RiskItem key={risk.key} risk={risk} onDismiss={onDismiss} onUndo={onUndo} />
        ))}
      </ul>
    </section>
  );
}

function RiskItem({ risk, onDismiss, onUndo }: { risk: ResidualRisk; onDismiss: (key: string, reason: string) => void; onUndo: (key: string) => void }) {
  const [reason, setReason] = useState("");
  const [open, setOpen] = useState(false);
  return (
    <li className={risk.blocking ? "risk blocking" : "risk"}>
      <mark className={`span t-${risk.type}`}>{risk.text}</mark> <span className="badge">{risk.fromDictionary ? "dictionary" : risk.type}</span>
      {risk.dismissal ? (
        <div className="muted">
          Dismissed: {risk.dismissal.reason}{" "}
          <button type="button" className="secondary" onClick={() => onUndo(risk.key)}>
            Undo
          </button>
        </div>
      ) : open ? (
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); if (reason.trim().length >= 3) onDismiss(risk.key, reason.trim()); }}>
          <label className="sr-only" htmlFor={`reason-${risk.key}`}>Why this can stay</label>
          <input id={`reason-${risk.key}`} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Why this can stay" minLength={3} required />
          <button type="submit" className="secondary">Dismiss</button>
        </form>
      ) : risk.blocking ? (
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          Dismiss with a reason…
        </button>
      ) : null}
    </li>
  );
}
