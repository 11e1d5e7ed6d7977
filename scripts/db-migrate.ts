// `npm run db:migrate`: apply pending migrations (production deploy step), then index the
// approved testimony that pasted text is looked up in, where it is not yet indexed.
import { withDatabase } from "@/lib/db/with-database";
import { ConfigurationError } from "@/lib/env";
import { DataDirInUse } from "@/lib/db/embedded/data-dir-lock";
import { indexApprovedTestimony } from "./support/index-approved-testimony";

withDatabase(indexApprovedTestimony, { migrate: true })
  .then(() => console.log("Database is up to date."))
  .catch((error: unknown) => {
    console.error(error instanceof ConfigurationError || error instanceof DataDirInUse ? error.message : String(error));
    process.exit(1);
  });

