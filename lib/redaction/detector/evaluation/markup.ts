// Turns corpus sources written with inline markup ("[[PERSON:Abu Hamza]]") into plain
// text plus exact gold offsets, so no label offset is ever counted by hand.
import type { IdentifierType } from "../types";
import { IDENTIFIER_TYPES } from "../types";

export type GoldSpan = { start: number; end: number; type: IdentifierType; text: string };
export type LabelledDocument = { name: string; text: string; spans: GoldSpan[]; known: string[] };

const MARKUP = /\[\[([A-Z]+):([^\]]+)\]\]/g;
const DOC_HEADER = /^=== (\S+)\s*$/;

function isIdentifierType(value: string): value is IdentifierType {
  return (IDENTIFIER_TYPES as readonly string[]).includes(value);
}

export function parseMarkedText(marked: string): { text: string; spans: GoldSpan[] } {
  const spans: GoldSpan[] = [];
  let text = "";
  let last = 0;
  for (const match of marked.matchAll(MARKUP)) {
    const [whole, type = "", inner = ""] = match;
    if (!isIdentifierType(type)) throw new Error(`unknown label type ${type}`);
    text += marked.slice(last, match.index);
    spans.push({ start: text.length, end: text.length + inner.length, type, text: inner });
    text += inner;
    last = match.index + whole.length;
  }
  text += marked.slice(last);
  if (text.includes("[[") || text.includes("]]")) throw new Error("unbalanced markup");
  return { text, spans };
}

/** A source file holds many documents: "=== name", an optional "known: a | b" line, then the body. */
export function parseSourceFile(source: string): LabelledDocument[] {
  const documents: LabelledDocument[] = [];
  let current: { name: string; lines: string[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    let lines = current.lines;
    let known: string[] = [];
    const first = lines[0];
    if (first?.startsWith("known:")) {
      known = first.slice("known:".length).split("|").map((s) => s.trim()).filter(Boolean);
      lines = lines.slice(1);
    }
    const body = lines.join("\n").trim() + "\n";
    const { text, spans } = parseMarkedText(body);
    documents.push({ name: current.name, text, spans, known });
  };
  for (const line of source.split("\n")) {
    const header = DOC_HEADER.exec(line);
    if (header) {
      flush();
      current = { name: header[1] ?? "", lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  flush();
  return documents;
}
