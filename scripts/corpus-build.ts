// Builds corpus/redaction/{dev,heldout}/NAME.txt + NAME.labels.json from the marked-up
// sources in corpus/redaction/sources (heldout.src.txt -> heldout, everything else -> dev).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CORPUS_ROOT, labelErrors } from "../lib/redaction/detector/evaluation/corpus";
import { parseSourceFile } from "../lib/redaction/detector/evaluation/markup";

const sourcesDir = path.join(CORPUS_ROOT, "sources");
let count = 0;
for (const file of readdirSync(sourcesDir).filter((f) => f.endsWith(".src.txt")).sort()) {
  const split = file.startsWith("heldout") ? "heldout" : "dev";
  const outDir = path.join(CORPUS_ROOT, split);
  mkdirSync(outDir, { recursive: true });
  for (const doc of parseSourceFile(readFileSync(path.join(sourcesDir, file), "utf8"))) {
    const errors = labelErrors(doc);
    if (errors.length > 0) throw new Error(errors.join("\n"));
    writeFileSync(path.join(outDir, `${doc.name}.txt`), doc.text);
    const labels = { spans: doc.spans, known: doc.known };
    writeFileSync(path.join(outDir, `${doc.name}.labels.json`), JSON.stringify(labels, null, 1) + "\n");
    count += 1;
  }
}
console.log(`built ${count} documents into ${CORPUS_ROOT}`);
