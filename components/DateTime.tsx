import type { ContentDate } from '@/lib/content/dates';
import { formatContentDate } from '@/lib/format/date';

export function DateTime({ date }: { date: ContentDate }) {
  return <time dateTime={date.hasTime ? date.iso : date.day}>{formatContentDate(date)}</time>;
}
