import { PageLink } from '@/components/PageLink';
import type { FraudCase, Story } from '@/lib/content/records';
import { SanitizedHtml } from './SanitizedHtml';
import { paths } from '@/lib/site/urls';

/** The story's body in its written order, with its cases where `::cases` stands. */
export function StoryBody({ story, cases }: { story: Story; cases: readonly FraudCase[] }) {
  const written = story.body.read().segments;
  const segments = story.body.hasCasesMarker || cases.length === 0 ? written : [...written, { kind: 'cases' as const }];
  return (
    <div className="story-body">
      {segments.map((segment, index) =>
        segment.kind === 'html' ? (
          <SanitizedHtml key={index} html={segment.html} />
        ) : (
          <div key={index} className="story-cases">
            {cases.map((fraudCase) => (
              <section key={fraudCase.slug} className="story-case" aria-labelledby={`case-${fraudCase.slug}`}>
                <h2 id={`case-${fraudCase.slug}`}>{fraudCase.title}</h2>
                <SanitizedHtml html={fraudCase.body.read().html} />
                <p className="story-case__more">
                  <PageLink href={paths.fraudCase(fraudCase.slug)}>案例详解：{fraudCase.title}</PageLink>
                </p>
              </section>
            ))}
          </div>
        ),
      )}
    </div>
  );
}
