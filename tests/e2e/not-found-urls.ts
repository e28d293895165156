/**
 * One address per way a page can be missing, for the 404 tests (not-found.spec.ts, and
 * through nginx in deploy.spec.ts): the routes rendered on first request
 * (dynamicParams), the prerendered-only ones, and paths no route matches.
 */
import { FIXTURE } from './fixture-content';

const tag = encodeURIComponent(FIXTURE.pagedTag);
const month = `${FIXTURE.pagedMonth.year}/${String(FIXTURE.pagedMonth.month).padStart(2, '0')}`;

export const MISSING_URLS = [
  '/news/no-such-story',
  '/tags/no-such-tag',
  `/tags/${tag}/page/99`,
  '/archive/1999/01',
  `/archive/${month}/page/99`,
  `/sections/${FIXTURE.pagedSection}/page/99`,
  '/sections/no-such-section/page/2',
  '/sections/no-such-section',
  '/cases/no-such-case',
  '/scams/no-such-type',
  '/no/such/page',
] as const;

/** The longest a shared cache may keep a response, in seconds, from its Cache-Control. */
export function sharedCacheSeconds(cacheControl: string | undefined): number {
  const directives = (cacheControl ?? '').toLowerCase();
  if (/no-store|private/.test(directives)) return 0;
  const age = /s-maxage=(\d+)/.exec(directives) ?? /max-age=(\d+)/.exec(directives);
  return age ? Number(age[1]) : Infinity;
}
