// The word lists the guard consults (Ayaspell Arabic, SCOWL English) take a second or so to
// load, once per process. Commands that index or check inside a database transaction load
// them first, so the transaction never waits on a file.
import { loadArabicWords } from "./arabic-words";
import { isEnglishWord } from "./english-words";

export async function loadGuardWords(): Promise<void> {
  await loadArabicWords();
  isEnglishWord("word");
}
