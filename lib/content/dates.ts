/**
 * Content dates. Editors write a calendar day (`2022-06-11`) or an ISO date-time;
 * a value without an offset means Beijing time. YAML (or a caller using js-yaml)
 * may hand us a Date at UTC midnight for an unquoted day: that still means the
 * calendar day written, never the day before or after in another zone.
 */

export const SITE_TIME_ZONE = 'Asia/Shanghai';
const BEIJING_OFFSET = '+08:00';
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface ContentDate {
  /** ISO 8601 instant with the +08:00 offset, e.g. 2022-06-11T00:00:00+08:00 */
  iso: string;
  /** The calendar day in Beijing, YYYY-MM-DD */
  day: string;
  /** False when the editor gave only a day */
  hasTime: boolean;
  /** Milliseconds since the epoch, for sorting and comparing */
  epochMs: number;
}

export type DateParseResult = { ok: true; value: ContentDate } | { ok: false; reason: string };

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

const EXPECTED = '日期格式应为 YYYY-MM-DD（如 2022-06-11）或 ISO 日期时间（如 2022-06-11T09:30 或 2022-06-11T09:30:00+08:00）';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function fromBeijingWallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  hasTime: boolean,
): ContentDate {
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second) - BEIJING_OFFSET_MS;
  return {
    iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${BEIJING_OFFSET}`,
    day: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    hasTime,
    epochMs,
  };
}

/** Express an absolute instant as Beijing wall-clock time. */
export function fromInstant(epochMs: number, hasTime = true): ContentDate {
  const beijing = new Date(epochMs + BEIJING_OFFSET_MS);
  return fromBeijingWallClock(
    beijing.getUTCFullYear(),
    beijing.getUTCMonth() + 1,
    beijing.getUTCDate(),
    beijing.getUTCHours(),
    beijing.getUTCMinutes(),
    beijing.getUTCSeconds(),
    hasTime,
  );
}

function parseString(raw: string): DateParseResult {
  const text = raw.trim();
  const dayMatch = DAY_ONLY.exec(text);
  if (dayMatch) {
    const [year, month, day] = [Number(dayMatch[1]), Number(dayMatch[2]), Number(dayMatch[3])];
    if (!isRealDay(year, month, day)) return { ok: false, reason: `“${text}”不是真实存在的日期` };
    return { ok: true, value: fromBeijingWallClock(year, month, day, 0, 0, 0, false) };
  }
  const m = DATE_TIME.exec(text);
  if (!m) return { ok: false, reason: `“${text}”无法识别。${EXPECTED}` };
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i])) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] ? Number(m[6]) : 0;
  if (!isRealDay(year, month, day)) return { ok: false, reason: `“${text}”不是真实存在的日期` };
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `“${text}”中的时间不存在（时 0–23，分、秒 0–59）` };
  }
  const zone = m[8];
  if (!zone) return { ok: true, value: fromBeijingWallClock(year, month, day, hour, minute, second, true) };
  let offsetMs = 0;
  if (zone !== 'Z') {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5));
    if (hours > 14 || minutes > 59) return { ok: false, reason: `“${text}”中的时区偏移无效` };
    offsetMs = sign * (hours * 60 + minutes) * 60_000;
  }
  return { ok: true, value: fromInstant(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMs) };
}

function parseDateObject(date: Date): DateParseResult {
  if (Number.isNaN(date.getTime())) return { ok: false, reason: `无效的日期。${EXPECTED}` };
  const isUtcMidnight =
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0 &&
    date.getUTCMilliseconds() === 0;
  if (isUtcMidnight) {
    // An unquoted YAML day: keep the calendar day the editor wrote.
    return {
      ok: true,
      value: fromBeijingWallClock(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), 0, 0, 0, false),
    };
  }
  return { ok: true, value: fromInstant(date.getTime()) };
}

export function parseContentDate(input: unknown): DateParseResult {
  if (input instanceof Date) return parseDateObject(input);
  if (typeof input === 'string') return parseString(input);
  const found = input === null ? '空值' : typeof input === 'number' ? `数字 ${input}` : typeof input;
  return { ok: false, reason: `实际为${found}。${EXPECTED}（写成 "2022-06-11" 最稳妥）` };
}

/** When a record last changed: its `updated` date, else its `date`. */
export function lastModified(record: { date: ContentDate; updated?: ContentDate }): ContentDate {
  return record.updated ?? record.date;
}
