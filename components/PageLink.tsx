import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to another page of the site. Not prefetched: a list page shows 20–40 links,
 * and prefetching each one spends residents' mobile data and competes with the page
 * they are reading on slow phones. A click fetches the next page's small data payload.
 */
export function PageLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
