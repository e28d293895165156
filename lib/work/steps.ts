/**
 * Long work written as steps (a generator that yields between pieces of work), so the
 * same code can run at once (tests, the benchmark, a build) or in slices with the
 * event loop running in between: a server reading 100,000 content files again or
 * indexing them for search works for seconds, and must keep answering requests meanwhile.
 */
export type Steps<T> = Generator<void, T, void>;

/** Steps already done, with `value`. */
export function* done<T>(value: T): Steps<T> {
  yield* [];
  return value;
}

/** Run the steps to the end now. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** How long a slice runs before the event loop gets a turn. */
export const SLICE_MS = 10;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Run the steps, giving the event loop a turn whenever a slice has run SLICE_MS. */
export async function runSliced<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let since = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - since >= sliceMs) {
      await turn();
      since = performance.now();
    }
  }
}
