/**
 * The trigger wording editors write in content/surest-signs.yml and in the after-care
 * pages (content/help/*.md), compiled to regular
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

/** Anything matched by trigger wording: the surest signs, the after-care pages. */
export interface TriggerRule {
  triggers: readonly string[];
  /** Exceptions: the rule does not count when one of these is in the clause or the one before it */
  unless: readonly string[];
}

export interface RuleHit<R> {
  rule: R;
  /** The clause as the resident or editor wrote it */
  clause: string;
}

interface CompiledRule {
  triggers: RegExp[];
  unless: RegExp[];
}

const compiledRules = new WeakMap<TriggerRule, CompiledRule>();

function patterns(sources: readonly string[]): RegExp[] {
  // The schemas refuse bad triggers, so a failure here means unvalidated input: skip it.
  return sources.flatMap((source) => {
    const compiled = compileTrigger(source);
    return compiled.ok ? [compiled.pattern] : [];
  });
}

function compiledRule(rule: TriggerRule): CompiledRule {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    compiled = { triggers: patterns(rule.triggers), unless: patterns(rule.unless) };
    compiledRules.set(rule, compiled);
  }
  return compiled;
}

/** Which rules a text shows, clause by clause, in the text's order and then the rules' order. */
export function ruleHits<R extends TriggerRule>(text: string, rules: readonly R[]): RuleHit<R>[] {
  const compiled = rules.map((rule) => ({ rule, ...compiledRule(rule) }));
  const hits: RuleHit<R>[] = [];
  let previous = '';
  for (const clause of clausesOf(text)) {
    const normalized = normalize(clause);
    for (const entry of compiled) {
      // An exception may sit in the clause before ("密码要保密，不要告诉别人"), but is read
      // within one clause: words either side of a comma never make one up together.
      if (entry.triggers.some((p) => p.test(normalized)) && !entry.unless.some((p) => p.test(normalized) || p.test(previous))) {
        hits.push({ rule: entry.rule, clause });
      }
    }
    previous = normalized;
  }
  return hits;
}
