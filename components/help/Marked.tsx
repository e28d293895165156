import type { Segment } from '@/lib/fraud/help';

/** Text with the resident's matching words marked. */
export function Marked({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.matched ? (
          <mark key={index} className="help-mark">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
