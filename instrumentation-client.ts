// Runs in the browser before the app's own code. Zod, when it builds an object schema, probes
// whether it may compile a faster parser with `new Function`; the CSP (no 'unsafe-eval', see
// proxy.ts) refuses the probe and the browser reports a violation, although zod then falls
// back to its ordinary parser. Jitless mode skips the probe. The server keeps the fast path.
import { z } from "zod";

z.config({ jitless: true });
