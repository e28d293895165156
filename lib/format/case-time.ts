/** A case's times for readers: the report's words with the year it leaves out, labelled. */
import { resolvedDay, TIME_FIELDS, type CalendarDay, type CaseTimeInput } from '../content/case-time';
import { DATE_ROLE_LABELS } from '../content/labels';
import { DATE_ROLES, type DateRole } from '../content/schema';
import { formatContentDate } from './date';

export interface CaseTime {
  role: DateRole;
  /** 案发时间 or 求助时间 */
  label: string;
  /** 2022年5月21日凌晨3时许: the report's words, or the formatted date */
  text: string;
  /** For <time datetime>, when the day is known: 2022-05-21 */
  dateTime?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (day: CalendarDay) => `${day.year}-${pad(day.month)}-${pad(day.day)}`;

/** “5月21日凌晨3时许” → “2022年5月21日凌晨3时许”; words that do not start with a month stay as they are. */
export function withYear(words: string, day: CalendarDay | undefined): string {
  if (!day || !/^\d{1,2}月\d{1,2}日/.test(words)) return words;
  return `${day.year}年${words}`;
}

/** The times a case can tell, scam first: the dated one always, the other when the report words it. */
export function caseTimes(input: CaseTimeInput): CaseTime[] {
  return DATE_ROLES.flatMap((role): CaseTime[] => {
    const words = input[TIME_FIELDS[role]];
    const day = resolvedDay(input, role);
    if (words !== undefined) return [{ role, label: DATE_ROLE_LABELS[role], text: withYear(words, day), dateTime: day && isoDay(day) }];
    if (role !== input.dateIs) return [];
    return [{ role, label: DATE_ROLE_LABELS[role], text: formatContentDate(input.date), dateTime: input.date.hasTime ? input.date.iso : input.date.day }];
  });
}
