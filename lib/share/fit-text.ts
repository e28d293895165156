/**
 * Text for share cards: cleaned to what the font can draw, broken into lines and cut
 * with an ellipsis, so any headline — 200 characters, emoji, a rare character, a hidden
 * direction mark — gives a card whose text stays inside its box. Pure: the font's
 * coverage and widths come in as functions.
 */

/** Stands in for a character the font cannot draw. */
export const MISSING_GLYPH = '□';
export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });

/** Invisible characters: controls, direction marks, zero-width characters, variation selectors. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Variation_Selector}]$/u;
const SPACE = /^\s+$/u;

function codePoint(char: string): number {
  return char.codePointAt(0) ?? 0;
}

/**
 * One line of plain text the font can draw: whitespace runs become one space, invisible
 * characters go, and a character (a whole emoji sequence, say) the font lacks becomes □.
 */
export function cardText(raw: string, hasGlyph: (codePoint: number) => boolean): string {
  let text = '';
  for (const { segment } of graphemes.segment(raw.normalize('NFC'))) {
    if (SPACE.test(segment)) {
      text += ' ';
      continue;
    }
    const visible = [...segment].filter((char) => !INVISIBLE.test(char));
    if (visible.length === 0) continue;
    text += visible.every((char) => hasGlyph(codePoint(char))) ? visible.join('') : MISSING_GLYPH;
  }
  return text.replace(/ {2,}/g, ' ').trim();
}

/** Never at the start of a line (closing punctuation), never at the end (opening). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’,.;:?!)]}…—～%·']);
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);
/** Han, kana, hangul and full-width forms break anywhere; everything else breaks at spaces. */
const BREAKS_ANYWHERE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef□]/u;

/** The text in pieces that must stay on one line: a Chinese character with the punctuation glued to it, or a Latin word or number. */
function atoms(text: string): string[] {
  const pieces: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const previous = pieces.at(-1);
    const joinsWord =
      previous !== undefined &&
      segment !== ' ' &&
      previous !== ' ' &&
      !BREAKS_ANYWHERE.test(segment) &&
      !BREAKS_ANYWHERE.test(previous.slice(-1)) &&
      !NO_LINE_END.has(previous.slice(-1));
    if (previous !== undefined && (NO_LINE_START.has(segment) || joinsWord || (NO_LINE_END.has(previous.slice(-1)) && segment !== ' '))) {
      pieces[pieces.length - 1] = previous + segment;
    } else {
      pieces.push(segment);
    }
  }
  return pieces;
}

export interface FitOptions {
  /** Width of the box, in the unit `measure` returns */
  maxWidth: number;
  maxLines: number;
  measure: (text: string) => number;
}

export interface FittedText {
  lines: string[];
  /** Whether text was cut (the last line then ends with …) */
  clipped: boolean;
}

/** Splits a piece wider than the whole line between its characters. */
function splitWide(piece: string, maxWidth: number, measure: (text: string) => number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(piece)) {
    if (current && measure(current + segment) > maxWidth) {
      parts.push(current);
      current = '';
    }
    current += segment;
  }
  if (current) parts.push(current);
  return parts;
}

/** Greedy line filling; spaces at the ends of lines are dropped. */
function wrap(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const atom of atoms(text)) {
    if (atom === ' ') {
      if (line) line += ' ';
      continue;
    }
    if (measure(line + atom) <= maxWidth) {
      line += atom;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    const parts = measure(atom) > maxWidth ? splitWide(atom, maxWidth, measure) : [atom];
    lines.push(...parts.slice(0, -1));
    line = parts.at(-1) ?? '';
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** What never stands right before the ellipsis: spaces, opening punctuation, pauses. */
const NOT_BEFORE_ELLIPSIS = new Set([' ', ...NO_LINE_END, ...'，、；：,;:']);

/** The line shortened until it and the ellipsis fit. */
function withEllipsis(line: string, maxWidth: number, measure: (text: string) => number): string {
  const kept = [...graphemes.segment(line)].map(({ segment }) => segment);
  const text = () => kept.join('');
  while (kept.length && (measure(text() + ELLIPSIS) > maxWidth || NOT_BEFORE_ELLIPSIS.has(kept.at(-1) ?? ''))) kept.pop();
  return text() + ELLIPSIS;
}

/** Lines of at most `maxWidth`, at most `maxLines` of them; the last ends with … when text was cut. */
export function fitLines(text: string, { maxWidth, maxLines, measure }: FitOptions): FittedText {
  const lines = wrap(text, maxWidth, measure);
  if (lines.length <= maxLines) return { lines, clipped: false };
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = withEllipsis(kept.at(-1) ?? '', maxWidth, measure);
  return { lines: kept, clipped: true };
}

export interface FitStep {
  fontSize: number;
  maxLines: number;
}

export interface FittedBlock extends FittedText {
  fontSize: number;
}

/**
 * The first size, largest first, at which the whole text fits the box; else the last
 * size, cut. `measure` gives widths in em, `width` is in pixels.
 */
export function fitBlock(text: string, steps: readonly FitStep[], width: number, measure: (text: string) => number): FittedBlock {
  let fitted: FittedBlock = { lines: [], clipped: false, fontSize: steps[0]?.fontSize ?? 0 };
  for (const { fontSize, maxLines } of steps) {
    fitted = { ...fitLines(text, { maxWidth: width / fontSize, maxLines, measure }), fontSize };
    if (!fitted.clipped) return fitted;
  }
  return fitted;
}
