/**
 * When a record is public. A story or case is published at its `date`: one dated in
 * the future is scheduled (embargoed) until that instant, Beijing time when no zone is
 * written; `draft: true` keeps it unpublished whatever its date. Everything readers can
 * reach goes through the query layer (queries.ts), which applies this with the clock
 * (clock.ts); the publisher (publisher.ts) wakes the servers at each release instant.
 */
import type { ContentDate } from './dates';
import type { Content, FraudCase, Story } from './records';

export type Publication = 'draft' | 'scheduled' | 'published';

/** What publication needs to know about a record. */
export interface Publishable {
  draft: boolean;
  date: ContentDate;
}

export function publicationOf(record: Publishable, now: number): Publication {
  if (record.draft) return 'draft';
  return record.date.epochMs > now ? 'scheduled' : 'published';
}

export function isPublic(record: Publishable, now: number): boolean {
  return publicationOf(record, now) === 'published';
}

/** The records that have a publication date: stories and cases. */
function dated(content: Content): (Story | FraudCase)[] {
  return [...content.stories, ...content.cases];
}

/** Scheduled records, soonest first. */
export function scheduledRecords(content: Content, now: number): (Story | FraudCase)[] {
  return dated(content)
    .filter((record) => publicationOf(record, now) === 'scheduled')
    .sort((a, b) => a.date.epochMs - b.date.epochMs || a.file.localeCompare(b.file));
}

/** The next instant after `now` at which a scheduled record goes public, if any. */
export function nextRelease(content: Content, now: number): number | undefined {
  let next: number | undefined;
  for (const record of dated(content)) {
    if (publicationOf(record, now) === 'scheduled' && (next === undefined || record.date.epochMs < next)) next = record.date.epochMs;
  }
  return next;
}
