/**
 * Which of the surest signs (content/surest-signs.yml) a text shows, clause by clause.
 * Used by the loader to mark case red flags and by the helper to read what a resident
 * wrote, so both follow the same editor-owned rules.
 */
import { normalize } from '@/lib/text/normalize';
import type { SurestSign } from './schema';
import { clausesOf, compileTrigger } from './trigger-pattern';

export interface SurestSignHit {
  sign: SurestSign;
  /** The clause as the resident or editor wrote it */
  clause: string;
}

interface Compiled {
  sign: SurestSign;
  triggers: RegExp[];
  unless: RegExp[];
}

const compiledLists = new WeakMap<readonly SurestSign[], Compiled[]>();

function patterns(sources: readonly string[]): RegExp[] {
  // The schema refuses bad triggers, so a failure here means unvalidated input: skip it.
  return sources.flatMap((source) => {
    const compiled = compileTrigger(source);
    return compiled.ok ? [compiled.pattern] : [];
  });
}

function compile(signs: readonly SurestSign[]): Compiled[] {
  let compiled = compiledLists.get(signs);
  if (!compiled) {
    compiled = signs.map((sign) => ({ sign, triggers: patterns(sign.triggers), unless: patterns(sign.unless) }));
    compiledLists.set(signs, compiled);
  }
  return compiled;
}

export function surestSignHits(text: string, signs: readonly SurestSign[]): SurestSignHit[] {
  const compiled = compile(signs);
  const hits: SurestSignHit[] = [];
  let previous = '';
  for (const clause of clausesOf(text)) {
    const normalized = normalize(clause);
    // An exception may sit in the clause before: "密码要保密，不要告诉别人".
    const context = `${previous} ${normalized}`;
    for (const entry of compiled) {
      if (entry.triggers.some((p) => p.test(normalized)) && !entry.unless.some((p) => p.test(context))) {
        hits.push({ sign: entry.sign, clause });
      }
    }
    previous = normalized;
  }
  return hits;
}

export function isSurestSign(text: string, signs: readonly SurestSign[]): boolean {
  return surestSignHits(text, signs).length > 0;
}
