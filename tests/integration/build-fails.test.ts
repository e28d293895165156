/**
 * `next build` refuses invalid content with the same messages as content:check.
 * It builds into its own folder so it never touches the real build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editValid, makeContent } from '../helpers/content-fixture';

describe('next build with invalid content', () => {
  it('fails and prints the content errors', () => {
    const dir = makeContent(editValid('cases/sample-case.md', 'outcome: prevented', 'outcome: maybe'));
    // tsconfig.json lists .next-test/types so Next does not rewrite it for this folder.
    const distDir = '.next-test';
    const result = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], {
      env: { ...process.env, CONTENT_DIR: dir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    fs.rmSync(distDir, { recursive: true, force: true });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('cases/sample-case.md:7 → outcome：应为以下之一：prevented、lost、recovered、partly-recovered；实际为文本 "maybe"');
  }, 240_000);
});
