// `npm run serve` starts Next.js directly, without scripts/start.ts reading the environment
// first. A misconfigured instance would then listen and answer every request, the health
// probe included, with a 500; this stops it at start with the one line naming the variable.
import { ConfigurationError, env } from "@/lib/env";

function exitWith(message: string): never {
  console.error(message);
  process.exit(1);
}

export function stopOnConfigurationError(readEnv: () => unknown = env, stop: (message: string) => void = exitWith): void {
  try {
    readEnv();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    stop(error.message);
  }
}
