import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { getItem } from "@/lib/content/get-item";
import { listThemes } from "@/lib/content/list-items";
import { describeHit } from "@/lib/content/leak-guard";
import { pastedSourceNotice } from "@/lib/content/pasted-testimony/match-passages";
import { CONTENT_TYPE_LABELS, QUOTE_USAGE_LABELS, type ContentType, type QuoteUsage } from "@/lib/content/vocabulary";
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

export const metadata: Metadata = { title: "Content item" };

export default async function ContentItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  const user = await requirePermission("content:view");
  const item = await getItem(user, (await params).itemId);
  if (!item) notFound();
  const maySubmit = can(user, "content:edit") && ["DRAFT", "CHANGES_REQUESTED"].includes(item.state);
  const themes = await listThemes(user);
  const editable = can(user, "content:edit") && ["DRAFT", "CHANGES_REQUESTED", "APPROVED"].includes(item.state);
  return (
    <>
      <h1 lang={item.language} dir="auto">
        {item.title}
      </h1>
      <p>
        <ContentStateBadge state={item.state} /> {CONTENT_TYPE_LABELS[item.type as ContentType]} · version {item.version}
        {item.approvedVersion ? ` · approved version ${item.approvedVersion}${item.approvedBy ? ` by ${item.approvedBy}` : ""}` : ""}
        {item.retiredReason ? ` · retired: ${item.retiredReason}` : ""} · <Link href={`/content/${item.id}/versions`}>Versions</Link>
      </p>
      {item.suspendedAt ? (
        <SuspensionBanner
          itemId={item.id}
          version={item.version}
          since={item.suspendedAt}
          reason={item.suspendedReason ?? ""}
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
          <h2 id="leaks-heading">Possible identifiers ({item.leaks.length})</h2>
          <p>Approval and publishing are refused until these are removed or generalised.</p>
          <ul>
            {item.leaks.map((hit) => (
              <li key={`${hit.field}:${hit.start}`}>{describeHit(hit, item.fields)}</li>
            ))}
          </ul>
          {item.fields
            .filter((f) => item.leaks.some((h) => h.field === f.field))
            .map((f) => (
              <div key={f.field}>
                <h3>{f.label}</h3>
                <HighlightedField text={f.text} hits={item.leaks.filter((h) => h.field === f.field)} language={item.language} />
              </div>
            ))}
        </section>
      ) : null}
      {item.consentProblems.length > 0 ? (
        <section className="card" aria-labelledby="consent-heading" data-testid="consent-findings">
          <h2 id="consent-heading">Consent problems</h2>
          <ul>
            {item.consentProblems.map((p) => (
              <li key={`${p.sourceId}:${p.rule}:${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {item.disclosure ? <QuasiFindingsPanel disclosure={item.disclosure} language={item.language} mayAcknowledge={item.mayAcknowledge} /> : null}
      <div className="grid-2">
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{editable ? "Edit" : "Details"}</h2>
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
              themeIds: item.themes.map((t) => t.id),
              audiences: item.audiences,
              channels: item.channels,
              internalNotes: item.internalNotes,
            }}
          />
        </section>
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          <MarkdownPreview markdown={item.body} language={item.language} />
        </section>
      </div>
      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">Quotes</h2>
        {item.pasted.length > 0 ? (
          <ul data-testid="pasted-testimony" aria-label="Testimony found pasted">
            {item.pasted.map((s) => (
              <li key={s.sourceId}>{pastedSourceNotice(s)}</li>
            ))}
          </ul>
        ) : null}
        {item.quotes.length === 0 && item.pasted.length === 0 ? (
          <p className="muted">No quotes from testimony yet.</p>
        ) : item.quotes.length === 0 ? (
          <p className="muted">No quotes picked from testimony.</p>
        ) : (
          <ul>
            {item.quotes.map((q) => (
              <li key={q.id}>
                Source {q.sourceCode} · {QUOTE_USAGE_LABELS[q.usage as QuoteUsage] ?? q.usage} · characters {q.start}–{q.end}
              </li>
            ))}
          </ul>
        )}
        {editable ? <QuotePicker itemId={item.id} version={item.version} /> : null}
      </section>
      <AttachmentsPanel item={item} editable={editable} />
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">Comments</h2>
        {item.comments.length === 0 ? <p className="muted">No comments yet.</p> : null}
        <ul>
          {item.comments.map((c) => (
            <li key={c.id}>
              <strong>{c.author}</strong> on version {c.version}: <span dir="auto">{c.body}</span>
            </li>
          ))}
        </ul>
        <CommentForm itemId={item.id} />
      </section>
    </>
  );
}
