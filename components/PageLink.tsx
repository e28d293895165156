import type { ComponentProps } from 'react';

/**
 * A link to another page of the site: a plain <a>, on purpose. next/link would make
 * each of a page's 20–100 links a client component to hydrate (on the home page that
 * was most of the main-thread time on a slow phone) and would prefetch every visible
 * link, spending residents' mobile data. Pages are static HTML behind a cache, so a
 * normal page load is fast, and works before or without JavaScript.
 */
export function PageLink({ href, ...props }: ComponentProps<'a'> & { href: string }) {
  return <a href={href} {...props} />;
}
