/**
 * The query layer answers from an index (lib/content/queries.ts). Every answer must
 * equal the plain definition computed by scanning all records, on content with
 * drafts, shared and repeated tags, several sections and months.
 */
import { describe, expect, it } from 'vitest';
import { withContentDir } from '../helpers/content-dir';
import { makeContent } from '../helpers/content-fixture';
import { loadContent } from '@/lib/content/load';
import { errorsOf } from '@/lib/content/problems';
import type { Story } from '@/lib/content/records';
import * as queries from '@/lib/content/queries';

const TAGS = ['反诈', '养老', '法院', '交通', '教育', '社区'];

function storyFile(i: number): string {
  // Deterministic spread: sections, 0–3 tags (one story repeats a tag), months, drafts.
  const tags = TAGS.filter((_, t) => (i * 7 + t * 3) % 5 === 0).slice(0, i % 4);
  if (i === 3) tags.push(tags[0] ?? '反诈', tags[0] ?? '反诈');
  const month = String((i % 5) + 1).padStart(2, '0');
  const day = String((i % 27) + 1).padStart(2, '0');
  return `---
title: 稿件${i}
date: 202${i % 3}-${month}-${day}
section: ${i % 3 === 0 ? 'livelihood' : 'law'}
tags: [${tags.join(', ')}]
authors:
  - name: 记者${i}
    role: 记者
${i % 9 === 4 ? 'draft: true\n' : ''}---

正文${i}。
`;
}

const overrides: Record<string, string> = {};
for (let i = 0; i < 60; i++) overrides[`stories/story-${i}.md`] = storyFile(i);
const dir = makeContent(overrides);
withContentDir(() => dir);

function published(): Story[] {
  const { content, problems } = loadContent(dir);
  expect(errorsOf(problems)).toEqual([]);
  return content.stories.filter((story) => !story.draft);
}

const slugs = (stories: readonly Story[]) => stories.map((story) => story.slug);
/** A record as data: its body read (each load has its own body loader). */
const data = (story: Story | undefined) => story && { ...story, body: story.body.read() };

/** The definition: 2 per shared tag, 1 for the same section, then newest. */
function relatedByScan(story: Story, all: Story[], limit = 5): string[] {
  return all
    .filter((other) => other.slug !== story.slug)
    .map((other) => ({
      other,
      score: [...new Set(other.tags)].filter((tag) => story.tags.includes(tag)).length * 2 + (other.section === story.section ? 1 : 0),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.date.epochMs - a.other.date.epochMs)
    .slice(0, limit)
    .map(({ other }) => other.slug);
}

describe('query index', () => {
  it('the fixture has drafts, repeated tags (loaded once, with warnings) and ties', () => {
    const { content, problems } = loadContent(dir);
    expect(content.stories.filter((story) => story.draft).length).toBeGreaterThan(3);
    expect(problems.map((problem) => [problem.severity, problem.file.endsWith('story-3.md'), problem.field])).toEqual([
      ['warning', true, 'tags（第 2 项）'],
      ['warning', true, 'tags（第 3 项）'],
    ]);
    expect(content.stories.find((story) => story.slug === 'story-3')?.tags).toEqual(['交通']);
  });

  it('lists, lookups and groupings equal a scan of the published stories', () => {
    const all = published();
    expect(slugs(queries.listStories())).toEqual(slugs(all));
    for (const story of all) expect(data(queries.getStory(story.slug))).toEqual(data(story));
    expect(queries.getStory('story-4')).toBeUndefined(); // a draft
    for (const section of ['law', 'livelihood', 'none']) {
      expect(slugs(queries.storiesInSection(section))).toEqual(slugs(all.filter((story) => story.section === section)));
    }
    for (const tag of [...TAGS, '没有的标签']) {
      expect(slugs(queries.storiesWithTag(tag))).toEqual(slugs(all.filter((story) => story.tags.includes(tag))));
      const count = queries.listTags().find((entry) => entry.tag === tag)?.count ?? 0;
      expect(count).toBe(all.filter((story) => story.tags.includes(tag)).length);
    }
    for (const year of [2020, 2021, 2022, 2023]) {
      for (let month = 1; month <= 12; month++) {
        const prefix = `${year}-${String(month).padStart(2, '0')}-`;
        const expected = all.filter((story) => story.date.day.startsWith(prefix));
        expect(slugs(queries.storiesInMonth(year, month))).toEqual(slugs(expected));
        const entry = queries.listArchiveMonths().find((m) => m.year === year && m.month === month);
        expect(entry?.count ?? 0).toBe(expected.length);
        if (entry) expect(entry.latest.slug).toBe(expected[0]!.slug);
      }
    }
  });

  it('related stories equal the scored scan for every story and several limits', () => {
    const all = published();
    for (const story of all) {
      for (const limit of [1, 3, 5, 12])
        expect(slugs(queries.relatedStories(story, limit)), `${story.slug} / ${limit}`).toEqual(relatedByScan(story, all, limit));
    }
  });
});
