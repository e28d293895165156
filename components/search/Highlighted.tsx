import { Fragment } from 'react';
import type { Segment } from '@/lib/search/types';

/** Text segments as React text (escaped), matched ones in <mark>. Never HTML strings. */
export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>))}
    </>
  );
}
