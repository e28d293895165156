import { now } from '@/lib/content/clock';
import { formatDateAndTime } from '@/lib/format/date';
import { publicationOf, type Publishable } from '@/lib/content/publication';

/**
 * 草稿 or 定时 beside a record that readers cannot see yet: only the preview
 * (`next dev`) lists such records, so on the public site this renders nothing.
 */
export function PublicationBadge({ record }: { record: Publishable }) {
  const publication = publicationOf(record, now());
  if (publication === 'draft') return <span className="draft-badge">草稿</span>;
  if (publication === 'scheduled') {
    return (
      <span className="draft-badge" title={`定时发布：北京时间 ${formatDateAndTime(record.date)}`}>
        定时 {formatDateAndTime(record.date)}
      </span>
    );
  }
  return null;
}
