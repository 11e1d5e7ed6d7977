"use server";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { SearchQuery } from "@/lib/search/schemas";
import { saveQuery } from "@/lib/query-handles/query-handle";

/** The words stay on the server (a query handle); the results page's URL carries only its id. */
export const searchAction = authorizedAction("search:use", SearchQuery, async ({ user }, query) => {
  const handle = await saveQuery(user.id, "search", query);
  redirect(`/search?h=${handle}`);
});
