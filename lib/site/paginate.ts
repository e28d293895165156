/** Lists show 20 items a page. */
export const PAGE_SIZE = 20;

export interface Paged<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Undefined when the page does not exist, so the route can answer 404. */
export function paginate<T>(items: readonly T[], page: number, pageSize = PAGE_SIZE): Paged<T> | undefined {
  const pages = pageCount(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pages, total: items.length };
}

/** A page number from a path segment: digits only, no leading zero. */
export function parsePageParam(value: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : undefined;
}

/** A /page/N segment: page 1 lives at the list's own address, so /page/1 is not a page. */
export function parseLaterPage(value: string): number | undefined {
  const page = parsePageParam(value);
  return page !== undefined && page > 1 ? page : undefined;
}

/** The page numbers a pagination shows: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pages: number): number[] {
  return Array.from({ length: pages }, (_, index) => index + 1).filter((number) => number === 1 || number === pages || Math.abs(number - page) <= 2);
}
