import Link from "next/link";

type Props = {
  basePath: string;
  page: { next: string | null; previous: string | null; pastFirst: boolean };
  /** The list's filters, kept on every link. */
  params?: Record<string, string | undefined>;
};

/** Links between keyset pages: first, previous and next (there are no page numbers to jump to). */
export function CursorPager({ basePath, page, params = {} }: Props) {
  if (!page.next && !page.previous && !page.pastFirst) return null;
  const href = (cursor?: string) => {
    const query = new URLSearchParams(Object.entries({ ...params, cursor }).filter((e): e is [string, string] => Boolean(e[1])));
    return query.size > 0 ? `${basePath}?${query}` : basePath;
  };
  return (
    <nav className="pager" aria-label="Pages">
      {page.pastFirst ? <Link href={href()}>« First page</Link> : <span className="muted">« First page</span>}
      {page.previous ? <Link href={href(page.previous)}>← Previous</Link> : <span className="muted">← Previous</span>}
      {page.next ? <Link href={href(page.next)}>Next →</Link> : <span className="muted">Next →</span>}
    </nav>
  );
}

export function RejectedCursorNotice({ rejected }: { rejected: boolean }) {
  if (!rejected) return null;
  return (
    <p className="alert" role="status">
      That page link is not valid (it may have been cut short or edited). Showing the first page.
    </p>
  );
}
