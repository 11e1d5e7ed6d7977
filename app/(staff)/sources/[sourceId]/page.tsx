import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { getSource } from "@/lib/sources/get-source";
import { listHandlingEditorChoices } from "@/lib/sources/list-handling-editors";
import { CONSENT_CHANNEL_LABELS, CONSENT_SCOPE_LABELS, type ConsentChannel, type ConsentScope } from "@/lib/sources/vocabulary";
import { RiskBadge } from "@/components/ui/risk-badge";
import { ConsentBadge } from "@/components/ui/consent-badge";
import { SourceDetailsForm } from "./source-details-form";
import { IdentifiersPanel } from "./identifiers-panel";
import { TeamPanel } from "./team-panel";
import { EmergencyAccessForm } from "./emergency-access-form";
import { listSourceTeam } from "@/lib/sources/team/list-team";
import { ConsentForm, WithdrawConsentButton } from "./consent-form";
import { TestimonyTable } from "./testimony-table";
import { getSourceDisclosure } from "@/lib/disclosure/get-source-disclosure";
import { SourceLedger } from "@/components/disclosure/source-ledger";
import { latestRecheck, RECHECK_TRIGGER_LABELS } from "@/lib/leak-guard/recheck/latest-recheck";
import { RecheckProgress } from "@/components/leak-guard/recheck-progress";
import styles from "../sources.module.css";

export const metadata: Metadata = { title: "Source" };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export default async function SourcePage({ params }: { params: Promise<{ sourceId: string }> }) {
  const user = await requirePermission("sources:view");
  const source = await getSource(user, (await params).sourceId);
  if (!source) notFound();
  if (source.erasedAt) {
    return (
      <>
        <p>
          <Link href="/sources">← Sources</Link>
        </p>
        <h1>Source {source.code}</h1>
        <p className="alert alert-error" data-testid="source-erased">
          This source was erased on {day(source.erasedAt)}: its key and everything derived from it are gone. Only the code remains, so the audit trail keeps its meaning.
        </p>
      </>
    );
  }
  const team = await listSourceTeam(user, source.id);
  if (!team) notFound();
  // Only the team changes the source; everyone else on staff sees its code, risk and state.
  const canEdit = can(user, "sources:edit", team.access);
  const editors = canEdit ? await listHandlingEditorChoices(user) : [];
  const consent = source.consent;
  const disclosure = await getSourceDisclosure(user, source.id);
  const recheck = await latestRecheck(user, source.id);

  return (
    <>
      <p>
        <Link href="/sources">← Sources</Link>
      </p>
      <div className={styles.heading}>
        <h1>Source {source.code}</h1>
        <RiskBadge level={source.riskLevel} />
        <ConsentBadge status={source.consentStatus} />
      </div>

      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        {canEdit ? (
          <SourceDetailsForm
            source={{ id: source.id, version: source.version, pseudonym: source.pseudonym, riskLevel: source.riskLevel, handlingEditorId: source.handlingEditor.id }}
            editors={editors.some((e) => e.id === source.handlingEditor.id) ? editors : [source.handlingEditor, ...editors]}
          />
        ) : (
          <dl className={styles.facts}>
            <dt>Pseudonym</dt>
            <dd>{source.pseudonym ?? <span className="muted">none</span>}</dd>
            <dt>Handling editor</dt>
            <dd>{source.handlingEditor.name}</dd>
          </dl>
        )}
      </section>

      <section className="card" aria-labelledby="team-heading">
        <h2 id="team-heading">Team</h2>
        <p className="muted">Only these people may see what identifies {source.code}: its real name, notes, dictionary and raw testimony.</p>
        <TeamPanel sourceId={source.id} team={team} />
      </section>

      <section className="card" aria-labelledby="identifiers-heading">
        <h2 id="identifiers-heading">Identifiers</h2>
        {team.emergencyUntil ? (
          <p className="alert alert-error" role="note" data-testid="emergency-active">
            Emergency access until {team.emergencyUntil.toUTCString()}. The team has been told.
          </p>
        ) : null}
        {!team.mayReveal ? (
          <p className="alert" role="note" data-testid="not-on-team">
            You are not on the team of {source.code}, so its identifiers and raw testimony stay closed to you. Ask {source.handlingEditor.name}, its handling editor, to add you to the team.
          </p>
        ) : null}
        <IdentifiersPanel sourceId={source.id} version={source.version} canEdit={canEdit} />
        {!team.mayReveal && can(user, "sources:emergency-access") ? <EmergencyAccessForm sourceId={source.id} sourceCode={source.code} /> : null}
      </section>

      {recheck ? <RecheckProgress run={recheck} triggerLabel={RECHECK_TRIGGER_LABELS[recheck.trigger] ?? "something changed"} followable={recheck.requestedById === user.id || user.role === "ADMIN"} /> : null}

      <section className="card" aria-labelledby="consent-heading">
        <h2 id="consent-heading">Consent</h2>
        {consent?.withdrawnAt ? (
          <p className="alert alert-error">Consent was withdrawn on {day(consent.withdrawnAt)}. Nothing from this source may be published.</p>
        ) : null}
        {consent ? (
          <dl className={styles.facts}>
            <dt>Uses</dt>
            <dd>{consent.scopes.map((s) => CONSENT_SCOPE_LABELS[s as ConsentScope] ?? s).join(", ")}</dd>
            <dt>Channels</dt>
            <dd>{consent.channels.map((c) => CONSENT_CHANNEL_LABELS[c as ConsentChannel] ?? c).join(", ")}</dd>
            <dt>Languages</dt>
            <dd>{consent.languages.join(", ")}</dd>
            <dt>Expires</dt>
            <dd>{day(consent.expiresAt) ?? "no expiry"}</dd>
          </dl>
        ) : (
          <p className="empty">No consent recorded yet.</p>
        )}
        {canEdit && !consent?.withdrawnAt ? (
          <>
            <h3>{consent ? "Change consent" : "Record consent"}</h3>
            <ConsentForm
              sourceId={source.id}
              consent={consent ? { scopes: consent.scopes, channels: consent.channels, languages: consent.languages, expiresAt: day(consent.expiresAt), version: consent.version } : null}
            />
            {consent ? <WithdrawConsentButton sourceId={source.id} version={consent.version} /> : null}
          </>
        ) : null}
      </section>

      {disclosure ? <SourceLedger view={disclosure} /> : null}

      <section className="card" aria-labelledby="testimony-heading">
        <h2 id="testimony-heading">Testimony</h2>
        {can(user, "testimony:edit", team.access) ? (
          <p>
            <Link className="button" href={`/sources/${source.id}/testimony/new`}>
              Add testimony
            </Link>
          </p>
        ) : null}
        <TestimonyTable testimonies={source.testimonies} mayOpen={team.mayReveal} />
      </section>
    </>
  );
}
