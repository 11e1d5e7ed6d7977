// An audit event's action and target in words, with the raw names kept visible as codes:
// they are what the CSV export, the filter and `npm run audit:verify` speak.
import { getTranslations } from "next-intl/server";

export async function AuditActionLabel({ action }: { action: string }) {
  const t = await getTranslations("audit");
  // An action recorded by a newer or older version than this catalogue knows shows as its code alone.
  const key = `actions.${action}`;
  return (
    <>
      {t.has(key) ? (
        <>
          {t(key)}
          <br />
        </>
      ) : null}
      <code className="muted">{action}</code>
    </>
  );
}

export async function AuditTarget({ type, id }: { type: string; id: string | null }) {
  const t = await getTranslations("audit");
  const key = `targets.${type}`;
  return (
    <>
      {t.has(key) ? t(key) : <code>{type}</code>} {id ? <code>{id}</code> : null}
    </>
  );
}
