import { CONTENT_STATE_LABEL, type ContentState } from "@/lib/content/content-states";

export function ContentStateBadge({ state }: { state: string }) {
  const tone = state === "PUBLISHED" || state === "APPROVED" ? " badge-ok" : state === "CHANGES_REQUESTED" || state === "RETIRED" ? " badge-danger" : "";
  return <span className={`badge${tone}`} data-testid="content-state">{CONTENT_STATE_LABEL[state as ContentState] ?? state}</span>;
}
