/**
 * When a case happened and when the resident sought help. A report often dates a case
 * by the call to 96110 (5月21日凌晨3时许，张先生向反诈中心咨询) rather than by the scam,
 * so a case keeps the machine `date` (for ordering), says which of the two it is
 * (`dateIs`), and may give either time as the report words it (`occurred`, `soughtHelp`).
 * This file reads the month and day in those words, checks them against `date`, and
 * resolves their year; lib/format/case-time.ts shows them.
 */
import type { ContentDate } from './dates';
import type { DateRole } from './schema';

/** The free-text field that words each role's time. */
export const TIME_FIELDS = { occurred: 'occurred', 'sought-help': 'soughtHelp' } as const satisfies Record<DateRole, string>;
export type TimeField = (typeof TIME_FIELDS)[DateRole];

/** What editors call each time, in content:check messages. */
const ROLE_WORDS: Record<DateRole, string> = { occurred: '案发', 'sought-help': '求助' };

export interface CaseTimeInput {
  date: ContentDate;
  dateIs: DateRole;
  occurred?: string;
  soughtHelp?: string;
}

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The first “[YYYY年]M月D日” in the words, if any. */
const MONTH_DAY = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;

export function monthDayIn(text: string): { year?: number; month: number; day: number; atStart: boolean } | undefined {
  const match = MONTH_DAY.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return { year: year === undefined ? undefined : Number(year), month: Number(month), day: Number(day), atStart: match.index === 0 };
}

function dayOf(date: ContentDate): CalendarDay {
  const [year, month, day] = date.day.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

const order = (a: CalendarDay, b: CalendarDay) => a.year - b.year || a.month - b.month || a.day - b.day;

/**
 * The calendar day a role's words name. A year the report leaves out is the one that
 * puts the day nearest the dated event: 12月30日 beside a call for help on 2022-01-02
 * is 2021-12-30.
 */
export function resolvedDay(input: CaseTimeInput, role: DateRole): CalendarDay | undefined {
  const words = input[TIME_FIELDS[role]];
  const named = words === undefined ? undefined : monthDayIn(words);
  const dated = dayOf(input.date);
  if (!named) return role === input.dateIs ? dated : undefined;
  if (named.year !== undefined) return { year: named.year, month: named.month, day: named.day };
  const distance = (day: CalendarDay) => Math.abs(Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(dated.year, dated.month - 1, dated.day));
  const candidates = [dated.year, dated.year - 1, dated.year + 1].map((year) => ({ year, month: named.month, day: named.day }));
  return candidates.reduce((nearest, day) => (distance(day) < distance(nearest) ? day : nearest));
}

export interface CaseTimeProblem {
  field: TimeField;
  message: string;
}

/** The words must agree with `date` for the role it marks, and help cannot come before the scam. */
export function checkCaseTimes(input: CaseTimeInput): CaseTimeProblem[] {
  const problems: CaseTimeProblem[] = [];
  const field = TIME_FIELDS[input.dateIs];
  const words = input[field];
  const named = words === undefined ? undefined : monthDayIn(words);
  const dated = dayOf(input.date);
  if (words !== undefined && named && (named.month !== dated.month || named.day !== dated.day || (named.year !== undefined && named.year !== dated.year))) {
    problems.push({
      field,
      message: `写的是“${words}”，但 date 是 ${input.date.day}：dateIs 为 ${input.dateIs}，date 应当就是${ROLE_WORDS[input.dateIs]}那一天；请按报道核对其中一个`,
    });
  }
  const scam = resolvedDay(input, 'occurred');
  const help = resolvedDay(input, 'sought-help');
  if (problems.length === 0 && scam && help && order(help, scam) < 0) {
    const shown = (role: DateRole) => input[TIME_FIELDS[role]] ?? input.date.day;
    problems.push({
      field: input.dateIs === 'occurred' ? 'soughtHelp' : 'occurred',
      message: `求助时间“${shown('sought-help')}”早于案发时间“${shown('occurred')}”；请按报道核对`,
    });
  }
  return problems;
}
