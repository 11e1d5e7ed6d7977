import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SourceOverview } from "@/lib/sources/get-source";
import { TestimonyLanguageName } from "@/components/redaction/testimony-language-name";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export async function TestimonyTable({ testimonies, mayOpen }: { testimonies: SourceOverview["testimonies"]; mayOpen: boolean }) {
  const [t, states] = await Promise.all([getTranslations("testimony"), getTranslations("redaction.listStates")]);
  if (testimonies.length === 0) return <p className="empty">{t("table.empty")}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("table.language")}</th>
            <th scope="col">{t("table.interview")}</th>
            <th scope="col">{t("table.added")}</th>
            <th scope="col">{t("table.redaction")}</th>
          </tr>
        </thead>
        <tbody>
          {testimonies.map((row) => (
            <tr key={row.id}>
              <td>
                {/* No prefetch: opening the raw transcript is an audited view. Outside the team there is nothing to open. */}
                {mayOpen ? (
                  <Link href={`/testimony/${row.id}`} prefetch={false}>
                    <TestimonyLanguageName code={row.language} />
                  </Link>
                ) : (
                  <TestimonyLanguageName code={row.language} />
                )}
              </td>
              <td>{day(row.interviewDate) ?? <span className="muted">{t("table.unknown")}</span>}</td>
              <td>{day(row.createdAt)}</td>
              <td>{row.redaction ? states(row.redaction.state) : <span className="muted">{states("NOT_STARTED")}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
