import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { getItem } from "@/lib/content/get-item";
import { listThemes } from "@/lib/content/list-items";
import { describeConsentProblem, describeLeak, fieldLabel, pastedNotice, suspensionReason, systemRetiredReason } from "@/lib/content/wording";
import { pageWording } from "@/lib/content/page-wording";
import { ItemForm } from "@/components/content/item-form";
import { MarkdownPreview } from "@/components/content/markdown-preview";
import { HighlightedField } from "@/components/content/highlighted-field";
import { ContentStateBadge } from "@/components/content/content-state-badge";
import { WorkflowButtons } from "@/components/content/workflow-buttons";
import { listReviewerChoices } from "@/lib/reviews/list-reviewer-choices";
import { QuotePicker } from "@/components/content/quote-picker";
import { CommentForm } from "@/components/content/comment-form";
import { AttachmentsPanel } from "@/components/content/attachments/attachments-panel";
import { QuasiFindingsPanel } from "@/components/disclosure/quasi-findings-panel";
import { SuspensionBanner } from "@/components/content/suspension-banner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("content.item"))("title") };
}

const isolate = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;

export default async function ContentItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  const user = await requirePermission("content:view");
  const item = await getItem(user, (await params).itemId);
  if (!item) notFound();
  const maySubmit = can(user, "content:edit") && ["DRAFT", "CHANGES_REQUESTED"].includes(item.state);
  const [themes, t, tc, wording, format] = await Promise.all([listThemes(user), getTranslations("content.item"), getTranslations("content"), pageWording(), getFormatter()]);
  const editable = can(user, "content:edit") && ["DRAFT", "CHANGES_REQUESTED", "APPROVED"].includes(item.state);
  return (
    <>
      <h1 lang={item.language} dir="auto">
        {item.title}
      </h1>
      <p>
        <ContentStateBadge state={item.state} /> {tc(`types.${item.type}`)} · {t("version", { version: item.version })}
        {item.approvedVersion
          ? item.approvedBy
            ? t.rich("approvedBy", { version: item.approvedVersion, name: item.approvedBy, bdi: isolate })
            : t("approved", { version: item.approvedVersion })
          : null}
        {item.retiredReason
          ? (systemRetiredReason(item.retiredReason, wording.t) ?? t.rich("retired", { reason: item.retiredReason, bdi: isolate }))
          : null} · <Link href={`/content/${item.id}/versions`}>{t("versions")}</Link>
      </p>
      {item.suspendedAt ? (
        <SuspensionBanner
          itemId={item.id}
          version={item.version}
          since={format.dateTime(item.suspendedAt, { dateStyle: "medium", timeStyle: "short" })}
          reason={suspensionReason(item.suspendedReason ?? "", wording.t)}
          may={{ reopen: can(user, "content:edit"), lift: can(user, "content:review") }}
        />
      ) : null}
      <WorkflowButtons
        reviewers={maySubmit ? await listReviewerChoices(user, [user.id]) : []}
        itemId={item.id}
        version={item.version}
        may={{
          submit: maySubmit,
          review: item.state === "IN_REVIEW" && can(user, "content:review"),
          approve: item.mayApprove,
          publish: item.state === "APPROVED" && can(user, "content:publish"),
          retire: ["APPROVED", "PUBLISHED"].includes(item.state) && can(user, "content:retire"),
        }}
      />
      {item.leaks.length > 0 ? (
        <section className="card" aria-labelledby="leaks-heading" data-testid="leak-findings">
          <h2 id="leaks-heading">{t("leaksHeading", { count: item.leaks.length })}</h2>
          <p>{t("leaksRefused")}</p>
          <ul>
            {item.leaks.map((hit) => (
              <li key={`${hit.field}:${hit.start}`}>{describeLeak(hit, item.fields, wording.t)}</li>
            ))}
          </ul>
          {item.fields
            .filter((f) => item.leaks.some((h) => h.field === f.field))
            .map((f) => (
              <div key={f.field}>
                <h3>{fieldLabel(f.field, item.fields, wording.t)}</h3>
                <HighlightedField text={f.text} hits={item.leaks.filter((h) => h.field === f.field)} language={item.language} />
              </div>
            ))}
        </section>
      ) : null}
      {item.consentProblems.length > 0 ? (
        <section className="card" aria-labelledby="consent-heading" data-testid="consent-findings">
          <h2 id="consent-heading">{t("consentHeading")}</h2>
          <ul>
            {item.consentProblems.map((p) => (
              <li key={`${p.sourceId}:${p.rule}:${p.message}`}>{describeConsentProblem(p, wording.t)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {item.disclosure ? <QuasiFindingsPanel disclosure={item.disclosure} language={item.language} mayAcknowledge={item.mayAcknowledge} /> : null}
      <div className="grid-2">
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{editable ? t("edit") : t("details")}</h2>
          <ItemForm
            key={item.version}
            themes={themes}
            readOnly={!editable}
            item={{
              id: item.id,
              version: item.version,
              type: item.type,
              title: item.title,
              body: item.body,
              language: item.language,
              themeIds: item.themes.map((theme) => theme.id),
              audiences: item.audiences,
              channels: item.channels,
              internalNotes: item.internalNotes,
            }}
          />
        </section>
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t("preview")}</h2>
          <MarkdownPreview markdown={item.body} language={item.language} />
        </section>
      </div>
      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">{t("quotes")}</h2>
        {item.pasted.length > 0 ? (
          <ul data-testid="pasted-testimony" aria-label={t("pastedLabel")}>
            {item.pasted.map((s) => (
              <li key={s.sourceId}>{pastedNotice(s, wording)}</li>
            ))}
          </ul>
        ) : null}
        {item.quotes.length === 0 && item.pasted.length === 0 ? (
          <p className="muted">{t("noQuotes")}</p>
        ) : item.quotes.length === 0 ? (
          <p className="muted">{t("noPickedQuotes")}</p>
        ) : (
          <ul>
            {item.quotes.map((q) => (
              <li key={q.id}>{t("quote", { source: q.sourceCode, usage: tc(`usages.${q.usage}`), start: String(q.start), end: String(q.end) })}</li>
            ))}
          </ul>
        )}
        {editable ? <QuotePicker itemId={item.id} version={item.version} /> : null}
      </section>
      <AttachmentsPanel item={item} editable={editable} />
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">{t("comments")}</h2>
        {item.comments.length === 0 ? <p className="muted">{t("noComments")}</p> : null}
        <ul>
          {item.comments.map((c) => (
            <li key={c.id}>
              {t.rich("commentBy", { author: c.author, version: c.version, strong: (chunks) => <strong><bdi>{chunks}</bdi></strong> })} <span dir="auto">{c.body}</span>
            </li>
          ))}
        </ul>
        <CommentForm itemId={item.id} />
      </section>
    </>
  );
}
