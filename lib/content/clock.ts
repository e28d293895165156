/**
 * What time it is, for publication: the query layer, the preview's badges and the
 * publisher's timer read this clock, and tests replace it (setClock) instead of
 * waiting. Kept on globalThis so every bundled copy of this module reads the same one.
 */
export interface Clock {
  /** Milliseconds since the epoch */
  now(): number;
}

export const SYSTEM_CLOCK: Clock = { now: () => Date.now() };

const slot = ((globalThis as { [key: symbol]: { clock: Clock } | undefined })[Symbol.for('municipal-news.clock')] ??= { clock: SYSTEM_CLOCK });

export function now(): number {
  return slot.clock.now();
}

/** Use another clock (tests); setClock(SYSTEM_CLOCK) goes back to real time. */
export function setClock(clock: Clock): void {
  slot.clock = clock;
}
