// The PostgreSQL extensions the migrations create, which PGlite must load when it opens a
// database: pg_trgm for the audit viewer's "email contains" filter (a trigram index).
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const PGLITE_EXTENSIONS = { pg_trgm };
