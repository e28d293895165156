/**
 * The tickable signs of the helper, taken from the scam types' `signs` so that a type
 * an editor adds shows up without code changes. Each sign's id is its type's slug and
 * its 1-based position (impersonating-authorities.2): readable in a shared link, and
 * stable as long as the editor keeps the list order.
 *
 * Two types may list the same sign word for word; it is offered once (under the first
 * type) and ticking it counts for every type that lists it. The ids of the repeats
 * still resolve, so links made before an editor merged wording keep working.
 */
import type { ScamType } from '@/lib/content/records';
import { isAntiIntervention } from './anti-intervention';
import { sameTextKey } from '@/lib/text/normalize';

export interface HelpSign {
  id: string;
  text: string;
  /** Slugs of every type that lists this sign, in content order */
  types: string[];
  /** Told not to answer 96110, keep it secret, go somewhere quiet, a refunded test transfer */
  antiIntervention: boolean;
}

export interface SignGroup {
  scamType: Pick<ScamType, 'slug' | 'name'>;
  /** Signs first listed by this type (repeats of earlier types' signs are left out) */
  signs: HelpSign[];
}

export interface SignCatalogue {
  groups: SignGroup[];
  /** Every id, including those of repeated signs, to the one sign it stands for */
  byId: Map<string, HelpSign>;
}

export function signId(scamTypeSlug: string, index: number): string {
  return `${scamTypeSlug}.${index + 1}`;
}

export function signCatalogue(scamTypes: readonly Pick<ScamType, 'slug' | 'name' | 'signs'>[]): SignCatalogue {
  const byText = new Map<string, HelpSign>();
  const byId = new Map<string, HelpSign>();
  const groups: SignGroup[] = [];
  for (const scamType of scamTypes) {
    const group: SignGroup = { scamType: { slug: scamType.slug, name: scamType.name }, signs: [] };
    scamType.signs.forEach((text, index) => {
      const id = signId(scamType.slug, index);
      const key = sameTextKey(text) || text;
      let sign = byText.get(key);
      if (sign) {
        if (!sign.types.includes(scamType.slug)) sign.types.push(scamType.slug);
      } else {
        sign = { id, text, types: [scamType.slug], antiIntervention: isAntiIntervention(text) };
        byText.set(key, sign);
        group.signs.push(sign);
      }
      byId.set(id, sign);
    });
    if (group.signs.length) groups.push(group);
  }
  return { groups, byId };
}
