// The message catalogues: messages/<locale>/<namespace>.json, one file per area of the app
// so that areas are translated (and reviewed) on their own. Read once per process.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LOCALES, PSEUDO_LOCALE, type AppLocale, type RenderLocale } from "./locales";
import { pseudoLocalise } from "./pseudo-locale";

export type MessageTree = { [key: string]: string | MessageTree };
export type Catalogue = Record<string, MessageTree>;

export const MESSAGES_DIR = join(process.cwd(), "messages");

const loaded = new Map<RenderLocale, Catalogue>();

export function readCatalogue(locale: AppLocale, dir = MESSAGES_DIR): Catalogue {
  const folder = join(dir, locale);
  const files = readdirSync(folder).filter((name) => name.endsWith(".json")).sort();
  return Object.fromEntries(files.map((name) => [name.slice(0, -".json".length), JSON.parse(readFileSync(join(folder, name), "utf8")) as MessageTree]));
}

function mapMessages(tree: MessageTree, transform: (message: string) => string): MessageTree {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === "string" ? transform(value) : mapMessages(value, transform)]));
}

export function catalogueFor(locale: RenderLocale): Catalogue {
  let catalogue = loaded.get(locale);
  if (!catalogue) {
    catalogue = locale === PSEUDO_LOCALE ? (mapMessages(readCatalogue("en"), pseudoLocalise) as Catalogue) : readCatalogue(locale);
    loaded.set(locale, catalogue);
  }
  return catalogue;
}

/** Only the namespaces client components translate with go to the browser. */
export function clientCatalogue(locale: RenderLocale, namespaces: readonly string[]): Catalogue {
  const catalogue = catalogueFor(locale);
  return Object.fromEntries(namespaces.filter((ns) => ns in catalogue).map((ns) => [ns, catalogue[ns]!]));
}

export { LOCALES };
