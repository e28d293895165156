/**
 * Several instances, one truth (lib/shared-cache/): deploy/start.sh with two instances
 * behind nginx starts a redis-server of its own, and the instances share Next's cache and
 * its revalidations through it. A page one instance renders is served by the other from
 * Redis; a publish shows on both and through nginx; when Redis hangs or is killed, every
 * instance keeps answering, and nothing older than a publish made meanwhile comes back
 * from Redis when it returns. Polls with deadlines, no timing assertions.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { showsEverywhere, startStack, type Stack } from './deploy-stack';
import { save, storyFile } from './live-server';

const NGINX_PORT = 3170;

let stack: Stack;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  stack = await startStack('deploy-shared-cache', NGINX_PORT);
});

test.afterAll(() => {
  // A Redis left stopped would not stop when start.sh asks it to.
  signalRedis('SIGCONT');
  stack?.stop();
});

const redisConf = () => path.join(stack.runDir, 'redis', 'redis.conf');
const redisPid = () => Number(fs.readFileSync(path.join(stack.runDir, 'redis', 'redis.pid'), 'utf8'));

function signalRedis(signal: NodeJS.Signals): void {
  try {
    process.kill(redisPid(), signal);
  } catch {
    // not running, or no pid file yet
  }
}

const storyPath = (slug: string) => path.join(stack.contentDir, 'stories', `${slug}.md`);
/** How often the instances logged `text` (one line per event and instance). */
const logged = (text: string) => stack.output().split(text).length - 1;

/**
 * Publish `count` stories nobody has asked for yet: no instance has rendered them, and the
 * build never prerendered them. One more story, published with them, is read everywhere
 * to know they are live (a change is applied whole).
 */
async function publishFresh(prefix: string, count: number): Promise<string[]> {
  const title = (slug: string) => `共享缓存稿件 ${slug}`;
  const slugs = Array.from({ length: count + 1 }, (_, i) => `${prefix}-${i}`);
  for (const slug of slugs) save(storyPath(slug), storyFile({ title: title(slug), date: '2024-01-04' }));
  await showsEverywhere(stack.all, `/news/${prefix}-0`, title(`${prefix}-0`));
  return slugs.slice(1);
}

/**
 * The second instance answers from Redis (x-nextjs-cache: HIT) the first time it is asked
 * for a page the first instance has just rendered, with the same lifetime (Cache-Control).
 * Each story is asked once: a revalidation between the two requests (each publish
 * revalidates twice) only moves on to the next one.
 */
async function servedFromRedis(slugs: string[]): Promise<void> {
  const [first, second] = stack.instances;
  const pending = [...slugs];
  await expect
    .poll(
      async () => {
        const slug = pending.shift();
        if (!slug) return 'no story left to try';
        const rendered = await fetch(`${first}/news/${slug}`);
        const shared = await fetch(`${second}/news/${slug}`);
        expect(rendered.status).toBe(200);
        expect(shared.status).toBe(200);
        expect(await shared.text()).toContain(`共享缓存稿件 ${slug}`);
        return `${shared.headers.get('x-nextjs-cache')} ${shared.headers.get('cache-control') === rendered.headers.get('cache-control')}`;
      },
      { timeout: 60_000 },
    )
    .toBe('HIT true');
}

test('the instances share Redis: a page one renders, the other serves from it', async () => {
  await expect.poll(() => logged("Next's page cache is shared with every instance through Redis"), { timeout: 30_000 }).toBe(2);
  await servedFromRedis(await publishFresh('shared', 8));
});

test('a publish is seen by every instance and through nginx, and nothing older comes back', async () => {
  save(storyPath('shared-1'), storyFile({ title: '共享缓存改过一次', date: '2024-01-04' }));
  await showsEverywhere(stack.all, '/news/shared-1', '共享缓存改过一次');
  await showsEverywhere(stack.all, '/', '共享缓存改过一次');
  await showsEverywhere(stack.all, '/feed.xml', '共享缓存改过一次');
});

/** Waits until every instance has logged `text` once more than `before` times: one line per instance and event. */
async function eachInstanceLogged(text: string, before: number): Promise<void> {
  await expect.poll(() => logged(text), { timeout: 30_000 }).toBe(before + stack.instances.length);
}

/** Until the second instance serves `url` from Redis: an entry rendered since the last revalidation is there. */
async function inRedis(url: string): Promise<void> {
  const [first, second] = stack.instances;
  await expect
    .poll(async () => (await fetch(`${first}${url}`)).ok && (await fetch(`${second}${url}`)).headers.get('x-nextjs-cache'), { timeout: 30_000 })
    .toBe('HIT');
}

test('a Redis that hangs holds no request up, and when it resumes nothing older than a publish made meanwhile comes back', async () => {
  const [failed, back] = [logged(') failed: '), logged(') answers again')];
  await inRedis('/news/shared-1');
  signalRedis('SIGSTOP');
  // Every instance keeps answering (after at most one command timeout), from its own memory.
  for (const base of stack.all) expect((await fetch(`${base}/news/shared-1`)).status).toBe(200);
  save(storyPath('shared-1'), storyFile({ title: '共享缓存改过两次', date: '2024-01-04' }));
  await showsEverywhere(stack.all, '/news/shared-1', '共享缓存改过两次');
  await eachInstanceLogged(') failed: ', failed);

  signalRedis('SIGCONT');
  await eachInstanceLogged(') answers again', back);
  await showsEverywhere(stack.all, '/news/shared-1', '共享缓存改过两次');
  await showsEverywhere(stack.all, '/', '共享缓存改过两次');
  expect(logged(') failed: ')).toBe(failed + stack.instances.length);
});

test('cut off from the instances, Redis keeps its pages, yet none older than a publish made meanwhile comes back', async () => {
  const [failed, back, replayed] = [logged(') failed: '), logged(') answers again'), logged('made meanwhile replayed into it')];
  const socket = /^unixsocket (.+)$/m.exec(fs.readFileSync(redisConf(), 'utf8'))?.[1] ?? '';
  await inRedis('/news/shared-4');
  // The instances lose Redis (their connections dropped, the socket gone) while it keeps every page.
  fs.renameSync(socket, `${socket}.away`);
  expect(spawnSync('redis-cli', ['-s', `${socket}.away`, 'CLIENT', 'KILL', 'TYPE', 'normal'], { encoding: 'utf8' }).status).toBe(0);
  for (const base of stack.all) expect((await fetch(`${base}/news/shared-4`)).status).toBe(200);
  await eachInstanceLogged(') failed: ', failed);
  save(storyPath('shared-4'), storyFile({ title: '共享缓存断开时改过', date: '2024-01-04' }));
  await showsEverywhere(stack.all, '/news/shared-4', '共享缓存断开时改过');

  // Back: Redis still holds the page from before the change. The revalidations made
  // meanwhile are replayed into it (for any reader that did not make them, as the
  // integration test shows), and no instance serves the old page.
  fs.renameSync(`${socket}.away`, socket);
  await eachInstanceLogged(') answers again', back);
  await showsEverywhere(stack.all, '/news/shared-4', '共享缓存断开时改过');
  expect(logged('made meanwhile replayed into it')).toBe(replayed + stack.instances.length);
});

test('killed, Redis leaves every instance answering; started again, the cache recovers', async () => {
  const [failed, back] = [logged(') failed: '), logged(') answers again')];
  signalRedis('SIGKILL');
  for (const url of ['/', '/news/shared-2', '/sitemap.xml', '/feed.xml', '/news/telecom-fraud-crackdown']) {
    for (const base of stack.all) expect((await fetch(`${base}${url}`)).status, `${base}${url}`).toBe(200);
  }
  await eachInstanceLogged(') failed: ', failed);
  // A publish while Redis is away still reaches every instance.
  save(storyPath('shared-2'), storyFile({ title: '没有共享缓存时发布', date: '2024-01-04' }));
  await showsEverywhere(stack.all, '/news/shared-2', '没有共享缓存时发布');

  // Started again the way deploy/redis.sh starts it: empty, on the same socket.
  spawn('redis-server', [redisConf()], { detached: true, stdio: 'ignore' }).unref();
  await eachInstanceLogged(') answers again', back);
  save(storyPath('shared-3'), storyFile({ title: '共享缓存恢复以后发布', date: '2024-01-04' }));
  await showsEverywhere(stack.all, '/news/shared-3', '共享缓存恢复以后发布');
  await showsEverywhere(stack.all, '/news/shared-2', '没有共享缓存时发布');
  await servedFromRedis(await publishFresh('recovered', 8));
  // One outage, one line per instance, however many requests it failed.
  expect(logged(') failed: ')).toBe(failed + stack.instances.length);
});
