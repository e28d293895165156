import { Fragment } from 'react';
import type { Segment } from '@/lib/text/segments';

/**
 * Text segments as React text (escaped), the matched ones in <mark>: search titles and
 * snippets, the helper's quotes. Never HTML strings. The look is the site's `mark` rule.
 */
export function Highlight({ segments }: { segments: readonly Segment[] }) {
  return <>{segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>))}</>;
}
