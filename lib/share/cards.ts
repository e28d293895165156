/**
 * What each share card says: one builder per kind of page, from the records the page
 * shows. The pictures are drawn by lib/share/render.tsx; their addresses come from
 * lib/share/images.ts.
 */
import { casesOfStory, getScamType, getSection } from '../content/queries';
import type { FraudCase, ScamType, Story } from '../content/records';
import { surestSignsFirst } from '../fraud/case-signs';
import { formatContentDate } from '../format/date';
import { site } from '../site/config';
import type { Listing } from '../site/listings';

/** A 1200×630 link-preview card. */
export interface ShareCard {
  /** Small line above the headline: the section, 反诈案例, … */
  label: string;
  title: string;
  /** A line under the headline, e.g. the site's description */
  subtitle?: string;
  /** Bottom line, e.g. the story's date */
  footer?: string;
  /** Anti-fraud pages carry the hotline */
  hotline: boolean;
}

/** The large-print 1080×1350 card residents forward to family. */
export interface FamilyCard {
  /** The case in one line */
  title: string;
  /** Its surest signs, at most three */
  signs: string[];
}

/** The card's text for readers of the page and of link previews that cannot see it. */
export function shareCardAlt(card: ShareCard): string {
  const hotline = card.hotline ? `；反诈专线 ${site.hotline.number}` : '';
  return `${site.name}分享图：${card.label}｜${card.title}${hotline}`;
}

export function familyCardAlt(card: FamilyCard): string {
  const signs = card.signs.map((sign, index) => `${index + 1}. ${sign}`).join('；');
  return `转给家人看的大字卡片：${card.title}。最确定的诈骗信号：${signs}。拿不准就打反诈专线 ${site.hotline.number}。`;
}

export function siteCard(): ShareCard {
  return { label: '本市新闻 · 反诈骗', title: site.name, subtitle: site.description, hotline: true };
}

export function helpCard(): ShareCard {
  return { label: '我该怎么办', title: '接到可疑电话？对照看看是不是诈骗', subtitle: '勾选发生的情况，对照识别信号和真实案例。', hotline: true };
}

export function scamTypesCard(): ShareCard {
  return { label: '反诈骗', title: '常见骗局：识别信号、应对办法和真实案例', hotline: true };
}

export function storyCard(story: Story): ShareCard {
  return {
    label: story.kicker ?? getSection(story.section)?.name ?? '新闻',
    title: story.title,
    footer: formatContentDate(story.date),
    // A story about cases is an anti-fraud page, and shows the hotline like the page does.
    hotline: casesOfStory(story).length > 0,
  };
}

export function caseCard(fraudCase: FraudCase): ShareCard {
  const scamType = getScamType(fraudCase.scamType);
  return { label: scamType ? `反诈案例 · ${scamType.name}` : '反诈案例', title: fraudCase.title, hotline: true };
}

export function familyCard(fraudCase: FraudCase): FamilyCard {
  return { title: fraudCase.title, signs: surestSignsFirst(fraudCase.flags, 3) };
}

export function scamTypeCard(scamType: ScamType): ShareCard {
  return { label: '常见骗局', title: `${scamType.name}骗局：怎样识别，怎么应对`, subtitle: scamType.summary, hotline: true };
}

export function listingCard(listing: Listing): ShareCard {
  return { label: '稿件列表', title: listing.title, subtitle: listing.description, footer: `共 ${listing.stories.length} 篇稿件`, hotline: false };
}
