/** The typed records the site is built from: front matter (types inferred from the
 *  zod schemas) plus what is derived from the file once, at load time. */
import type { CaseFrontMatter, ScamTypeFrontMatter, Section, StoryFrontMatter, SurestSign } from './schema';
import type { RenderedBody } from './markdown';
import type { MediaFile, MediaImage } from './media';

interface Derived {
  slug: string;
  /** Source file, relative to the project root */
  file: string;
  body: RenderedBody;
}

export interface StoryImage extends MediaImage {
  alt: string;
  caption?: string;
  credit?: string;
}

export type Story = Omit<StoryFrontMatter, 'image'> &
  Derived & {
    kind: 'story';
    image?: StoryImage;
    /** The editor's summary, or one derived from the first paragraph */
    summary: string;
    readingMinutes: number;
  };

/** A red flag as the site uses it: its text, the step it belongs to when known,
 *  and whether it shows one of the surest signs (marked by the editor or recognised
 *  by the triggers in content/surest-signs.yml). */
export interface RedFlag {
  text: string;
  step?: number;
  antiIntervention: boolean;
}

export type FraudCase = Omit<CaseFrontMatter, 'redFlags'> &
  Derived & {
    kind: 'case';
    summary: string;
    /** The red flags' texts, in the editor's order */
    redFlags: string[];
    flags: RedFlag[];
  };

export type ScamType = ScamTypeFrontMatter & Derived & { kind: 'scam-type' };

export type ContentRecord = Story | FraudCase | ScamType;

export interface Content {
  sections: Section[];
  /** The scam's own moves that make a scam all but certain, in the editors' order */
  surestSigns: SurestSign[];
  /** Newest first */
  stories: Story[];
  /** Newest first */
  cases: FraudCase[];
  scamTypes: ScamType[];
  /** Every image the content refers to, by its /media/… URL */
  media: Map<string, MediaFile>;
}

export type { Section, SurestSign };
