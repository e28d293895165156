/**
 * Which addresses of the routes that render on first request (`dynamicParams = true`)
 * name nothing, decided before routing (proxy.ts). Next renders a notFound() thrown
 * inside such a route as an empty `<html id="__next_error__">` shell (the 404 page only
 * in the client payload: nothing without JavaScript, no lang) and caches it for a year
 * (`s-maxage=31536000`). Answered here instead, the address gets Next's full not-found
 * page, short-lived. The routes keep their notFound() as a backstop; each check below is
 * the very lookup its route makes.
 */
import { getStory } from '../content/queries';
import { archiveListing, decodeParam, listingPage, sectionListing, tagListing } from './listings';
import { parseLaterPage } from './paginate';

interface DynamicRoute {
  /** The route's path with one capture per dynamic segment (as sent: the lookups decode, as their routes do) */
  pattern: RegExp;
  exists: (...segments: string[]) => boolean;
}

const laterPage = (listing: Parameters<typeof listingPage>[0], page: string) => listingPage(listing, parseLaterPage(page)) !== undefined;

const DYNAMIC_ROUTES: DynamicRoute[] = [
  // app/news/[slug]
  { pattern: /^\/news\/([^/]+)$/, exists: (slug) => getStory(decodeParam(slug) ?? '') !== undefined },
  // app/tags/[tag] and app/tags/[tag]/page/[page]
  { pattern: /^\/tags\/([^/]+)$/, exists: (tag) => tagListing(tag) !== undefined },
  { pattern: /^\/tags\/([^/]+)\/page\/([^/]+)$/, exists: (tag, page) => laterPage(tagListing(tag), page) },
  // app/archive/[year]/[month] and app/archive/[year]/[month]/page/[page]
  { pattern: /^\/archive\/([^/]+)\/([^/]+)$/, exists: (year, month) => archiveListing(year, month) !== undefined },
  { pattern: /^\/archive\/([^/]+)\/([^/]+)\/page\/([^/]+)$/, exists: (year, month, page) => laterPage(archiveListing(year, month), page) },
  // app/sections/[slug]/page/[page] (the first pages are all prerendered: dynamicParams = false)
  { pattern: /^\/sections\/([^/]+)\/page\/([^/]+)$/, exists: (slug, page) => laterPage(sectionListing(slug), page) },
];

/**
 * True when `pathname` belongs to one of those routes but names no record or page;
 * false for every other path, which Next routes as usual.
 */
export function namesNothing(pathname: string): boolean {
  for (const route of DYNAMIC_ROUTES) {
    const match = route.pattern.exec(pathname);
    if (match) return !route.exists(...match.slice(1));
  }
  return false;
}
