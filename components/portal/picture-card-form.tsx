import { getTranslations } from "next-intl/server";
import { CARD_FORMATS } from "@/lib/delivery/formats";
import { CARD_TEMPLATE_NAMES, DEFAULT_CARD_TEMPLATE } from "@/lib/delivery/quote-card/card-design";

// A plain GET form: the download route answers with the PNG as an attachment, so the browser
// saves it and the partner stays on the page, with or without JavaScript.
export async function PictureCardForm({ action }: { action: string }) {
  const t = await getTranslations("portal.item.card");
  return (
    <section className="card" aria-labelledby="picture-card-heading">
      <h2 id="picture-card-heading">{t("heading")}</h2>
      <p className="muted">{t("note")}</p>
      <form method="get" action={action} className="inline-form" data-testid="picture-card-form">
        <label htmlFor="card-format">{t("size")}</label>
        <select id="card-format" name="format" defaultValue="png">
          {Object.keys(CARD_FORMATS).map((format) => (
            <option key={format} value={format}>
              {t(`sizes.${format}`)}
            </option>
          ))}
        </select>
        <label htmlFor="card-template">{t("template")}</label>
        <select id="card-template" name="template" defaultValue={DEFAULT_CARD_TEMPLATE}>
          {CARD_TEMPLATE_NAMES.map((template) => (
            <option key={template} value={template}>
              {t(`templates.${template}`)}
            </option>
          ))}
        </select>
        <button type="submit">{t("download")}</button>
      </form>
    </section>
  );
}
