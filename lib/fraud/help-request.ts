import { cleanTypedText } from '../text/normalize';
import type { QuerySpec } from '../site/canonical-query';
import { paths } from '../site/urls';

/**
 * The helper's query string, parsed defensively: it comes from shared links and
 * hand-edited URLs as much as from the form, so any shape must give a usable request.
 *
 *   q     what the caller said (first value if repeated), cut to MAX_TEXT_CHARS
 *   s     ticked sign ids, repeated (s=impersonating-authorities.2&s=…)
 *   paid  yes | no | unknown; anything else is "unknown": the text decides, or both advice sets show
 */
export const MAX_TEXT_CHARS = 500;
/** More ids than any real form can send; the rest of a crafted URL is ignored. */
const MAX_SIGN_IDS = 200;
const MAX_SIGN_ID_LENGTH = 120;

/** The parameters the helper reads, in the order its form sends them. */
export const HELP_QUERY: QuerySpec = [
  ['q', 'text'],
  ['s', 'many'],
  ['paid', 'one'],
];

export type Paid = 'yes' | 'no' | 'unknown';

export interface HelpRequest {
  text: string;
  /** The text was longer than MAX_TEXT_CHARS and was cut */
  truncated: boolean;
  signIds: string[];
  paid: Paid;
  /** The form was sent (or a result link opened), as opposed to the empty form page */
  submitted: boolean;
}

export type SearchParams = Record<string, string | string[] | undefined>;

function values(raw: string | string[] | undefined): string[] {
  if (typeof raw === 'string') return [raw];
  return Array.isArray(raw) ? raw.filter((value): value is string => typeof value === 'string') : [];
}

/** Cut by code points so a character outside the BMP is never split in half. */
function truncate(text: string, max: number): { text: string; truncated: boolean } {
  const codePoints = Array.from(text);
  return codePoints.length > max ? { text: codePoints.slice(0, max).join(''), truncated: true } : { text, truncated: false };
}

export function parseHelpRequest(params: SearchParams | undefined | null): HelpRequest {
  const source: SearchParams = params ?? {};
  const { text, truncated } = truncate(cleanTypedText(values(source.q)[0] ?? ''), MAX_TEXT_CHARS);
  const signIds = [...new Set(values(source.s).map((id) => id.trim()))].filter((id) => id.length > 0 && id.length <= MAX_SIGN_ID_LENGTH).slice(0, MAX_SIGN_IDS);
  const paidValue = values(source.paid)[0];
  const paid: Paid = paidValue === 'yes' ? 'yes' : paidValue === 'no' ? 'no' : 'unknown';
  const submitted = ['q', 's', 'paid'].some((key) => source[key] !== undefined);
  return { text, truncated, signIds, paid, submitted };
}

/** The helper's address. */
export const HELP_PATH = paths.help();

/** The address of a helper answer: the same parameters the form sends, unknown `paid` left out. */
export function helpHref(request: Pick<HelpRequest, 'text' | 'signIds' | 'paid'>): string {
  const query = new URLSearchParams();
  if (request.text) query.set('q', request.text);
  for (const id of request.signIds) query.append('s', id);
  if (request.paid !== 'unknown') query.set('paid', request.paid);
  const search = query.toString();
  return search ? `${HELP_PATH}?${search}` : HELP_PATH;
}
