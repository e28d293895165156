/**
 * The version of the code that turns a content file into its record, part of every
 * content-cache key: a change to the loader, the schemas, the Markdown pipeline, the
 * cache's own format or the packages they use never replays an outcome computed by
 * other code, and nobody has to remember to bump a number.
 *
 * It is a hash of the sources the loader imports (transitively, from the entry points
 * below) and of package-lock.json. `next build` computes it once in next.config.ts and
 * compiles it into the server (which has no sources to read); scripts and tests
 * compute it from the sources when first asked.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ENTRY_POINTS = ['lib/content/load.ts', 'lib/content/cached-loader.ts'];
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;

function resolveImport(root: string, from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(/*turbopackIgnore: true*/ root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(/*turbopackIgnore: true*/ path.dirname(/*turbopackIgnore: true*/ from), specifier);
  else return undefined; // a package: covered by package-lock.json
  return [`${base}.ts`, `${base}.tsx`, path.join(/*turbopackIgnore: true*/ base, 'index.ts'), base].find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

/** The loader's sources, relative to `root`, sorted: the entry points and everything they import. */
export function pipelineSources(root: string): string[] {
  const seen = new Set<string>();
  const pending = ENTRY_POINTS.map((entry) => path.join(/*turbopackIgnore: true*/ root, entry));
  while (pending.length) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const resolved = resolveImport(root, file, match[1] ?? '');
      if (resolved && !seen.has(resolved)) pending.push(resolved);
    }
  }
  return [...seen].map((file) => path.relative(/*turbopackIgnore: true*/ root, file)).sort();
}

/** Hash of the loader's sources and the locked package versions; throws when the sources are missing. */
export function versionFromSources(root: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of [...pipelineSources(root), 'package-lock.json']) {
    hash.update(`${file}\n`);
    hash.update(fs.readFileSync(path.join(/*turbopackIgnore: true*/ root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

let computed: string | undefined;

/** This process's pipeline version: the one compiled in by `next build`, else computed from ./lib. */
export function pipelineVersion(): string {
  return process.env.CONTENT_PIPELINE_VERSION || (computed ??= versionFromSources(/*turbopackIgnore: true*/ process.cwd()));
}
