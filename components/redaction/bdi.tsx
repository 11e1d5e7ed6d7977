// For t.rich: a message marks user content (a code name, a person's name) as <bdi>{value}</bdi>,
// so it keeps its own direction inside a sentence in the other script.
import type { ReactNode } from "react";

export const bdi = (chunks: ReactNode) => <bdi>{chunks}</bdi>;
