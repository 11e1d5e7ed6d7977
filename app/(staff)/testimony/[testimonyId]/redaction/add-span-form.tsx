"use client";
import { useState } from "react";
import { IDENTIFIER_TYPES, type IdentifierType } from "@/lib/redaction/model/types";

/** Keyboard-friendly way to add spans: every occurrence of a phrase at once. */
export function AddSpanForm({ onAdd }: { onAdd: (needle: string, type: IdentifierType) => void }) {
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
      <label htmlFor="mark-text">Mark every occurrence of</label>
      <input id="mark-text" value={needle} onChange={(e) => setNeedle(e.target.value)} required />
      <label htmlFor="mark-type">as</label>
      <select id="mark-type" value={type} onChange={(e) => setType(e.target.value as IdentifierType)}>
        {IDENTIFIER_TYPES.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      <button type="submit" className="secondary">
        Mark
      </button>
    </form>
  );
}
