import { getFormatter, getTranslations } from "next-intl/server";
import type { PostLengths } from "@/lib/delivery/post-lengths";

/**
 * How long a social post is on each platform, every platform at once: a partner sees the
 * warning for whichever they post on without choosing first, and nothing needs JavaScript.
 */
export async function PostLengthTable({ lengths }: { lengths: PostLengths }) {
  const [t, format] = await Promise.all([getTranslations("portal.postLength"), getFormatter()]);
  const tooLong = lengths.lengths.filter((l) => l.over > 0);
  return (
    <section className="card" aria-labelledby="post-length-heading" data-testid="post-lengths">
      <h2 id="post-length-heading">{t("heading")}</h2>
      <p className="muted">{t("note", { mark: format.number(lengths.markCharacters) })}</p>
      {tooLong.length > 0 ? (
        <p className="alert alert-error" data-testid="post-too-long">
          {t("tooLong", { platforms: format.list(tooLong.map((l) => t(`platforms.${l.platform}`))) })}
        </p>
      ) : null}
      <table>
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("platform")}</th>
            <th scope="col">{t("length")}</th>
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {lengths.lengths.map((l) => (
            <tr key={l.platform} data-testid={`post-length-${l.platform}`}>
              <th scope="row">{t(`platforms.${l.platform}`)}</th>
              <td>{t("lengthOfLimit", { length: format.number(l.length), limit: format.number(l.limit) })}</td>
              <td>{l.over > 0 ? <span className="badge badge-danger">{t("over", { over: l.over })}</span> : <span className="badge badge-ok">{t("fits")}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="muted">
        <li>{t("countingX")}</li>
        <li>{t("countingBluesky")}</li>
        <li>{t("countingOthers")}</li>
      </ul>
    </section>
  );
}
