import { describe, expect, it } from "vitest";
import { CONTENT_EVENTS, CONTENT_STATES, nextContentState, transitionOrReason, type ContentEvent, type ContentState } from "./content-states";

const ALLOWED: [ContentState, ContentEvent, ContentState][] = [
  ["DRAFT", "edit", "DRAFT"],
  ["DRAFT", "submit", "IN_REVIEW"],
  ["IN_REVIEW", "approve", "APPROVED"],
  ["IN_REVIEW", "request-changes", "CHANGES_REQUESTED"],
  ["CHANGES_REQUESTED", "edit", "CHANGES_REQUESTED"],
  ["CHANGES_REQUESTED", "submit", "IN_REVIEW"],
  ["APPROVED", "edit", "DRAFT"],
  ["APPROVED", "publish", "PUBLISHED"],
  ["APPROVED", "retire", "RETIRED"],
  ["PUBLISHED", "retire", "RETIRED"],
  ["APPROVED", "reopen", "DRAFT"],
  ["PUBLISHED", "reopen", "DRAFT"],
];

const allowed = new Map(ALLOWED.map(([from, event, to]) => [`${from}/${event}`, to]));
const everyPair = CONTENT_STATES.flatMap((state) => CONTENT_EVENTS.map((event) => [state, event] as const));

describe("content workflow table", () => {
  it.each(ALLOWED)("allows %s --%s--> %s", (from, event, to) => {
    expect(nextContentState(from, event)).toBe(to);
  });

  it.each(everyPair.filter(([s, e]) => !allowed.has(`${s}/${e}`)))("refuses %s --%s--> with a clear reason", (state, event) => {
    expect(nextContentState(state, event)).toBeNull();
    const result = transitionOrReason(state, event);
    expect("reason" in result && result.reason).toMatch(/^An item that is .+ cannot be .+\.$/);
  });

  it("lets nothing out of RETIRED", () => {
    expect(CONTENT_EVENTS.map((e) => nextContentState("RETIRED", e))).toEqual(CONTENT_EVENTS.map(() => null));
  });
});
