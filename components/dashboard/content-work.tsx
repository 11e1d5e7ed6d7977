import Link from "next/link";
import type { Actor } from "@/lib/auth/policy";
import { DASHBOARD_COUNT_CAP, listContentAwaitingMyReview, listMyContentDrafts, listSuspendedItems, type ContentWorkList } from "@/lib/dashboard/content-work";
import { CONTENT_STATE_LABEL } from "@/lib/content/content-states";
import { CONTENT_TYPE_LABELS, type ContentType } from "@/lib/content/vocabulary";
import { textDirection } from "@/lib/testimony/languages";
import { boundedLabel } from "@/lib/lists/total-label";

function ItemList({ list, showState }: { list: ContentWorkList; showState: boolean }) {
  return (
    <ul>
      {list.items.map((item) => (
        <li key={item.id}>
          <Link href={`/content/${item.id}`} prefetch={false} lang={item.language} dir={textDirection(item.language)}>
            {item.title}
          </Link>{" "}
          <span className="muted">
            · {CONTENT_TYPE_LABELS[item.type as ContentType] ?? item.type}
            {showState ? ` · ${CONTENT_STATE_LABEL[item.state]}` : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

function SeeAll({ list, links }: { list: ContentWorkList; links: { href: string; label: string }[] }) {
  if (list.total <= list.items.length) return null;
  return (
    <p>
      {list.items.length} of {boundedLabel(list.total, DASHBOARD_COUNT_CAP)} shown. See all:{" "}
      {links.map((l, i) => (
        <span key={l.href}>
          {i > 0 ? " · " : null}
          <Link href={l.href}>{l.label}</Link>
        </span>
      ))}
    </p>
  );
}

/** Server component: my content drafts (editors) and content waiting for my review (reviewers). */
export async function ContentWork({ actor }: { actor: Actor }) {
  const [drafts, awaiting, suspended] = await Promise.all([listMyContentDrafts(actor), listContentAwaitingMyReview(actor), listSuspendedItems(actor)]);
  return (
    <>
      {suspended && suspended.total > 0 ? (
        <section className="card notice" aria-labelledby="suspended-items-heading" data-testid="suspended-items">
          <h2 id="suspended-items-heading">Suspended: possible identifier ({boundedLabel(suspended.total, DASHBOARD_COUNT_CAP)})</h2>
          <p>These items are no longer delivered to partners. Open each to reopen and fix it, or to lift the suspension.</p>
          <ItemList list={suspended} showState />
          <SeeAll list={suspended} links={[{ href: "/content?suspended=1", label: "suspended items" }]} />
        </section>
      ) : null}
      {drafts ? (
        <section className="card" aria-labelledby="content-drafts-heading" data-testid="my-content-drafts">
          <h2 id="content-drafts-heading">My content drafts ({boundedLabel(drafts.total, DASHBOARD_COUNT_CAP)})</h2>
          {drafts.total === 0 ? (
            <p className="muted">
              None. <Link href="/content/new">Start a new item</Link> from approved testimony.
            </p>
          ) : (
            <ItemList list={drafts} showState />
          )}
          <SeeAll
            list={drafts}
            links={[
              { href: "/content?state=DRAFT", label: "drafts" },
              { href: "/content?state=CHANGES_REQUESTED", label: "changes requested" },
            ]}
          />
        </section>
      ) : null}
      {awaiting ? (
        <section className="card" aria-labelledby="content-review-heading" data-testid="content-awaiting-review">
          <h2 id="content-review-heading">Content waiting for my review ({boundedLabel(awaiting.total, DASHBOARD_COUNT_CAP)})</h2>
          {awaiting.total === 0 ? <p className="muted">Nothing is waiting.</p> : <ItemList list={awaiting} showState={false} />}
          <SeeAll list={awaiting} links={[{ href: "/content?state=IN_REVIEW", label: "items in review" }]} />
        </section>
      ) : null}
    </>
  );
}
