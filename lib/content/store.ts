/**
 * The one place the site gets content from: the content folder, loaded through the
 * content cache (cached-loader.ts), validated, and kept in memory for the process.
 * Requests never touch the content files (story bodies are read from the cache).
 *
 *   - Build and production server: loaded on first use. Invalid content throws with
 *     every problem listed, so a build or a server start fails with the messages of
 *     `npm run content:check`. After that, only reloadContent() (live publishing,
 *     publisher.ts) replaces it, and only with content that has no errors: a bad
 *     change leaves the last good content in place.
 *   - Preview (`next dev`): reloaded whenever a file changes; a broken file does not
 *     take the site down: its record is left out and its problems are shown on every
 *     page (components/DevContentProblems).
 *
 * The state lives on globalThis: a bundler may instantiate this module more than once
 * in one process (route bundles), and they must all see the same content.
 */
import { isBuilding, recordBuild } from './build-record';
import { CachedFileLoader } from './cached-loader';
import { now } from './clock';
import { FileCache } from './file-cache';
import { digest } from './file-hashes';
import { contentCacheDir, contentDir, isPreview } from './folder';
import { hasErrors, loadContentSteps, type LoadResult } from './load';
import { warnOnce } from './log-once';
import { pipelineVersion } from './pipeline-version';
import { folderStamp } from './preview-version';
import { ContentValidationError, errorsOf, type ContentProblem } from './problems';
import type { Content } from './records';
import { collectWarnings } from './warnings';
import { done, runNow, type Steps } from '../work/steps';

export { contentDir, isPreview } from './folder';

interface Loaded {
  result: LoadResult;
  /** Identifies the content: the same in every process that loaded the same files with the same code */
  version: string;
  /** The preview's change detector when it was loaded */
  stamp?: string;
}

interface FolderState {
  dir: string;
  loader: CachedFileLoader;
  current?: Loaded;
}

const slot = (globalThis as { [key: symbol]: { state?: FolderState } })[Symbol.for('municipal-news.content')] ??= {};

/** The loader for the folder: the disk cache when it is on, and the pipeline's version is known. */
function newLoader(): CachedFileLoader {
  let pipeline: string;
  try {
    pipeline = pipelineVersion();
  } catch (error) {
    warnOnce('pipeline', `cannot tell the content pipeline's version (${(error as Error).message}); content is parsed without the disk cache`);
    return new CachedFileLoader('unknown');
  }
  const cacheDir = contentCacheDir();
  return new CachedFileLoader(pipeline, cacheDir ? new FileCache(cacheDir) : undefined);
}

function folderState(): FolderState {
  const dir = contentDir();
  if (slot.state?.dir !== dir) slot.state = { dir, loader: newLoader() };
  return slot.state;
}

function load(state: FolderState): Loaded {
  return runNow(loadSteps(state));
}

function* loadSteps(state: FolderState): Steps<Loaded> {
  const stamp = isPreview() ? folderStamp(state.dir) : undefined;
  const result = yield* loadContentSteps(state.dir, { files: state.loader });
  const files = state.loader.finishPass();
  const version = digest(`${files}\n${JSON.stringify(result.content.sections)}\n${JSON.stringify(result.content.surestSigns)}`).slice(0, 16);
  return { result, version, stamp };
}

function current(): Loaded {
  const state = folderState();
  if (!state.current || (isPreview() && state.current.stamp !== folderStamp(state.dir))) {
    state.current = load(state);
    if (isBuilding() && !hasErrors(state.current.result)) recordBuild({ version: state.current.version, loadedAt: now() });
  }
  return state.current;
}

export function getContent(): Content {
  const { result } = current();
  if (hasErrors(result) && !isPreview()) throw new ContentValidationError(result.problems);
  return result.content;
}

/** The version of the content being served (see Loaded.version). */
export function contentVersion(): string {
  return current().version;
}

/** Problems to show editors in the preview; always empty in production (a build with errors fails). */
export function previewProblems(): ContentProblem[] {
  if (!isPreview()) return [];
  const { result } = current();
  return [...result.problems, ...collectWarnings(result.content)];
}

export type Reload =
  | { status: 'unchanged'; version: string }
  | { status: 'published'; version: string; previous?: string }
  | { status: 'refused'; version?: string; problems: ContentProblem[] }
  /** Files changed while they were read: nothing was applied, read again once they settle */
  | { status: 'moving' };

/**
 * Read the folder again and serve what it holds now, whole or not at all: content with
 * an error is refused (its problems returned) and the last good content stays; so does
 * content read while `settled` says the files were still changing.
 */
export function reloadContent(settled: () => boolean = () => true): Reload {
  return runNow(reloadSteps(() => done(settled())));
}

/**
 * reloadContent in steps (lib/work/steps.ts), `settled` too (it walks the folder): live
 * publishing reads 100,000 files again on a server that keeps answering meanwhile. One
 * reload at a time: the loader's pass is not shared (the publisher waits for each).
 */
export function* reloadSteps(settled: () => Steps<boolean>): Steps<Reload> {
  const state = folderState();
  const previous = state.current;
  const next = yield* loadSteps(state);
  if (!(yield* settled())) return { status: 'moving' };
  if (hasErrors(next.result)) return { status: 'refused', version: previous?.version, problems: errorsOf(next.result.problems) };
  if (previous && !hasErrors(previous.result) && previous.version === next.version) return { status: 'unchanged', version: next.version };
  state.current = next;
  return { status: 'published', version: next.version, previous: previous?.version };
}
