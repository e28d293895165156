/**
 * Whether the resident mentions the police, the anti-fraud line or a bank. Such a
 * mention is no sign of a scam — 96110 calls residents to warn them, and a teller's
 * question protects them — so it is answered with how to check that a caller is
 * genuine, never with advice to hang up on the police.
 */
import { normalize } from '@/lib/text/normalize';

const OFFICIAL = /(?<!\d)(?:96110|110)(?!\d)|反诈|公安|警察|民警|警官|派出所|检察|法院|银行|柜员|网格员/g;

/** The official words the text mentions, each once, as normalised. */
export function officialsMentioned(text: string): string[] {
  return [...new Set<string>(normalize(text).match(OFFICIAL) ?? [])];
}
