/**
 * The RSS 2.0 feed, as a pure function of the stories so it can be tested without a
 * server. app/feed.xml/route.ts only hands it the visible stories.
 */
import { Feed, type Category, type Extension } from 'feed';
import { lastModified } from '@/lib/content/dates';
import type { Section, Story } from '@/lib/content/records';
import { formatByline } from '@/lib/content/text';
import { absoluteUrl, site } from '@/lib/site/config';
import { paths } from '@/lib/site/urls';

export const FEED_LIMIT = 50;
export const FEED_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

function lastChange(story: Story): number {
  return lastModified(story).epochMs;
}

/**
 * RSS <author> must hold an e-mail address, which reporters do not publish, so the
 * byline as printed (记者 杨沫 通讯员 杨宇雨) goes into dc:creator. The feed package
 * declares the dc namespace only for full-content feeds, so the element declares it.
 */
function creator(story: Story): Extension[] {
  if (!story.authors.length) return [];
  return [{ name: 'dc:creator', objects: { _attributes: { 'xmlns:dc': DUBLIN_CORE }, _text: formatByline(story.authors) } }];
}

/** The section's Chinese name, then the tags, as readers see them on the page. */
function categories(story: Story, sectionName: string | undefined): Category[] {
  return [...(sectionName ? [sectionName] : []), ...story.tags].map((name) => ({ name }));
}

/**
 * The newest {@link FEED_LIMIT} published stories, newest first. Drafts are dropped
 * here as well as in the query layer: once a feed reader has fetched an item it
 * cannot be taken back, so not even a development server may publish one.
 */
export function feedStories(stories: readonly Story[]): Story[] {
  return (
    stories
      .filter((story) => !story.draft)
      // Stable: stories published at the same time keep the site's order (featured first).
      .toSorted((a, b) => b.date.epochMs - a.date.epochMs)
      .slice(0, FEED_LIMIT)
  );
}

/** When the feed last changed: the newest publication or update among its items. */
export function feedLastModified(stories: readonly Story[]): Date | undefined {
  const items = feedStories(stories);
  return items.length ? new Date(Math.max(...items.map(lastChange))) : undefined;
}

export function buildRssFeed(stories: readonly Story[], sections: readonly Section[]): string {
  const items = feedStories(stories);
  const sectionNames = new Map(sections.map((section) => [section.slug, section.name]));
  const home = absoluteUrl(paths.home());
  // The newest change rather than "now", so a rebuild with unchanged content yields the same feed.
  const newest = items.length ? Math.max(...items.map(lastChange)) : undefined;

  const feed = new Feed({
    id: home,
    title: site.name,
    description: site.description,
    link: home,
    language: site.locale,
    feed: absoluteUrl(paths.feed()),
    updated: newest === undefined ? undefined : new Date(newest),
    copyright: `© ${site.publisher.name}`,
    generator: false,
  });

  for (const story of items) {
    const link = absoluteUrl(paths.story(story.slug));
    feed.addItem({
      title: story.title,
      // No id or guid: the package then uses the link as a permalink guid, which it is.
      link,
      description: story.summary,
      // pubDate is the publication time; `feed` writes it with toUTCString (RFC 822).
      date: new Date(story.date.epochMs),
      category: categories(story, sectionNames.get(story.section)),
      extensions: creator(story),
    });
  }
  return feed.rss2();
}
