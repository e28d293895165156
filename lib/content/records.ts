/** The typed records the site is built from: front matter (types inferred from the
 *  zod schemas) plus what is derived from the file once, at load time. */
import type { BaseRecord, Collections } from './kind';
import type { CONTENT_KINDS } from './kinds';
import type { CaseFrontMatter, GlossaryEntry, HelpFrontMatter, ScamTypeFrontMatter, Section, StoryFrontMatter, SurestSign } from './schema';
import type { MediaFile, MediaImage } from './media';

type Derived = Omit<BaseRecord, 'kind'>;

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
    /** Characters of its own text; its reading time adds the cases it shows (queries.ts readingMinutesOf) */
    characters: number;
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
    /** Characters a story that shows the case adds to its reading: title and body */
    characters: number;
    /** The red flags' texts, in the editor's order */
    redFlags: string[];
    flags: RedFlag[];
  };

export type ScamType = ScamTypeFrontMatter & Derived & { kind: 'scam-type' };

/** An after-care page (content/help/<slug>.md): what to do once something has happened. */
export type Situation = HelpFrontMatter & Derived & { kind: 'help' };

/** Every kind's records under its collection name (content.stories, content.cases …),
 *  each in the order its entry in kinds.ts gives. */
export type KindCollections = Collections<typeof CONTENT_KINDS>;

export type Content = KindCollections & {
  sections: Section[];
  /** The scam's own moves that make a scam all but certain, in the editors' order */
  surestSigns: SurestSign[];
  /** Words explained in place on the pages (content/glossary.yml), in the editors' order */
  glossary: GlossaryEntry[];
  /** Every image the content refers to, by its /media/… URL */
  media: Map<string, MediaFile>;
};

export type { GlossaryEntry, Section, SurestSign };
