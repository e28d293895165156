/** Production servers of a corpus build for the weight and lighthouse steps (loopback only). */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildCorpus, distDirFor } from './build';
import { CORPUS_ROOT, ensureCorpus, type CorpusInfo } from './corpus';
import { PROJECT_ROOT, sleep, waitFor } from './util';

export interface Running {
  base: string;
  corpus: CorpusInfo;
  stop: () => Promise<void>;
}

/** The build of `stories` (made when missing), served by deploy/start.sh (nginx → server.ts) or server.ts alone. */
export async function serveCorpus(stories: number, { via, port }: { via: 'deploy' | 'next'; port: number }): Promise<Running> {
  const corpus = ensureCorpus({ stories });
  const distDir = distDirFor(stories);
  if (!fs.existsSync(path.join(PROJECT_ROOT, distDir, 'BUILD_ID'))) {
    console.log(`==> no build in ${distDir}: building`);
    await buildCorpus(stories);
  }
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: path.relative(PROJECT_ROOT, corpus.dir),
    NEXT_DIST_DIR: distDir,
  } as NodeJS.ProcessEnv;
  let child: ChildProcess;
  if (via === 'deploy') {
    child = spawn('bash', ['deploy/start.sh'], {
      cwd: PROJECT_ROOT,
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...env, PORT: String(port), NEXT_PORT: String(port + 1), RUN_DIR: path.join(CORPUS_ROOT, `deploy-run-${port}`) },
    });
  } else {
    // The production server (server.ts, as `npm start`).
    child = spawn(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['server.ts', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: PROJECT_ROOT,
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  }
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // gone
    }
    await sleep(1000);
  };
  try {
    await waitFor(`${base}/robots.txt`, 300_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, corpus, stop };
}
