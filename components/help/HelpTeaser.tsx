import { PageLink } from '@/components/PageLink';
import { HELP_PATH } from '@/lib/fraud/help-request';

/**
 * A pointer to the helper for the home and case pages. Deliberately no heading and no
 * landmark, so it fits into any page's outline wherever it is placed.
 */
export function HelpTeaser() {
  return (
    <div className="callout help-teaser">
      <p className="callout__lead">
        <strong>接到可疑电话？</strong>{' '}
        <PageLink href={HELP_PATH}>
          对照看看 <span aria-hidden="true">→</span> 我该怎么办
        </PageLink>
      </p>
    </div>
  );
}
