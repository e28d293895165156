/** The typed records the site is built from: front matter (types inferred from the
 *  zod schemas) plus what is derived from the file once, at load time. */
import type { CaseFrontMatter, ScamTypeFrontMatter, Section, StoryFrontMatter } from './schema';
import type { RenderedBody } from './markdown';

interface Derived {
  slug: string;
  /** Source file, relative to the project root */
  file: string;
  body: RenderedBody;
}

export type Story = StoryFrontMatter &
  Derived & {
    kind: 'story';
    /** The editor's summary, or one derived from the first paragraph */
    summary: string;
    readingMinutes: number;
  };

export type FraudCase = CaseFrontMatter & Derived & { kind: 'case'; summary: string };

export type ScamType = ScamTypeFrontMatter & Derived & { kind: 'scam-type' };

export type ContentRecord = Story | FraudCase | ScamType;

export interface Content {
  sections: Section[];
  /** Newest first */
  stories: Story[];
  /** Newest first */
  cases: FraudCase[];
  scamTypes: ScamType[];
}

export type { Section };
