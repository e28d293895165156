/** Chinese number display: large values in 万 / 亿 as a newspaper writes them. */
import type { Amount } from '../content/schema';

function trimmed(value: number, digits: number): string {
  return value.toFixed(digits).replace(/\.?0+$/, '');
}

/** 20857000 → 2085.7万, 3364 → 3364, 2760000 → 276万, 43.9 → 43.9 */
export function formatChineseNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e8) return `${trimmed(value / 1e8, 2)}亿`;
  if (magnitude >= 1e4) return `${trimmed(value / 1e4, 2)}万`;
  return trimmed(value, 2);
}

/** 2760000 人 → 276万人; approximate, as the paper says 276万余人 → 276万余人. */
export function formatQuantity(value: number, unit?: string, approx = false): string {
  return `${formatChineseNumber(value)}${approx ? '余' : ''}${unit ?? ''}`;
}

/** 62000 → 6.2万元; { value: 150000, approx: true } → 15万余元 */
export function formatAmount(amount: Amount): string {
  return formatQuantity(amount.value, '元', amount.approx);
}
