"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { IDENTIFIER_TYPES, type IdentifierType } from "@/lib/redaction/model/types";

/** Keyboard-friendly way to add spans: every occurrence of a phrase at once. */
export function AddSpanForm({ onAdd }: { onAdd: (needle: string, type: IdentifierType) => void }) {
  const t = useTranslations("redaction.workspace");
  const types = useTranslations("redaction.types");
  const [needle, setNeedle] = useState("");
  const [type, setType] = useState<IdentifierType>("PERSON");
  return (
    <form
      className="inline-form add-span"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(needle, type);
        setNeedle("");
      }}
    >
      <label htmlFor="mark-text">{t("markEvery")}</label>
      <input id="mark-text" value={needle} onChange={(e) => setNeedle(e.target.value)} required dir="auto" />
      <label htmlFor="mark-type">{t("markAs")}</label>
      <select id="mark-type" value={type} onChange={(e) => setType(e.target.value as IdentifierType)}>
        {IDENTIFIER_TYPES.map((kind) => (
          <option key={kind} value={kind}>
            {types(kind)}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary">
        {t("mark")}
      </button>
    </form>
  );
}
