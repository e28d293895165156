/**
 * Live publishing (lib/publish/publisher.ts) over a real content folder and the real
 * store, with fake timers and an injected clock: a change is applied whole once the
 * files settle, or refused with content:check's messages while the last good content
 * stays; a scheduled record's instant wakes the server. Revalidation is recorded, not
 * sent (the route is exercised by the browser tests).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseContentDate } from '@/lib/content/dates';
import { contentVersion, getContent, reloadContent, reloadSteps } from '@/lib/content/store';
import { AGAIN_MS, Publisher, QUIET_MS, SETTLE_MS } from '@/lib/publish/publisher';
import { done, runNow, runSliced } from '@/lib/work/steps';
import { folderStamp, folderStampSteps } from '@/lib/content/preview-version';
import { makeContent, VALID_FILES } from '../helpers/content-fixture';

const beijing = (text: string) => {
  const parsed = parseContentDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value.epochMs;
};

let dir = '';
let time = beijing('2022-07-01T12:00');
let revalidations = 0;
let logs: string[] = [];
let publisher: Publisher;
const previousDir = process.env.CONTENT_DIR;

beforeAll(() => expect(process.env.NODE_ENV).not.toBe('development'));
afterAll(() => {
  if (previousDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previousDir;
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  dir = makeContent();
  process.env.CONTENT_DIR = dir;
  time = beijing('2022-07-01T12:00');
  revalidations = 0;
  logs = [];
  getContent();
  publisher = new Publisher({
    dir,
    reload: reloadSteps,
    // At once: the fake timers then decide when each step of publishing happens.
    run: (steps) => Promise.resolve(runNow(steps)),
    content: getContent,
    revalidate: () => Promise.resolve(void revalidations++),
    now: () => time,
    log: (message) => void logs.push(message),
  });
  publisher.start();
});

afterEach(() => {
  publisher.stop();
  vi.useRealTimers();
});

const file = (name: string) => path.join(dir, name);
const edit = (name: string, from: string, to: string) => fs.writeFileSync(file(name), fs.readFileSync(file(name), 'utf8').replace(from, to));

/** The watcher saw a change; let the publisher settle and read (and its promises run). */
async function changeNoticed(): Promise<void> {
  publisher.changed();
  await vi.advanceTimersByTimeAsync(QUIET_MS + SETTLE_MS + 10);
}

const storyTitle = () => getContent().stories.find((story) => story.slug === 'sample-story')?.title;

describe('live publishing', () => {
  it('applies an edit once the files settle, and revalidates every page now and once more after renders in flight', async () => {
    const before = contentVersion();
    edit('stories/sample-story.md', 'title: 示例稿件', 'title: 改过的标题');
    await changeNoticed();
    expect(storyTitle()).toBe('改过的标题');
    expect(contentVersion()).not.toBe(before);
    expect(revalidations).toBe(1);
    await vi.advanceTimersByTimeAsync(AGAIN_MS);
    expect(revalidations).toBe(2);
    expect(logs.join('\n')).toMatch(/内容已更新.*1 篇稿件、1 个案例、1 个骗局类型、2 个栏目；页面缓存已清除/);
  });

  it('publishes new files and deletions, a new section and a new scam type', async () => {
    fs.writeFileSync(
      file('stories/new-story.md'),
      VALID_FILES['stories/sample-story.md']!.replace('title: 示例稿件', 'title: 新稿件').replace('cases: [sample-case]', 'cases: []').replace('::cases', ''),
    );
    fs.appendFileSync(file('sections.yml'), '- slug: culture\n  name: 文化\n');
    fs.writeFileSync(file('scam-types/other-type.md'), VALID_FILES['scam-types/sample-type.md']!.replace('示例类型', '另一类型'));
    await changeNoticed();
    expect(
      getContent()
        .stories.map((story) => story.title)
        .sort(),
    ).toEqual(['新稿件', '示例稿件'].sort());
    expect(getContent().sections.map((section) => section.slug)).toContain('culture');
    expect(getContent().scamTypes.map((type) => type.name)).toContain('另一类型');
    fs.rmSync(file('stories/new-story.md'));
    await changeNoticed();
    expect(getContent().stories.map((story) => story.slug)).toEqual(['sample-story']);
    expect(revalidations).toBe(2);
  });

  it('refuses an invalid change whole: the last good content stays, the problems are logged once in content:check form', async () => {
    edit('stories/sample-story.md', 'title: 示例稿件', 'title: 半成品');
    edit('cases/sample-case.md', 'title: 示例案例', 'tittle: 示例案例');
    await changeNoticed();
    expect(storyTitle()).toBe('示例稿件'); // not half of the change
    expect(revalidations).toBe(0);
    const refusal = logs.join('\n');
    expect(refusal).toContain('这次改动没有发布，网站继续使用上一版内容');
    expect(refusal).toMatch(/cases\/sample-case\.md:2 → tittle：.*title/);
    await changeNoticed();
    expect(logs).toHaveLength(1); // the same problems are not logged again

    edit('cases/sample-case.md', 'tittle: 示例案例', 'title: 示例案例');
    await changeNoticed();
    expect(storyTitle()).toBe('半成品');
    expect(revalidations).toBe(1);
  });

  it('refuses a deletion that leaves a dangling reference', async () => {
    fs.rmSync(file('scam-types/sample-type.md'));
    await changeNoticed();
    expect(getContent().scamTypes.map((type) => type.slug)).toEqual(['sample-type']);
    expect(logs.join('\n')).toMatch(/cases\/sample-case\.md:\d+ → scamType：诈骗类型“sample-type”不存在/);
  });

  it('never reads files that are still being written: a change during the settle time, or during the read, waits', async () => {
    edit('stories/sample-story.md', 'title: 示例稿件', 'title: 写到一半');
    publisher.changed();
    await vi.advanceTimersByTimeAsync(QUIET_MS + 10);
    edit('stories/sample-story.md', 'title: 写到一半', 'title: 写完了'); // still writing
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(storyTitle()).toBe('示例稿件');
    await vi.advanceTimersByTimeAsync(QUIET_MS + SETTLE_MS + 10);
    expect(storyTitle()).toBe('写完了');

    // Files that change while the folder is being read are not applied.
    edit('stories/sample-story.md', 'title: 写完了', 'title: 读的时候变了');
    expect(reloadContent(() => false)).toEqual({ status: 'moving' });
    expect(storyTitle()).toBe('写完了');
  });

  it('waits while a git operation holds the repository’s index', async () => {
    fs.mkdirSync(file('.git'));
    fs.writeFileSync(file('.git/index.lock'), '');
    edit('stories/sample-story.md', 'title: 示例稿件', 'title: 拉取中');
    await changeNoticed();
    await vi.advanceTimersByTimeAsync(5 * (QUIET_MS + SETTLE_MS));
    expect(storyTitle()).toBe('示例稿件');
    fs.rmSync(file('.git/index.lock'));
    await vi.advanceTimersByTimeAsync(QUIET_MS + SETTLE_MS + 10);
    expect(storyTitle()).toBe('拉取中');
  });

  it('keeps serving when the folder disappears, and picks it up when it returns', async () => {
    const away = `${dir}-away`;
    fs.renameSync(dir, away);
    await changeNoticed();
    expect(storyTitle()).toBe('示例稿件');
    expect(logs.join('\n')).toContain('找不到内容目录');
    fs.renameSync(away, dir);
    edit('stories/sample-story.md', 'title: 示例稿件', 'title: 回来了');
    await changeNoticed();
    expect(storyTitle()).toBe('回来了');
  });

  it('wakes at a scheduled record’s instant and revalidates every page', async () => {
    edit('stories/sample-story.md', 'date: 2022-06-11', 'date: "2022-07-01T12:30"');
    await changeNoticed();
    expect(revalidations).toBe(1);
    await vi.advanceTimersByTimeAsync(AGAIN_MS);
    expect(revalidations).toBe(2);
    const wait = beijing('2022-07-01T12:30') - time;
    time += wait - 1;
    await vi.advanceTimersByTimeAsync(wait - 1 - QUIET_MS - SETTLE_MS - 10 - AGAIN_MS);
    expect(revalidations).toBe(2);
    time = beijing('2022-07-01T12:30');
    await vi.advanceTimersByTimeAsync(1000);
    expect(revalidations).toBe(3);
    expect(logs.at(-1)).toMatch(/定时内容到了发布时间/);
  });
});

describe('reading in slices', () => {
  it('looks at the folder once at a time: a change noticed during a slow read is read after it', async () => {
    publisher.stop();
    let reading = 0;
    let overlapped = false;
    let reads = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    publisher = new Publisher({
      dir,
      reload: (settled) => {
        reads++;
        return reloadSteps(settled);
      },
      // The first read waits at the gate, as a read of 100,000 files in slices would take its time.
      run: async (steps) => {
        overlapped ||= reading > 0;
        reading++;
        try {
          if (reads === 1) await gate;
          return runNow(steps);
        } finally {
          reading--;
        }
      },
      content: getContent,
      revalidate: () => Promise.resolve(void revalidations++),
      now: () => time,
      log: (message) => void logs.push(message),
    });
    publisher.start();
    edit('stories/sample-story.md', 'title: 示例稿件', 'title: 第一次');
    await changeNoticed();
    expect(reads).toBe(1);
    edit('stories/sample-story.md', 'title: 第一次', 'title: 第二次');
    await changeNoticed();
    expect(reads).toBe(1); // still the first read
    release();
    await vi.advanceTimersByTimeAsync(2 * (QUIET_MS + SETTLE_MS) + 10);
    expect(overlapped).toBe(false);
    expect(storyTitle()).toBe('第二次');
  });

  it('gives the event loop turns while it reads the folder again', async () => {
    const steps = reloadSteps(() => done(true));
    const order: string[] = [];
    setImmediate(() => order.push('a request'));
    const outcome = runSliced(steps, 0).then((reload) => void order.push(reload.status));
    await outcome;
    expect(order).toEqual(['a request', 'unchanged']);
  });

  it('stamps a folder alike at once and in steps, and anew when a file deep inside changes', () => {
    const before = folderStamp(dir);
    expect(runNow(folderStampSteps(dir))).toBe(before);
    edit('stories/sample-story.md', 'title: 示例稿件', 'title: 变了');
    expect(folderStamp(dir)).not.toBe(before);
  });
});
