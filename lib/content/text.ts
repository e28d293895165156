/** Small text derivations shared by the loader. */
import type { Author } from './schema';

const SUMMARY_LIMIT = 120;
/** Chinese readers manage roughly 400 characters a minute of news prose. */
const CHARACTERS_PER_MINUTE = 400;

/** A summary from the first paragraph: whole when short, else cut at a sentence end. */
export function deriveSummary(firstParagraph: string): string {
  const text = firstParagraph.replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= SUMMARY_LIMIT) return text;
  const head = chars.slice(0, SUMMARY_LIMIT).join('');
  const lastStop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  if (lastStop >= SUMMARY_LIMIT / 3) return head.slice(0, lastStop + 1);
  return `${chars.slice(0, SUMMARY_LIMIT - 1).join('')}…`;
}

/** The characters a reader reads in these texts (white space aside). */
export function readingCharacters(...texts: readonly string[]): number {
  return texts.reduce((total, text) => total + Array.from(text.replace(/\s+/g, '')).length, 0);
}

/** Minutes to read so many characters, at least one. A story's count includes the
 *  cases it shows (lib/content/queries.ts readingMinutesOf). */
export function readingMinutes(characters: number): number {
  return Math.max(1, Math.round(characters / CHARACTERS_PER_MINUTE));
}

/** 记者 刘友旺 通讯员 郎亚群 李海军: consecutive authors of one role share the role. */
export function formatByline(authors: readonly Author[]): string {
  const parts: string[] = [];
  let previousRole: string | undefined;
  for (const { name, role } of authors) {
    parts.push(role === previousRole ? name : `${role} ${name}`);
    previousRole = role;
  }
  return parts.join(' ');
}

/** The newspaper's opening: 本报讯(记者 杨沫 通讯员 杨宇雨) */
export function formatDateline(source: string | undefined, authors: readonly Author[]): string | undefined {
  if (!source) return undefined;
  return authors.length ? `${source}(${formatByline(authors)})` : source;
}
