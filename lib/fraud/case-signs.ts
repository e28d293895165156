import type { RedFlag } from '../content/records';

/**
 * A case's surest signs for a short list (the family card): the flags that mark a
 * scammer cutting the victim off from help first, then the others, each group in the
 * editor's order.
 */
export function surestSignsFirst(flags: readonly RedFlag[], count: number): string[] {
  const ordered = [...flags.filter((flag) => flag.antiIntervention), ...flags.filter((flag) => !flag.antiIntervention)];
  return ordered.slice(0, count).map((flag) => flag.text);
}
