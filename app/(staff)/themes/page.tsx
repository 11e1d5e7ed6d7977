import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listThemes } from "@/lib/themes/list-themes";
import { AddThemeForm, ThemeRow } from "./theme-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("themes"))("title") };
}

export default async function ThemesPage() {
  const user = await requirePermission("themes:manage");
  const [themes, t] = await Promise.all([listThemes(user), getTranslations("themes")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <section className="card" aria-labelledby="add-theme-heading">
        <h2 id="add-theme-heading">{t("addHeading")}</h2>
        <AddThemeForm />
      </section>
      {themes.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("columns.name")}</th>
                <th scope="col">{t("columns.items")}</th>
                <th scope="col">{t("columns.status")}</th>
                <th scope="col">{t("columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {themes.map((t) => (
                <ThemeRow key={`${t.id}-${t.name}-${t.archived}`} theme={{ id: t.id, name: t.name, archived: t.archived, itemCount: t._count.items }} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
