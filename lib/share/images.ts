/**
 * The share images as pages refer to them (og:image, JSON-LD `image`, the family card
 * link): address, size and alt text. The address carries a version taken from what the
 * card says, so a corrected headline gets a new URL: chat apps and browsers keep an
 * image for as long as a year.
 */
import crypto from 'node:crypto';
import type { FraudCase, ScamType, Story } from '../content/records';
import type { Listing } from '../site/listings';
import { paths } from '../site/urls';
import {
  caseCard,
  familyCard,
  familyCardAlt,
  helpCard,
  listingCard,
  scamTypeCard,
  scamTypesCard,
  shareCardAlt,
  siteCard,
  storyCard,
  type FamilyCard,
  type ShareCard,
} from './cards';

export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;
export const FAMILY_CARD_SIZE = { width: 1080, height: 1350 } as const;

/** Bump when the drawing (lib/share/render.tsx) changes, so every card gets a new address. */
const LAYOUT_VERSION = 1;

export interface CardImage {
  /** Site path with the version query */
  url: string;
  width: number;
  height: number;
  alt: string;
}

function versioned(path: string, card: ShareCard | FamilyCard): string {
  const version = crypto
    .createHash('sha256')
    .update(JSON.stringify([LAYOUT_VERSION, card]))
    .digest('base64url')
    .slice(0, 10);
  return `${path}?v=${version}`;
}

function shareImage(pagePath: string, card: ShareCard): CardImage {
  return { url: versioned(paths.shareCard(pagePath), card), ...SHARE_CARD_SIZE, alt: shareCardAlt(card) };
}

export const shareImages = {
  /** The home page, and pages with no card of their own (search, archive, errors) */
  site: () => shareImage(paths.home(), siteCard()),
  help: () => shareImage(paths.help(), helpCard()),
  scamTypes: () => shareImage(paths.scamTypes(), scamTypesCard()),
  story: (story: Story) => shareImage(paths.story(story.slug), storyCard(story)),
  fraudCase: (fraudCase: FraudCase) => shareImage(paths.fraudCase(fraudCase.slug), caseCard(fraudCase)),
  scamType: (scamType: ScamType) => shareImage(paths.scamType(scamType.slug), scamTypeCard(scamType)),
  listing: (listing: Listing) => shareImage(listing.basePath, listingCard(listing)),
} as const;

export function familyImage(fraudCase: FraudCase): CardImage {
  const card = familyCard(fraudCase);
  return { url: versioned(paths.familyCard(fraudCase.slug), card), ...FAMILY_CARD_SIZE, alt: familyCardAlt(card) };
}
