import type { DiffPart } from "@/lib/content/compare-versions";

export function DiffView({ parts, side }: { parts: DiffPart[]; side: "older" | "newer" }) {
  return (
    <div className="transcript" dir="auto" data-user-content>
      {parts.map((p, i) =>
        p.change === "same" ? (
          <span key={i}>{p.text}</span>
        ) : p.change === "removed" ? (
          side === "older" ? <del key={i}>{p.text}</del> : null
        ) : side === "newer" ? (
          <ins key={i}>{p.text}</ins>
        ) : null,
      )}
    </div>
  );
}
