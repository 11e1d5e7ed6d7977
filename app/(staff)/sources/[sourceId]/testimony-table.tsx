import Link from "next/link";
import { languageLabel } from "@/lib/testimony/languages";
import type { SourceOverview } from "@/lib/sources/get-source";
import { redactionStateLabel } from "@/components/ui/redaction-state-label";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function TestimonyTable({ testimonies, mayOpen }: { testimonies: SourceOverview["testimonies"]; mayOpen: boolean }) {
  if (testimonies.length === 0) return <p className="empty">No testimony recorded for this source yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Language</th>
            <th scope="col">Interview</th>
            <th scope="col">Added</th>
            <th scope="col">Redaction</th>
          </tr>
        </thead>
        <tbody>
          {testimonies.map((t) => (
            <tr key={t.id}>
              <td>
                {/* No prefetch: opening the raw transcript is an audited view. Outside the team there is nothing to open. */}
                {mayOpen ? (
                  <Link href={`/testimony/${t.id}`} prefetch={false}>
                    {languageLabel(t.language)}
                  </Link>
                ) : (
                  languageLabel(t.language)
                )}
              </td>
              <td>{day(t.interviewDate) ?? <span className="muted">unknown</span>}</td>
              <td>{day(t.createdAt)}</td>
              <td>{t.redaction ? redactionStateLabel(t.redaction.state) : <span className="muted">Not started</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
