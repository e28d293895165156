/**
 * The search store (lib/search/store.ts) over a real content folder: one index per
 * process, whichever copy of the module asks (the search page and /api/search are
 * separate bundles), and after live publishing an index updated from the previous one,
 * not built again, that finds what was published and forgets what was deleted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reloadContent } from '@/lib/content/store';
import { getSearchIndex, searchSite } from '@/lib/search/store';
import { makeContent, VALID_FILES } from '../helpers/content-fixture';

const previousDir = process.env.CONTENT_DIR;
let dir = '';

beforeAll(() => {
  dir = makeContent();
  process.env.CONTENT_DIR = dir;
});
afterAll(() => {
  if (previousDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previousDir;
});

const found = (q: string) => searchSite({ q }).response.results.map((hit) => hit.url);

describe('the search store', () => {
  it('keeps one index per process, shared by every copy of the module', async () => {
    const index = getSearchIndex();
    vi.resetModules();
    const copy = await import('@/lib/search/store');
    expect(copy.getSearchIndex()).toBe(index);
  });

  it('after a publish, updates the index from the previous one: new stories are found, deleted ones are not', () => {
    const before = getSearchIndex();
    const story = path.join(dir, 'stories/freshly-published.md');
    fs.writeFileSync(
      story,
      VALID_FILES['stories/sample-story.md']!.replace('title: 示例稿件', 'title: 刚刚发布的稿件').replace('第一段正文。', '第一段正文，讲的是独一无二的消息。'),
    );
    expect(reloadContent().status).toBe('published');
    const after = getSearchIndex();
    expect(after).not.toBe(before);
    expect(after.terms).toBe(before.terms); // updated, not built again
    expect(found('独一无二')).toEqual(['/news/freshly-published']);

    fs.rmSync(story);
    expect(reloadContent().status).toBe('published');
    expect(found('独一无二')).toEqual([]);
    expect(found('示例稿件')).toContain('/news/sample-story');
  });
});
