/** A story's reading time counts the cases it shows (lib/content/queries.ts readingMinutesOf). */
import { describe, expect, it } from 'vitest';
import { withContentDir } from '../helpers/content-dir';
import { getStory, readingMinutesOf } from '@/lib/content/queries';
import { editValid, makeContent, VALID_FILES } from '../helpers/content-fixture';

const CASE_BODY = '案'.repeat(1600);
const secondCase = VALID_FILES['cases/sample-case.md']!.replace('title: 示例案例', 'title: 第二个案例').replace('案例经过。', CASE_BODY);
const dir = makeContent({
  ...editValid('cases/sample-case.md', '案例经过。', CASE_BODY),
  'cases/second-case.md': secondCase,
  ...editValid('stories/sample-story.md', 'cases: [sample-case]', 'cases: [sample-case, second-case]'),
  // The same story text without cases.
  'stories/plain-story.md': VALID_FILES['stories/sample-story.md']!.replace('cases: [sample-case]\n', '').replace('\n::cases\n', ''),
});
withContentDir(() => dir);

describe('reading time', () => {
  it('counts the text of every case a story shows, titles included', () => {
    const story = getStory('sample-story')!;
    const plain = getStory('plain-story')!;
    expect(readingMinutesOf(plain)).toBe(1);
    // Two cases of 1,600 characters each, plus titles and the story's own lines: about 8 minutes at 400 a minute.
    expect(readingMinutesOf(story)).toBe(8);
  });
});
