"use server";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { SearchQuery } from "@/lib/search/schemas";
import { searchPageAddress } from "@/lib/search/search-address";

/** The words stay on the server (a query handle); the results page's URL carries only its id. */
export const searchAction = authorizedAction("search:use", SearchQuery, async ({ user }, query) => {
  redirect(await searchPageAddress(user.id, query));
});
