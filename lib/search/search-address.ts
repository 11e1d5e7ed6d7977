// The results page's address for a search, as the search form redirects to it: the words are
// sealed in a query handle (lib/query-handles) and the address carries only its id. Also what a
// benchmark calls to get a page to measure; the handle lasts QUERY_HANDLE_MINUTES.
import "server-only";
import { saveQuery } from "@/lib/query-handles/query-handle";
import { SearchQuery } from "./schemas";

export async function searchPageAddress(userId: string, query: Partial<SearchQuery>): Promise<string> {
  const handle = await saveQuery(userId, "search", SearchQuery.parse(query));
  return `/search?h=${handle}`;
}
