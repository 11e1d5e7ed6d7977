// This worker's database (see postgres-global-setup.ts): as the app's role, and as its owner.
import { inject } from "vitest";
import { workerDatabaseIndex } from "./integration-workers";

const index = () => workerDatabaseIndex(process.env.VITEST_POOL_ID);

export const appDatabaseUrl = (): string => inject("databaseUrls")[index()]!;
export const ownerDatabaseUrl = (): string => inject("ownerDatabaseUrls")[index()]!;
