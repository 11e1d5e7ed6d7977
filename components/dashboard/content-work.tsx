import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/policy";
import { DASHBOARD_COUNT_CAP, listContentAwaitingMyReview, listMyContentDrafts, listSuspendedItems, type ContentWorkList } from "@/lib/dashboard/content-work";
import { textDirection } from "@/lib/testimony/languages";
import { boundedLabel } from "@/lib/lists/total-label";

function ItemList({ list, showState }: { list: ContentWorkList; showState: boolean }) {
  const t = useTranslations("content");
  return (
    <ul>
      {list.items.map((item) => (
        <li key={item.id}>
          <Link href={`/content/${item.id}`} prefetch={false} lang={item.language} dir={textDirection(item.language)} data-user-content>
            {item.title}
          </Link>{" "}
          <span className="muted">
            · {t.has(`types.${item.type}`) ? t(`types.${item.type}`) : item.type}
            {showState ? ` · ${t(`states.${item.state}`)}` : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

function SeeAll({ list, links }: { list: ContentWorkList; links: { href: string; label: string }[] }) {
  const t = useTranslations("dashboard");
  if (list.total <= list.items.length) return null;
  return (
    <p>
      {t("shownOf", { shown: list.items.length, total: boundedLabel(list.total, DASHBOARD_COUNT_CAP) })} {t("seeAll")}{" "}
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
  const [drafts, awaiting, suspended, t] = await Promise.all([listMyContentDrafts(actor), listContentAwaitingMyReview(actor), listSuspendedItems(actor), getTranslations("dashboard")]);
  return (
    <>
      {suspended && suspended.total > 0 ? (
        <section className="card notice" aria-labelledby="suspended-items-heading" data-testid="suspended-items">
          <h2 id="suspended-items-heading">{t("suspendedItems", { count: boundedLabel(suspended.total, DASHBOARD_COUNT_CAP) })}</h2>
          <p>{t("suspendedItemsHelp")}</p>
          <ItemList list={suspended} showState />
          <SeeAll list={suspended} links={[{ href: "/content?suspended=1", label: t("links.suspended") }]} />
        </section>
      ) : null}
      {drafts ? (
        <section className="card" aria-labelledby="content-drafts-heading" data-testid="my-content-drafts">
          <h2 id="content-drafts-heading">{t("myDrafts", { count: boundedLabel(drafts.total, DASHBOARD_COUNT_CAP) })}</h2>
          {drafts.total === 0 ? (
            <p className="muted">
              {t.rich("noDrafts", { link: (chunks) => <Link href="/content/new">{chunks}</Link> })}
            </p>
          ) : (
            <ItemList list={drafts} showState />
          )}
          <SeeAll
            list={drafts}
            links={[
              { href: "/content?state=DRAFT", label: t("links.drafts") },
              { href: "/content?state=CHANGES_REQUESTED", label: t("links.changesRequested") },
            ]}
          />
        </section>
      ) : null}
      {awaiting ? (
        <section className="card" aria-labelledby="content-review-heading" data-testid="content-awaiting-review">
          <h2 id="content-review-heading">{t("awaitingReview", { count: boundedLabel(awaiting.total, DASHBOARD_COUNT_CAP) })}</h2>
          {awaiting.total === 0 ? <p className="muted">{t("nothingWaiting")}</p> : <ItemList list={awaiting} showState={false} />}
          <SeeAll list={awaiting} links={[{ href: "/content?state=IN_REVIEW", label: t("links.inReview") }]} />
        </section>
      ) : null}
    </>
  );
}
