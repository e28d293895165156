/**
 * Which of the surest signs (content/surest-signs.yml) a text shows, clause by clause.
 * Used by the loader to mark case red flags and by the helper to read what a resident
 * wrote, so both follow the same editor-owned rules (matched by trigger-pattern.ts).
 */
import type { SurestSign } from './schema';
import { ruleHits } from './trigger-pattern';

export interface SurestSignHit {
  sign: SurestSign;
  /** The clause as the resident or editor wrote it */
  clause: string;
}

export function surestSignHits(text: string, signs: readonly SurestSign[]): SurestSignHit[] {
  return ruleHits(text, signs).map(({ rule, clause }) => ({ sign: rule, clause }));
}

export function isSurestSign(text: string, signs: readonly SurestSign[]): boolean {
  return surestSignHits(text, signs).length > 0;
}
