import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { utcMinute } from "@/components/redaction/utc-minute";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { getSource } from "@/lib/sources/get-source";
import { listHandlingEditorChoices } from "@/lib/sources/list-handling-editors";
import { RiskBadge } from "@/components/ui/risk-badge";
import { ConsentBadge } from "@/components/ui/consent-badge";
import { SourceDetailsForm } from "./source-details-form";
import { IdentifiersPanel } from "./identifiers-panel";
import { TeamPanel } from "./team-panel";
import { EmergencyAccessForm } from "./emergency-access-form";
import { listSourceTeam } from "@/lib/sources/team/list-team";
import { ConsentForm, WithdrawConsentButton } from "./consent-form";
import { ConsentFacts } from "./consent-facts";
import { TestimonyTable } from "./testimony-table";
import { getSourceDisclosure } from "@/lib/disclosure/get-source-disclosure";
import { SourceLedger } from "@/components/disclosure/source-ledger";
import { latestRecheck } from "@/lib/leak-guard/recheck/latest-recheck";
import { RecheckProgress } from "@/components/leak-guard/recheck-progress";
import { bdi } from "@/components/redaction/bdi";
import styles from "../sources.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources.source"))("title") };
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const RECHECK_TRIGGERS = ["DICTIONARY_ENTRY_ADDED", "REAL_NAME_CHANGED", "REDACTION_REOPENED"];

export default async function SourcePage({ params }: { params: Promise<{ sourceId: string }> }) {
  const user = await requirePermission("sources:view");
  const source = await getSource(user, (await params).sourceId);
  if (!source) notFound();
  const [t, sources] = await Promise.all([getTranslations("sources.source"), getTranslations("sources")]);
  const code = source.code;
  const back = (
    <p>
      <Link href="/sources">{sources("backToSources")}</Link>
    </p>
  );
  if (source.erasedAt) {
    return (
      <>
        {back}
        <h1>{t.rich("heading", { code, bdi })}</h1>
        <p className="alert alert-error" data-testid="source-erased">
          {t("erased", { day: day(source.erasedAt)! })}
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
      {back}
      <div className={styles.heading}>
        <h1>{t.rich("heading", { code, bdi })}</h1>
        <RiskBadge level={source.riskLevel} label={sources("riskBadge", { level: source.riskLevel })} />
        <ConsentBadge status={source.consentStatus} label={sources(`consentStatus.${source.consentStatus}`)} />
      </div>

      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t("details")}</h2>
        {canEdit ? (
          <SourceDetailsForm
            source={{ id: source.id, version: source.version, pseudonym: source.pseudonym, riskLevel: source.riskLevel, handlingEditorId: source.handlingEditor.id }}
            editors={editors.some((e) => e.id === source.handlingEditor.id) ? editors : [source.handlingEditor, ...editors]}
          />
        ) : (
          <dl className={styles.facts}>
            <dt>{sources("columns.pseudonym")}</dt>
            <dd>{source.pseudonym ? <bdi>{source.pseudonym}</bdi> : <span className="muted">{sources("none")}</span>}</dd>
            <dt>{sources("columns.handlingEditor")}</dt>
            <dd>
              <bdi>{source.handlingEditor.name}</bdi>
            </dd>
          </dl>
        )}
      </section>

      <section className="card" aria-labelledby="team-heading">
        <h2 id="team-heading">{t("team")}</h2>
        <p className="muted">{t.rich("teamIntro", { code, bdi })}</p>
        <TeamPanel sourceId={source.id} team={team} />
      </section>

      <section className="card" aria-labelledby="identifiers-heading">
        <h2 id="identifiers-heading">{t("identifiers")}</h2>
        {team.emergencyUntil ? (
          <p className="alert alert-error" role="note" data-testid="emergency-active">
            {t("emergencyUntil", { when: utcMinute(team.emergencyUntil) })}
          </p>
        ) : null}
        {!team.mayReveal ? (
          <p className="alert" role="note" data-testid="not-on-team">
            {t.rich("notOnTeam", { code, editor: source.handlingEditor.name, bdi })}
          </p>
        ) : null}
        <IdentifiersPanel sourceId={source.id} version={source.version} canEdit={canEdit} />
        {!team.mayReveal && can(user, "sources:emergency-access") ? <EmergencyAccessForm sourceId={source.id} sourceCode={source.code} /> : null}
      </section>

      {recheck ? (
        <RecheckProgress
          run={recheck}
          triggerLabel={t(`recheckTrigger.${RECHECK_TRIGGERS.includes(recheck.trigger) ? recheck.trigger : "OTHER"}`)}
          followable={recheck.requestedById === user.id || user.role === "ADMIN"}
        />
      ) : null}

      <section className="card" aria-labelledby="consent-heading">
        <h2 id="consent-heading">{t("consent")}</h2>
        {consent?.withdrawnAt ? <p className="alert alert-error">{t("consentWithdrawn", { day: day(consent.withdrawnAt)! })}</p> : null}
        {consent ? <ConsentFacts consent={consent} /> : <p className="empty">{t("noConsent")}</p>}
        {canEdit && !consent?.withdrawnAt ? (
          <>
            <h3>{consent ? t("changeConsent") : t("recordConsent")}</h3>
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
        <h2 id="testimony-heading">{t("testimony")}</h2>
        {can(user, "testimony:edit", team.access) ? (
          <p>
            <Link className="button" href={`/sources/${source.id}/testimony/new`}>
              {t("addTestimony")}
            </Link>
          </p>
        ) : null}
        <TestimonyTable testimonies={source.testimonies} mayOpen={team.mayReveal} />
      </section>
    </>
  );
}
