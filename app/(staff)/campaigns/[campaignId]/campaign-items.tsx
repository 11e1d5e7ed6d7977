"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ContentState, ContentType } from "@/lib/db/generated/enums";
import { addCampaignItemAction, findItemsToAddAction, moveCampaignItemAction, removeCampaignItemAction } from "../actions";
import styles from "../campaigns.module.css";
import { isolated } from "@/lib/i18n/isolate";

type Item = { id: string; title: string; type: ContentType; state: ContentState; language: string };

const dirOf = (language: string) => (language === "ar" ? "rtl" : "auto");

export function CampaignItems({ campaignId, items, canEdit }: { campaignId: string; items: Item[]; canEdit: boolean }) {
  const t = useTranslations("campaigns.items");
  const tc = useTranslations("content");
  const [moveState, move, moving] = useFormAction(moveCampaignItemAction);
  const [removeState, remove, removing] = useFormAction(removeCampaignItemAction);
  return (
    <>
      {items.length === 0 ? (
        <p className="empty">{canEdit ? t("emptyFind") : t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="campaign-items">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t("title")}</th>
                <th scope="col">{t("type")}</th>
                <th scope="col">{t("language")}</th>
                <th scope="col">{t("state")}</th>
                {canEdit ? <th scope="col">{t("actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr key={item.id}>
                  <td>{index + 1}</td>
                  <td>
                    <Link href={`/content/${item.id}`} lang={item.language} dir={dirOf(item.language)} data-user-content>
                      {item.title}
                    </Link>
                  </td>
                  <td>{tc(`types.${item.type}`)}</td>
                  <td>{tc.has(`languages.${item.language}`) ? tc(`languages.${item.language}`) : item.language}</td>
                  <td>{tc(`states.${item.state}`)}</td>
                  {canEdit ? (
                    <td>
                      <span className={styles.order}>
                        {(["up", "down"] as const).map((direction) => (
                          <form key={direction} method="post" className="inline-form" onSubmit={move}>
                            <input type="hidden" name="campaignId" value={campaignId} />
                            <input type="hidden" name="itemId" value={item.id} />
                            <input type="hidden" name="direction" value={direction} />
                            <button
                              type="submit"
                              className="secondary"
                              disabled={moving || (direction === "up" ? index === 0 : index === items.length - 1)}
                              aria-label={t(direction === "up" ? "moveUp" : "moveDown", { title: isolated(item.title) })}
                            >
                              {direction === "up" ? "↑" : "↓"}
                            </button>
                          </form>
                        ))}
                        <form
                          method="post"
                          className="inline-form"
                          onSubmit={(e) => {
                            if (!window.confirm(t("confirmRemove", { title: isolated(item.title) }))) e.preventDefault();
                            else remove(e);
                          }}
                        >
                          <input type="hidden" name="campaignId" value={campaignId} />
                          <input type="hidden" name="itemId" value={item.id} />
                          <button type="submit" className="secondary" disabled={removing} aria-label={t("removeNamed", { title: isolated(item.title) })}>
                            {t("remove")}
                          </button>
                        </form>
                      </span>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FormStatus state={moveState && !moveState.ok ? moveState : null} />
      <FormStatus state={removeState} />
      {canEdit ? <AddItems campaignId={campaignId} /> : null}
    </>
  );
}

function AddItems({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns.items");
  const tc = useTranslations("content");
  const [found, setFound] = useState<Item[]>([]);
  const [findState, find, finding] = useFormAction(findItemsToAddAction, {
    onSuccess: (data) => setFound((data as { items: Item[] } | undefined)?.items ?? []),
  });
  const [addState, add, adding] = useFormAction(addCampaignItemAction, {
    onSuccess: (_data, form) => setFound((list) => list.filter((i) => i.id !== form.get("itemId"))),
  });
  return (
    <>
      <h3>{t("add")}</h3>
      <form method="post" onSubmit={find} role="search" aria-label={t("findLabel")}>
        <input type="hidden" name="campaignId" value={campaignId} />
        <label htmlFor="find-title">{t("titleContains")}</label>
        <span className="inline-form">
          <input id="find-title" name="title" maxLength={200} required dir="auto" autoComplete="off" />
          <button type="submit" className="secondary" disabled={finding}>
            {finding ? t("finding") : t("find")}
          </button>
        </span>
        <FieldError state={findState} name="title" />
      </form>
      <FormStatus state={findState} />
      {found.length > 0 ? (
        <ul data-testid="found-items">
          {found.map((item) => (
            <li key={item.id}>
              <form method="post" className="inline-form" onSubmit={add}>
                <input type="hidden" name="campaignId" value={campaignId} />
                <input type="hidden" name="itemId" value={item.id} />
                <span lang={item.language} dir={dirOf(item.language)} data-user-content>
                  {item.title}
                </span>
                <span className="muted">
                  {tc(`types.${item.type}`)} · {tc(`states.${item.state}`)}
                </span>
                <button type="submit" disabled={adding} aria-label={t("addNamed", { title: isolated(item.title) })}>
                  {t("addOne")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
      <FormStatus state={addState} />
    </>
  );
}
