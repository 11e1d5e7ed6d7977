import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { latestVersionOf } from "@/lib/content/get-item";
import { getVersion, listVersions } from "@/lib/content/list-versions";
import { diffText } from "@/lib/content/compare-versions";
import { DiffView } from "@/components/content/diff-view";
import { RestoreButton } from "@/components/content/restore-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("content.versions"))("title") };
}

const Num = z.coerce.number().int().min(1).optional().catch(undefined);

export default async function VersionsPage({ params, searchParams }: { params: Promise<{ itemId: string }>; searchParams: Promise<{ a?: string; b?: string }> }) {
  const user = await requirePermission("content:view");
  const { itemId } = await params;
  const latest = await latestVersionOf(user, itemId);
  if (!latest) notFound();
  const versions = await listVersions(user, itemId);
  const search = await searchParams;
  const a = Num.parse(search.a) ?? Math.max(1, latest.version - 1);
  const b = Num.parse(search.b) ?? latest.version;
  const [older, newer] = await Promise.all([getVersion(user, itemId, Math.min(a, b)), getVersion(user, itemId, Math.max(a, b))]);
  const [t, format] = await Promise.all([getTranslations("content.versions"), getFormatter()]);
  const mayRestore = can(user, "content:edit") && ["DRAFT", "CHANGES_REQUESTED", "APPROVED"].includes(latest.state);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href={`/content/${itemId}`}>{t("back")}</Link>
      </p>
      <form method="get" className="inline-form" aria-label={t("compareLabel")}>
        <label htmlFor="cmp-a">{t("compareVersion")}</label>
        <select id="cmp-a" name="a" defaultValue={String(Math.min(a, b))}>
          {versions.map((v) => (
            <option key={v.number} value={v.number}>
              {v.number}
            </option>
          ))}
        </select>
        <label htmlFor="cmp-b">{t("withVersion")}</label>
        <select id="cmp-b" name="b" defaultValue={String(Math.max(a, b))}>
          {versions.map((v) => (
            <option key={v.number} value={v.number}>
              {v.number}
            </option>
          ))}
        </select>
        <button type="submit" className="secondary">
          {t("compare")}
        </button>
      </form>
      {older && newer ? (
        <div className="grid-2" data-testid="version-diff">
          <section aria-labelledby="older-heading">
            <h2 id="older-heading">{t("version", { version: older.number })}</h2>
            <h3>{t("fieldTitle")}</h3>
            <DiffView parts={diffText(older.title, newer.title)} side="older" />
            <h3>{t("fieldBody")}</h3>
            <DiffView parts={diffText(older.body, newer.body)} side="older" />
          </section>
          <section aria-labelledby="newer-heading">
            <h2 id="newer-heading">{t("version", { version: newer.number })}</h2>
            <h3>{t("fieldTitle")}</h3>
            <DiffView parts={diffText(older.title, newer.title)} side="newer" />
            <h3>{t("fieldBody")}</h3>
            <DiffView parts={diffText(older.body, newer.body)} side="newer" />
          </section>
        </div>
      ) : (
        <p className="empty">{t("chooseTwo")}</p>
      )}
      <h2>{t("history")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("columns.version")}</th>
              <th scope="col">{t("columns.title")}</th>
              <th scope="col">{t("columns.savedBy")}</th>
              <th scope="col">{t("columns.savedAt")}</th>
              <th scope="col">{t("columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.number}>
                <td>{v.number}</td>
                <td dir="auto">{v.title}</td>
                <td>
                  <bdi>{v.editedBy}</bdi>
                </td>
                <td>{format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td>{mayRestore && v.number !== latest.version ? <RestoreButton itemId={itemId} expectedVersion={latest.version} number={v.number} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
