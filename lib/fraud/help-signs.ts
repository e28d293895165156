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
import type { ScamType, SurestSign } from '@/lib/content/records';
import { surestSignHits } from '@/lib/content/surest-signs';
import { sameTextKey } from '@/lib/text/normalize';

/** Ids of the surest signs' own boxes: surest.<slug>. */
const SUREST_PREFIX = 'surest.';

export interface HelpSign {
  id: string;
  text: string;
  /** Slugs of every type that lists this sign, in content order */
  types: string[];
  /** The surest signs (content/surest-signs.yml) this sign shows: ticking it raises the alarm */
  surest: SurestSign[];
}

export interface SignGroup {
  /** The scam type's slug, or `surest` for the group of surest signs */
  key: string;
  title: string;
  /** Signs first listed by this group (repeats of earlier types' signs are left out) */
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

/**
 * The surest signs come first, in a group of their own, so a resident can tick "让我把钱转到
 * 安全账户" without finding the scam type it belongs to; the types' signs follow.
 */
export function signCatalogue(scamTypes: readonly Pick<ScamType, 'slug' | 'name' | 'signs'>[], surestSigns: readonly SurestSign[]): SignCatalogue {
  const byText = new Map<string, HelpSign>();
  const byId = new Map<string, HelpSign>();
  const surestGroup: SignGroup = {
    key: 'surest',
    title: '最危险的情况',
    signs: surestSigns.map((sign) => ({ id: `${SUREST_PREFIX}${sign.slug}`, text: sign.sign, types: [], surest: [sign] })),
  };
  for (const sign of surestGroup.signs) byId.set(sign.id, sign);
  const groups: SignGroup[] = surestGroup.signs.length ? [surestGroup] : [];
  for (const scamType of scamTypes) {
    const group: SignGroup = { key: scamType.slug, title: scamType.name, signs: [] };
    scamType.signs.forEach((text, index) => {
      const id = signId(scamType.slug, index);
      const key = sameTextKey(text) || text;
      let sign = byText.get(key);
      if (sign) {
        if (!sign.types.includes(scamType.slug)) sign.types.push(scamType.slug);
      } else {
        sign = { id, text, types: [scamType.slug], surest: surestSignHits(text, surestSigns).map((hit) => hit.sign) };
        byText.set(key, sign);
        group.signs.push(sign);
      }
      byId.set(id, sign);
    });
    if (group.signs.length) groups.push(group);
  }
  return { groups, byId };
}
