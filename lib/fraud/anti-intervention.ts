/**
 * "Anti-intervention" red flags: the scammer cutting the victim off from help —
 * don't answer 96110, keep it secret, go somewhere quiet, a small test transfer
 * refunded to win trust. Police treat these as the surest sign of a scam.
 * An editor can mark a flag explicitly; otherwise its wording is recognised here,
 * in simplified or traditional characters, full-width digits too (９６１１０).
 */
import { normalize } from '@/lib/text/normalize';

const PATTERNS: RegExp[] = [
  /96110|反诈(专线|热线|电话|中心)/, // told not to answer or call the anti-fraud line
  /不要(接听|接|告诉|声张|报警|挂断|联系)|别(接|告诉|报警|挂)/,
  /保密|不能告诉|不得透露|秘密/,
  /安静|无人|独处|单独|宾馆|酒店房间/,
  /退回|返还|返回|退还/, // a refunded test transfer
];

export function isAntiIntervention(flag: string): boolean {
  const text = normalize(flag);
  return PATTERNS.some((pattern) => pattern.test(text));
}
