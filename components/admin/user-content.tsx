// Names, emails and titles inside interface sentences: isolated (<bdi>) so that a Latin name
// in an Arabic sentence, or the reverse, keeps its own direction and order.
import type { ReactNode } from "react";

/** For t.rich: a message writes `<bdi>{name}</bdi>` around the value it names. */
export const bdi = (chunks: ReactNode) => <bdi>{chunks}</bdi>;

/**
 * A short visible label with an accessible name that says which record it acts on
 * ("Revoke" seen, "Revoke <token name>" heard): an aria-label would put user content in an
 * attribute, where it can be neither isolated nor told apart from interface text.
 */
export function NamedLabel({ visible, full }: { visible: ReactNode; full: ReactNode }) {
  return (
    <>
      <span aria-hidden="true">{visible}</span>
      <span className="sr-only">{full}</span>
    </>
  );
}
