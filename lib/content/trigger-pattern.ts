/**
 * The trigger wording editors write in content/surest-signs.yml, compiled to regular
 * expressions: `不要|别 + 接|理 + 96110` means "one word of each group, in this order,
 * within one clause, at most MAX_GAP characters apart". Editors never write regular
 * expressions; words are matched literally after the same normalisation as the
 * resident's text (traditional → simplified, full-width → half-width, lower case).
 */
import { normalize } from '@/lib/text/normalize';

/** How many characters may stand between two groups of a trigger. */
export const MAX_GAP = 8;

const PART_SEPARATOR = /\s*\+\s*/;

export type CompiledTrigger = { ok: true; pattern: RegExp } | { ok: false; message: string };

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileTrigger(source: string): CompiledTrigger {
  const parts = source.trim().split(PART_SEPARATOR);
  const groups: string[] = [];
  for (const [index, part] of parts.entries()) {
    const words = part.split('|').map((word) => normalize(word.trim()));
    if (words.some((word) => word === '')) {
      return { ok: false, message: `第 ${index + 1} 组词里有空词（检查是否多写了“|”或“+”）` };
    }
    groups.push(`(?:${words.map(escape).join('|')})`);
  }
  return { ok: true, pattern: new RegExp(groups.join(`.{0,${MAX_GAP}}?`)) };
}

/** Clauses of a text, split where a resident would pause: each is matched on its own. */
export function clausesOf(text: string): string[] {
  return text
    .split(/[，,。.！!？?；;：:、\s\n]+/)
    .map((clause) => clause.trim())
    .filter(Boolean);
}
