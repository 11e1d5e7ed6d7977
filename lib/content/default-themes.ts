// The reasons defectors give for leaving: the seeded theme taxonomy (editable afterwards).
import type { Db, Tx } from "@/lib/db/client";

export const DEFAULT_THEMES: readonly { name: string; description: string }[] = [
  { name: "Fighting other rebels instead of the regime", description: "Leaders obsessed with spies and traitors; fighting fellow Sunni rebels." },
  { name: "Brutality against fellow Muslims and civilians", description: "Executions of hostages, villagers and their own fighters." },
  { name: "Corruption, favouritism and racism", description: "Privileges for foreigners; humiliation because of skin colour." },
  { name: "Broken promises and harsh living conditions", description: "No promised houses, cars or money; dull duty; foreigners as cannon fodder." },
  { name: "Hypocrisy (slavery, rape, drugs)", description: "Slave markets, unpunished rapes, drugs given to fighters, oil sold to the regime." },
  { name: "Exploitation of children", description: "Children groomed as fighters and suicide bombers." },
];

/** Idempotent: creates whichever default themes are missing, never renames or duplicates. */
export async function ensureDefaultThemes(client: Db | Tx): Promise<void> {
  for (const theme of DEFAULT_THEMES) {
    await client.theme.upsert({ where: { name: theme.name }, create: theme, update: {} });
  }
}
