import { z } from "zod";

// The sizes and looks a quote card comes in. Colours keep at least 4.5:1 contrast between
// the text and its background (WCAG AA), small type included.
export const CARD_SIZES = {
  square: { width: 1080, height: 1080 },
  story: { width: 1080, height: 1920 },
} as const;
export type CardSize = keyof typeof CARD_SIZES;

export const CARD_TEMPLATES = {
  night: { background: "#14213d", text: "#ffffff", accent: "#fca311", muted: "#e5e5e5" },
  paper: { background: "#f7f3e9", text: "#1b1b1b", accent: "#9b2226", muted: "#3d3d3d" },
  ember: { background: "#7f1d1d", text: "#ffffff", accent: "#fde68a", muted: "#fee2e2" },
} as const;
export type CardTemplate = keyof typeof CARD_TEMPLATES;
export const CARD_TEMPLATE_NAMES = Object.keys(CARD_TEMPLATES) as CardTemplate[];
export const DEFAULT_CARD_TEMPLATE: CardTemplate = "night";
export const CardTemplateName = z.enum(CARD_TEMPLATE_NAMES as [CardTemplate, ...CardTemplate[]]);

/** Quote type sizes tried from largest to smallest, in pixels; the first that fits is used. */
export const QUOTE_SIZES = [76, 68, 60, 54, 48, 43, 38, 34, 30] as const;
