/** What `next build` prerenders; every other page renders on its first request and is then cached. */
import { listStories } from '../content/queries';
import type { Story } from '../content/records';
import { settings } from './config';

/** The newest PRERENDER_STORIES stories: their pages, and the tag and month lists they are in. */
export function prerenderedStories(): Story[] {
  return listStories().slice(0, settings().PRERENDER_STORIES);
}

/** generateStaticParams for a route (with dynamicParams = true) that `next build` leaves to the first request. */
export function prerenderNone(): never[] {
  return [];
}
