/**
 * Live publishing, inside each production server (server.ts, i.e. `npm start`, started by
 * instrumentation.ts): the server notices changes under CONTENT_DIR itself and serves
 * them without a rebuild or a restart, and wakes up when a scheduled record's time
 * comes. Nothing to run by hand; with several instances, each does the same.
 *
 *   change noticed (inotify, or a poll every 30 s; every 2 s when watching fails)
 *   → quiet for QUIET_MS, then the files unchanged over SETTLE_MS, and no git operation
 *     in progress (a save or a `git pull` midway is never read)
 *   → the folder is loaded (only changed files are parsed: cached-loader.ts) and
 *     applied whole, or not at all: content with an error is refused and logged in
 *     content:check's form, and so is content whose files moved while being read.
 *     Walking and reading 100,000 files takes seconds: it runs in slices with the
 *     event loop turning in between (lib/work/steps.ts), so the server keeps answering;
 *     one look at the folder at a time
 *   → every page is revalidated (revalidation.ts), once at once and once again after
 *     AGAIN_MS, for pages whose render began before the change and finished after it.
 *   A scheduled record's instant → the same revalidation (queries.ts already answers
 *   by the clock).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readBuildRecord } from '../content/build-record';
import { now } from '../content/clock';
import { fromInstant } from '../content/dates';
import { contentDir } from '../content/folder';
import { folderStampSteps } from '../content/preview-version';
import { formatProblem, type ContentProblem } from '../content/problems';
import { nextRelease } from '../content/publication';
import type { Content } from '../content/records';
import { contentVersion, getContent, reloadSteps, type Reload } from '../content/store';
import { revalidateEverything } from './revalidation';
import { formatDateAndTime } from '../format/date';
import { FolderWatcher } from './watch-folder';
import { runNow, runSliced, type Steps } from '../work/steps';

export const QUIET_MS = 200;
export const SETTLE_MS = 300;
export const AGAIN_MS = 2_000;
export const POLL_MS = 30_000;
export const FAST_POLL_MS = 2_000;
/** setTimeout's limit; a release further away is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What the publisher works with; the defaults are the server's, tests pass their own. */
export interface PublisherEnvironment {
  dir: string;
  /** Read the folder again and apply it whole, or not at all (store.ts reloadSteps) */
  reload(settled: () => Steps<boolean>): Steps<Reload>;
  /** Runs the long work: in slices on a server (runSliced), at once in tests */
  run<T>(steps: Steps<T>): Promise<T>;
  content(): Content;
  revalidate(): Promise<void>;
  now(): number;
  log(message: string): void;
}

/** A git operation under way in the repository holding the folder (its index is locked). */
function gitBusy(dir: string): boolean {
  for (let folder = dir; ; folder = path.dirname(folder)) {
    const git = path.join(folder, '.git');
    if (fs.existsSync(git)) return fs.existsSync(path.join(git, 'index.lock'));
    if (path.dirname(folder) === folder) return false;
  }
}

function describe(content: Content): string {
  return `${content.stories.length} 篇稿件、${content.cases.length} 个案例、${content.scamTypes.length} 个骗局类型、${content.sections.length} 个栏目`;
}

export class Publisher {
  private readonly watcher: FolderWatcher;
  private watching = false;
  private quiet?: NodeJS.Timeout;
  private poll?: NodeJS.Timeout;
  private release?: NodeJS.Timeout;
  /** The folder as last read (applied or refused): the poll compares with it */
  private lastStamp = '';
  /** The problems last logged, so that a refused folder is reported once, not every poll */
  private lastRefusal = '';
  /** A look at the folder is under way; `again`: something changed meanwhile, look once more after it */
  private busy = false;
  private again = false;

  constructor(private readonly env: PublisherEnvironment) {
    this.watcher = new FolderWatcher(env.dir, () => this.changed());
  }

  start(): void {
    this.lastStamp = runNow(this.stampSteps());
    this.watch();
    this.armRelease();
  }

  stop(): void {
    this.watcher.close();
    clearTimeout(this.quiet);
    clearTimeout(this.poll);
    clearTimeout(this.release);
  }

  /** Something under the folder changed: read it once things are quiet. */
  changed(): void {
    clearTimeout(this.quiet);
    this.quiet = setTimeout(() => void this.settle(), QUIET_MS);
  }

  /** Revalidate every page now and once more shortly (renders that straddled the change). */
  async revalidate(reason: string): Promise<void> {
    try {
      await this.env.revalidate();
      setTimeout(
        () => void this.env.revalidate().catch((error: Error) => this.env.log(`[publish] 第二次清除页面缓存失败：${error.message}`)),
        AGAIN_MS,
      ).unref();
      this.env.log(`[publish] ${reason}；页面缓存已清除`);
    } catch (error) {
      this.env.log(`[publish] ${reason}，但清除页面缓存失败（${(error as Error).message}）；页面要等下一次更新才会刷新`);
    }
  }

  private watch(): void {
    this.watching = this.watcher.sync();
    clearTimeout(this.poll);
    this.poll = setTimeout(
      () =>
        void this.stamp().then((stamp) => {
          if (stamp !== this.lastStamp) this.changed();
          this.watch();
        }),
      this.watching ? POLL_MS : FAST_POLL_MS,
    );
    this.poll.unref();
  }

  /** The folder's files as they stand; an unreadable folder has a stamp of its own. */
  private *stampSteps(): Steps<string> {
    try {
      return yield* folderStampSteps(this.env.dir);
    } catch (error) {
      return `unreadable: ${(error as Error).message}`;
    }
  }

  private stamp(): Promise<string> {
    return this.env.run(this.stampSteps());
  }

  private *unchangedSince(stamp: string): Steps<boolean> {
    return (yield* this.stampSteps()) === stamp;
  }

  private async settle(): Promise<void> {
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    try {
      await this.settleAndRead();
    } finally {
      this.busy = false;
      if (this.again) {
        this.again = false;
        this.changed();
      }
    }
  }

  private async settleAndRead(): Promise<void> {
    if (gitBusy(this.env.dir)) return this.changed();
    const before = await this.stamp();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS).unref());
    if ((await this.stamp()) !== before || gitBusy(this.env.dir)) return this.changed();
    await this.read(before);
  }

  private async read(stamp: string): Promise<void> {
    let outcome: Reload;
    try {
      outcome = await this.env.run(this.env.reload(() => this.unchangedSince(stamp)));
    } catch (error) {
      // An unreadable file or folder: keep serving what was loaded, say why, try again on the next change.
      outcome = { status: 'refused', problems: [{ severity: 'error', file: this.env.dir, message: `读取内容目录失败：${(error as Error).message}` }] };
    }
    this.lastStamp = stamp;
    this.watch(); // folders may have come or gone
    switch (outcome.status) {
      case 'moving':
        this.changed();
        return;
      case 'unchanged':
        this.lastRefusal = '';
        return;
      case 'refused':
        this.refused(outcome.problems, outcome.version);
        return;
      case 'published':
        this.lastRefusal = '';
        this.armRelease();
        void this.revalidate(`内容已更新（版本 ${outcome.previous ?? '无'} → ${outcome.version}）：${describe(this.env.content())}`);
    }
  }

  private refused(problems: readonly ContentProblem[], version: string | undefined): void {
    const text = problems.map(formatProblem).join('\n');
    if (text === this.lastRefusal) return;
    this.lastRefusal = text;
    this.env.log(
      `[publish] 内容有 ${problems.length} 个错误，这次改动没有发布，网站继续使用上一版内容（版本 ${version ?? '无'}）：\n${text}\n` +
        '改正后保存即可自动发布；运行 npm run content:check 可以查看全部问题。',
    );
  }

  /** Wake up when the next scheduled record goes public. */
  private armRelease(): void {
    clearTimeout(this.release);
    const at = nextRelease(this.env.content(), this.env.now());
    if (at === undefined) return;
    const wait = Math.min(Math.max(at - this.env.now(), 0) + 5, MAX_TIMER_MS);
    this.release = setTimeout(() => {
      if (this.env.now() < at) return this.armRelease(); // a long wait, taken in steps
      this.armRelease();
      void this.revalidate(`定时内容到了发布时间（北京时间 ${formatDateAndTime(fromInstant(at))}）`);
    }, wait);
    this.release.unref();
  }

  /**
   * At start: the build prerendered its pages from the content and the time of the
   * build. Revalidate them if either has moved on since (files changed, or a scheduled
   * record went public); otherwise they are served as built.
   */
  checkBuild(version: string): void {
    const built = readBuildRecord();
    const released = built && nextRelease(this.env.content(), built.loadedAt);
    if (!built || built.version !== version) void this.revalidate('内容与构建时不同');
    else if (released !== undefined && released <= this.env.now()) void this.revalidate('构建之后有定时内容到了发布时间');
  }
}

const slot = globalThis as { [key: symbol]: Publisher | undefined };
const KEY = Symbol.for('municipal-news.publisher');

/** Start live publishing in this server process (once, however many bundles import this). */
export function startPublisher(): void {
  if (slot[KEY]) return;
  const publisher = new Publisher({
    dir: contentDir(),
    reload: reloadSteps,
    run: runSliced,
    content: getContent,
    revalidate: revalidateEverything,
    now,
    log: (message) => console.log(message),
  });
  slot[KEY] = publisher;
  publisher.start();
  publisher.checkBuild(contentVersion());
}
