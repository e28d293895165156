/**
 * The words worth suggesting when a query finds little ("你是不是要找：征信"): the names
 * editors give things — scam types' names and aliases, story tags, section names — and
 * the words inside them (征信 in 影响征信), taken from the loaded records, so a new type,
 * alias or tag is suggested without a code change.
 */
import type { VocabularyTerm } from '../text/did-you-mean';
import { wordsOf } from '../text/words';

/** What the records offer (ScamType, Story and Section records fit). */
export interface VocabularySource {
  scamTypes: readonly { name: string; aliases: readonly string[] }[];
  stories?: readonly { tags: readonly string[] }[];
  sections?: readonly { name: string }[];
}

/** Each name and each word in it, weighted by how many names use it. */
export function suggestionVocabulary(source: VocabularySource): VocabularyTerm[] {
  const names = [
    ...source.scamTypes.flatMap((type) => [type.name, ...type.aliases]),
    ...(source.stories ?? []).flatMap((story) => story.tags),
    ...(source.sections ?? []).map((section) => section.name),
  ];
  // Tags repeat across thousands of stories: segment each distinct name once.
  const uses = new Map<string, number>();
  for (const name of names) uses.set(name, (uses.get(name) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [name, count] of uses) {
    for (const term of new Set([name.trim(), ...wordsOf(name)])) if (term) weights.set(term, (weights.get(term) ?? 0) + count);
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}
