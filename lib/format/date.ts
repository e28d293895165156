/** Dates are always shown in Beijing time, whatever the server's zone. */
import { SITE_TIME_ZONE, type ContentDate } from '../content/dates';

const dayFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: SITE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 2022年6月11日, or 2022年5月21日 03:00 when a time was given. */
export function formatContentDate(date: ContentDate): string {
  const day = dayFormat.format(date.epochMs);
  return date.hasTime ? `${day} ${timeFormat.format(date.epochMs)}` : day;
}

/** 2022年6月11日 00:00: the exact instant, for scheduled publication (a bare day means its first minute). */
export function formatDateAndTime(date: ContentDate): string {
  return `${dayFormat.format(date.epochMs)} ${timeFormat.format(date.epochMs)}`;
}
