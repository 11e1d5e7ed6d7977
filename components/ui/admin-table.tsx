// The admins' record tables (background jobs, email notices): a caption for screen readers,
// one column per field, and an optional action per row (a Retry button), in one place.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

export type AdminColumn<Row> = { header: string; cell: (row: Row) => ReactNode; dir?: "auto" };

type Props<Row> = {
  caption: string;
  rows: Row[];
  columns: AdminColumn<Row>[];
  action?: (row: Row) => ReactNode;
  /** For the end-to-end journeys that count rows. */
  rowTestId?: string;
};

export function AdminTable<Row extends { id: string }>({ caption, rows, columns, action, rowTestId }: Props<Row>) {
  const t = useTranslations("ui");
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
            {action ? <th scope="col">{t("action")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={rowTestId}>
              {columns.map((column) => (
                <td key={column.header} dir={column.dir}>
                  {column.cell(row)}
                </td>
              ))}
              {action ? <td>{action(row)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
