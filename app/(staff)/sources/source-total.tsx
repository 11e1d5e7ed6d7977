// "12 sources." or, on a list too large to count, "about 120,000 sources." in the reader's language.
import { getTranslations } from "next-intl/server";
import type { Total } from "@/lib/lists/estimated-total";

/** Two significant figures: an estimate should not look exact. */
const rounded = (count: number) => {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(count)) - 1);
  return Math.round(count / magnitude) * magnitude;
};

export async function SourceTotal({ total }: { total: Total }) {
  const t = await getTranslations("sources");
  return total.exact ? t("total", { count: total.count }) : t("totalAbout", { count: rounded(total.count) });
}
