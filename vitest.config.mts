import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { INTEGRATION_WORKERS } from "./tests/support/integration-workers";

const root = path.dirname(fileURLToPath(import.meta.url));
const alias = { "@": root, "server-only": path.resolve(root, "tests/support/server-only-stub.ts") };

// Two projects: pure unit tests (no database) and integration tests that run the
// domain against a real PostgreSQL database created for the run.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          // Property tests run hundreds of cases; a busy 2-core machine must not fail them on time.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          globalSetup: ["tests/support/postgres-global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          // each worker has a database of its own (tests/support/postgres-global-setup.ts)
          maxWorkers: INTEGRATION_WORKERS,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
