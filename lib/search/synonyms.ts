/**
 * Synonyms come from the scam types: a type's name and its aliases form one group
 * (假警察 = 冒充公安 = 冒充公检法类 …). A query term equal to a member also matches
 * the other members, with a lower weight than the words the reader typed.
 */
import { normalize } from '../text/normalize';
import type { Catalog } from './types';

/** normalised member → every normalised member of its group(s), itself excluded */
export type Synonyms = ReadonlyMap<string, readonly string[]>;

export function buildSynonyms(catalog: Catalog): Synonyms {
  const groups = new Map<string, Set<string>>();
  for (const type of catalog.scamTypes) {
    const members = [...new Set([type.name, ...type.aliases].map((text) => normalize(text.trim())).filter(Boolean))];
    for (const member of members) {
      const group = groups.get(member) ?? new Set<string>();
      for (const other of members) if (other !== member) group.add(other);
      groups.set(member, group);
    }
  }
  return new Map([...groups].map(([member, group]) => [member, [...group]]));
}
