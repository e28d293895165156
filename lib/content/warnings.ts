/**
 * Content warnings: things that publish fine but are probably not what the editor
 * meant. They never fail the check or the build; `loadContent` and the site do not
 * compute them (the site must behave the same with or without them).
 * `npm run content:check` prints them with the [提醒] label, and a preview can show
 * them by calling `collectWarnings` on the content it already has.
 *
 * Each rule is a pure function of the loaded Content (and of "now", for dates);
 * only line numbers come from outside, through a Locator, because the records do
 * not keep the positions of their fields. One rule runs inside the loader instead:
 * duplicate tags, because loading removes the duplicates it looks for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromInstant, type ContentDate } from './dates';
import { readFrontMatter } from './front-matter';
import { fieldLabel, type ContentProblem } from './problems';
import type { Content, FraudCase, Story } from './records';
import { deriveSummary } from './text';
import { toSimplified } from '../text/opencc';

/** Below this many characters a first paragraph makes a poor summary on listings. */
export const THIN_FIRST_PARAGRAPH = 20;

/** Where things are in a file, for the line numbers of warnings. */
export interface Locator {
  /** 1-based line of a front-matter field, e.g. ['tags', 2] */
  field(file: string, fieldPath: readonly PropertyKey[]): number | undefined;
  /** 1-based line of the first body line containing `text` */
  bodyLine(file: string, text: string): number | undefined;
}

/** For callers that have no files to read (warnings without line numbers). */
export const NO_LINES: Locator = { field: () => undefined, bodyLine: () => undefined };

/** Reads the files named by the records (relative to `root`, as loadContent wrote them), each once. */
export function fileLocator(root: string = process.cwd()): Locator {
  type Parsed = { lineOf: (p: readonly PropertyKey[]) => number | undefined; bodyLines: string[]; bodyStartLine: number };
  const cache = new Map<string, Parsed | undefined>();
  const parsed = (file: string): Parsed | undefined => {
    if (!cache.has(file)) {
      let entry: Parsed | undefined;
      try {
        const front = readFrontMatter(fs.readFileSync(path.resolve(/*turbopackIgnore: true*/ root, file), 'utf8'));
        if (front.ok) entry = { lineOf: front.lineOf, bodyLines: front.body.split('\n'), bodyStartLine: front.bodyStartLine };
      } catch {
        entry = undefined; // a file gone since loading: the warning just has no line
      }
      cache.set(file, entry);
    }
    return cache.get(file);
  };
  return {
    field: (file, fieldPath) => parsed(file)?.lineOf(fieldPath),
    bodyLine: (file, text) => {
      const entry = parsed(file);
      const index = entry?.bodyLines.findIndex((line) => line.includes(text)) ?? -1;
      return entry && index >= 0 ? entry.bodyStartLine + index : undefined;
    },
  };
}

function characters(text: string): number {
  return Array.from(text.replace(/\s+/g, '')).length;
}

function warning(file: string, fieldPath: readonly PropertyKey[], line: number | undefined, message: string): ContentProblem {
  return { severity: 'warning', file, field: fieldLabel(fieldPath), line, message };
}

/** A tag written twice in one story: the loader keeps the first, so the page shows it
 *  once; each later copy gets a warning on its own line, to be deleted. */
export function duplicateTagWarnings(
  file: string,
  tags: readonly string[],
  lineOf: (fieldPath: readonly PropertyKey[]) => number | undefined = () => undefined,
): ContentProblem[] {
  return tags.flatMap((tag, index) => {
    const first = tags.indexOf(tag);
    if (first === index) return [];
    return [warning(file, ['tags', index], lineOf(['tags', index]), `标签“${tag}”和第 ${first + 1} 项重复；网站只显示一次，请删掉这一项`)];
  });
}

/** A story without `summary` whose first paragraph is too short to stand in for one. */
export function thinSummaryWarnings(stories: readonly Story[], locate: Locator = NO_LINES): ContentProblem[] {
  return stories.flatMap((story) => {
    const first = story.body.read().firstParagraph;
    const length = characters(first);
    // The loader fills `summary` from the first paragraph when the editor wrote none.
    if (length >= THIN_FIRST_PARAGRAPH || story.summary !== deriveSummary(first)) return [];
    const found = length === 0 ? '正文还没有文字' : `正文第一段只有 ${length} 个字（“${first}”）`;
    const line = length === 0 ? undefined : locate.bodyLine(story.file, Array.from(first).slice(0, 8).join(''));
    return [
      warning(
        story.file,
        ['summary'],
        line,
        `没有写 summary，${found}：列表页和搜索结果里自动生成的摘要会太短；请在文件头写一句 summary，或把第一段写完整`,
      ),
    ];
  });
}

/** A case without `steps`: its page has no timeline and red flags cannot be placed on one. */
export function missingStepsWarnings(cases: readonly FraudCase[], locate: Locator = NO_LINES): ContentProblem[] {
  return cases
    .filter((fraudCase) => fraudCase.steps.length === 0)
    .map((fraudCase) =>
      warning(
        fraudCase.file,
        ['steps'],
        locate.field(fraudCase.file, ['steps']),
        '没有写 steps（作案步骤）：案例页不会显示作案经过的时间线，危险信号也无法对应到步骤；报道里写了骗子怎样一步步行骗的，请按先后顺序列出',
      ),
    );
}

/**
 * The form two spellings of one tag share: full-width → half-width (NFKC), traditional
 * → simplified, phrase-aware with regional forms. Not the search's normalize(): letter
 * case is kept (APP and app are not reported), and whole tags are converted at once.
 */
export function tagKey(tag: string): string {
  return toSimplified(tag.normalize('NFKC')).trim();
}

function howTheyDiffer(a: string, b: string): string {
  if (a.normalize('NFKC') === b.normalize('NFKC')) return '全角/半角';
  if (toSimplified(a) === toSimplified(b)) return '繁体/简体';
  return '全角/半角和繁体/简体';
}

function listFiles(files: readonly string[]): string {
  const unique = [...new Set(files)];
  return unique.length <= 3 ? unique.join('、') : `${unique.slice(0, 3).join('、')} 等 ${unique.length} 个文件`;
}

/**
 * Tags that differ only by width or by traditional/simplified form: the site treats
 * them as two tags, splitting one topic over two tag pages. Each use of a less common
 * spelling gets a warning naming both spellings and where each is used.
 */
export function tagVariantWarnings(stories: readonly Story[], locate: Locator = NO_LINES): ContentProblem[] {
  type Use = { file: string; index: number };
  const groups = new Map<string, Map<string, Use[]>>();
  for (const story of stories) {
    story.tags.forEach((tag, index) => {
      const key = tagKey(tag);
      const spellings = groups.get(key) ?? new Map<string, Use[]>();
      spellings.set(tag, [...(spellings.get(tag) ?? []), { file: story.file, index }]);
      groups.set(key, spellings);
    });
  }
  const problems: ContentProblem[] = [];
  for (const [key, spellings] of groups) {
    if (spellings.size < 2) continue;
    // Suggest the simplified, half-width spelling when someone wrote it (the site is in
    // simplified Chinese); otherwise the one most files use.
    const filesUsing = (spelling: string) => new Set(spellings.get(spelling)!.map((use) => use.file)).size;
    const [preferred] = [...spellings.keys()].sort(
      (a, b) => Number(b === key) - Number(a === key) || filesUsing(b) - filesUsing(a) || a.localeCompare(b),
    );
    const preferredFiles = spellings.get(preferred!)!.map((use) => use.file);
    for (const [spelling, uses] of spellings) {
      if (spelling === preferred) continue;
      const message =
        `标签“${spelling}”和“${preferred}”只差${howTheyDiffer(spelling, preferred!)}，网站会把它们当成两个不同的标签：` +
        `“${spelling}”见 ${listFiles(uses.map((use) => use.file))}，“${preferred}”见 ${listFiles(preferredFiles)}；请统一成一种写法（建议“${preferred}”）`;
      for (const use of uses) {
        problems.push(warning(use.file, ['tags', use.index], locate.field(use.file, ['tags', use.index]), message));
      }
    }
  }
  return problems;
}

function shownDate(date: ContentDate): string {
  return date.hasTime ? date.iso.slice(0, 16).replace('T', ' ') : date.day;
}

/** How far ahead a publication date is believable; a later one is probably a typo in the year. */
export const SCHEDULE_HORIZON_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * Dates that are probably typos. A `date` in the future schedules the record
 * (publication.ts) and is only listed by content:check, unless it is more than a year
 * ahead. An `updated` in the future is always suspect: it delays nothing, it only
 * shows a time that has not come.
 */
export function futureDateWarnings(content: Content, now: Date, locate: Locator = NO_LINES): ContentProblem[] {
  const nowShown = fromInstant(now.getTime()).iso.slice(0, 16).replace('T', ' ');
  const at = (file: string, field: string, message: string) => [warning(file, [field], locate.field(file, [field]), message)];
  const published = (file: string, date: ContentDate): ContentProblem[] =>
    date.epochMs > now.getTime() + SCHEDULE_HORIZON_MS
      ? at(file, 'date', `date 是 ${shownDate(date)}，比现在（北京时间 ${nowShown}）晚一年多；是不是年份写错了？这条内容要等到那时才会发布`)
      : [];
  const updated = (file: string, date: ContentDate | undefined): ContentProblem[] =>
    date && date.epochMs > now.getTime()
      ? at(file, 'updated', `updated 是 ${shownDate(date)}，晚于现在（北京时间 ${nowShown}）；是不是年份或月份写错了？更新时间不会推迟发布，只会显示一个还没到的时间`)
      : [];
  return [
    ...content.stories.flatMap((story) => [...published(story.file, story.date), ...updated(story.file, story.updated)]),
    ...content.cases.flatMap((fraudCase) => published(fraudCase.file, fraudCase.date)),
  ];
}

/** Every warning for the loaded content, grouped by file. */
export function collectWarnings(content: Content, now: Date = new Date(), locate: Locator = fileLocator()): ContentProblem[] {
  const warnings = [
    ...thinSummaryWarnings(content.stories, locate),
    ...missingStepsWarnings(content.cases, locate),
    ...tagVariantWarnings(content.stories, locate),
    ...futureDateWarnings(content, now, locate),
  ];
  // Stable sort: within a file, warnings keep the order of the rules above.
  return warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
