/**
 * proxy.ts answers addresses of the first-request routes that name nothing with the full
 * not-found page (lib/site/missing-page.ts). It must never take a real page for missing
 * (every sitemap address, every later list page), and must catch every kind of miss.
 */
import { describe, expect, it } from 'vitest';
import { listStories, listTags } from '@/lib/content/queries';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { namesNothing } from '@/lib/site/missing-page';
import { pagedPath, paths } from '@/lib/site/urls';

describe('addresses that name nothing', () => {
  it('no page the sitemap lists is taken for missing', () => {
    const pathnames = sitemapEntries().map((entry) => new URL(entry.url).pathname);
    expect(pathnames.length).toBeGreaterThan(10);
    expect(pathnames.filter(namesNothing)).toEqual([]);
  });

  it('tags are found whether the address spells them encoded or not', () => {
    const tag = listTags()[0]!.tag;
    expect(namesNothing(paths.tag(tag))).toBe(false);
    expect(namesNothing(`/tags/${tag}`)).toBe(false);
  });

  it('unknown stories, tags, months and pages past the end are missing', () => {
    const story = listStories()[0]!;
    const month = story.date.day.slice(0, 7).replace('-', '/');
    for (const pathname of [
      '/news/no-such-story',
      '/tags/no-such-tag',
      `/tags/${encodeURIComponent(listTags()[0]!.tag)}/page/2`,
      '/archive/1999/01',
      '/archive/2022/13',
      '/archive/22/06',
      `/archive/${month}/page/2`,
      `/archive/${month}/page/1`,
      `/archive/${month}/page/02`,
      '/sections/law/page/2',
      '/sections/no-such-section/page/2',
    ]) {
      expect(namesNothing(pathname), pathname).toBe(true);
    }
    expect(namesNothing(pagedPath(paths.story(story.slug), 1))).toBe(false);
  });

  it('leaves every other address to the router', () => {
    for (const pathname of [
      '/',
      '/search',
      '/help',
      '/cases/no-such-case',
      '/scams/no-such-type',
      '/no/such/page',
      '/news',
      '/news/a/b',
      '/sections/no-such-section',
    ]) {
      expect(namesNothing(pathname), pathname).toBe(false);
    }
  });
});
