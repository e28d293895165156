/**
 * The search store (lib/search/store.ts) over a real content folder: one index per
 * process, whichever copy of the module asks (the search page and /api/search are
 * separate bundles); after live publishing, an index updated from the previous one, not
 * built again, that finds what was published and forgets what was deleted; and the
 * work done in slices with the event loop turning in between (lib/search/steps.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reloadContent } from '@/lib/content/store';
import { runNow, runSliced, type Steps } from '@/lib/work/steps';
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

const found = async (q: string) => (await searchSite({ q })).response.results.map((hit) => hit.url);

function publish(slug: string, title: string, text: string): void {
  fs.writeFileSync(
    path.join(dir, `stories/${slug}.md`),
    VALID_FILES['stories/sample-story.md']!.replace('title: 示例稿件', `title: ${title}`).replace('第一段正文。', `第一段正文，${text}`),
  );
  expect(reloadContent().status).toBe('published');
}

describe('the search store', () => {
  it('keeps one index per process, shared by every copy of the module', async () => {
    const index = await getSearchIndex();
    vi.resetModules();
    const copy = await import('@/lib/search/store');
    expect(await copy.getSearchIndex()).toBe(index);
  });

  it('after a publish, updates the index from the previous one: new stories are found, deleted ones are not', async () => {
    const before = await getSearchIndex();
    publish('freshly-published', '刚刚发布的稿件', '讲的是独一无二的消息。');
    const after = await getSearchIndex();
    expect(after).not.toBe(before);
    expect(after.terms).toBe(before.terms); // updated, not built again
    expect(await found('独一无二')).toEqual(['/news/freshly-published']);

    fs.rmSync(path.join(dir, 'stories/freshly-published.md'));
    expect(reloadContent().status).toBe('published');
    expect(await found('独一无二')).toEqual([]);
    expect(await found('示例稿件')).toContain('/news/sample-story');
  });

  it('makes one index for searches that arrive while it is being made, and the next version’s after it', async () => {
    publish('first-of-two', '两次发布之一', '第一次发布的消息。');
    const first = getSearchIndex();
    expect(getSearchIndex()).toBe(first);
    publish('second-of-two', '两次发布之二', '第二次发布的消息。');
    const second = getSearchIndex();
    const [made, next] = await Promise.all([first, second]);
    expect(next).not.toBe(made);
    expect(next.terms).toBe(made.terms);
    expect(await getSearchIndex()).toBe(next);
    expect(await found('第二次发布')).toEqual(['/news/second-of-two']);
  });
});

describe('work in steps', () => {
  function* counting(log: string[], steps: number): Steps<number> {
    for (let i = 0; i < steps; i++) {
      log.push(`step ${i}`);
      yield;
    }
    return steps;
  }

  it('runs to the end at once, or in slices between which other work gets its turn', async () => {
    expect(runNow(counting([], 3))).toBe(3);
    const log: string[] = [];
    setImmediate(() => log.push('a request'));
    // A slice of 0 ms: the event loop turns after every step.
    expect(await runSliced(counting(log, 3), 0)).toBe(3);
    expect(log).toEqual(['step 0', 'a request', 'step 1', 'step 2']);
  });
});
