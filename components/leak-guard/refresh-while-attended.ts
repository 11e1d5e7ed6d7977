// Calls `refresh` every interval while the person has used the page (pointer, keys,
// scroll, focus) within the last `attendedForMs`; then stops until they come back.
// Returns the cleanup for a React effect.
export const ATTENDED_FOR_MS = 5 * 60_000;

const ACTIVITY_EVENTS = ["pointerdown", "pointermove", "keydown", "wheel", "scroll", "focus", "visibilitychange"] as const;

type Options = {
  refresh: () => void;
  intervalMs: number;
  onPausedChange?: (paused: boolean) => void;
  attendedForMs?: number;
  now?: () => number;
  target?: Pick<Window, "addEventListener" | "removeEventListener">;
  isVisible?: () => boolean;
};

export function refreshWhileAttended(options: Options): () => void {
  const now = options.now ?? Date.now;
  const attendedForMs = options.attendedForMs ?? ATTENDED_FOR_MS;
  const target = options.target ?? window;
  const isVisible = options.isVisible ?? (() => document.visibilityState === "visible");
  let lastActivity = now();
  let paused = false;
  const setPaused = (value: boolean) => {
    if (paused === value) return;
    paused = value;
    options.onPausedChange?.(value);
  };
  const markActive = () => {
    if (!isVisible()) return;
    lastActivity = now();
    if (paused) {
      setPaused(false);
      options.refresh();
    }
  };
  for (const name of ACTIVITY_EVENTS) target.addEventListener(name, markActive, { passive: true });
  const timer = setInterval(() => {
    if (isVisible() && now() - lastActivity < attendedForMs) options.refresh();
    else setPaused(true);
  }, options.intervalMs);
  return () => {
    clearInterval(timer);
    for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, markActive);
  };
}
