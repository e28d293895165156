/** Chinese number display: large values in 万 / 亿 as a newspaper writes them. */

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

export function formatQuantity(value: number, unit?: string): string {
  return `${formatChineseNumber(value)}${unit ?? ''}`;
}

export function formatYuan(value: number): string {
  return formatQuantity(value, '元');
}
