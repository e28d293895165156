import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_KEEP_ALIVE_MS } from '@/lib/server/keep-alive';

const NGINX_CONF = fs.readFileSync(path.join(__dirname, '../../deploy/nginx.conf'), 'utf8');

/** nginx's time units as the config may write them (`4s`, `500ms`, `1m`, or bare seconds). */
function milliseconds(value: string): number {
  const match = /^(\d+)(ms|s|m)?$/.exec(value);
  if (!match) throw new Error(`not an nginx time: ${value}`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000 }[match[2] ?? 's']!;
}

describe('keep-alive between nginx and the servers', () => {
  it('nginx lets an idle upstream connection go before the server closes it', () => {
    const upstream = /upstream next_app \{([^}]*)\}/.exec(NGINX_CONF)?.[1] ?? '';
    const timeout = /^\s*keepalive_timeout\s+(\S+);/m.exec(upstream)?.[1];
    expect(timeout, 'the upstream block sets keepalive_timeout (nginx’s default, 60 s, outlives the server’s)').toBeDefined();
    expect(milliseconds(timeout!)).toBeLessThan(SERVER_KEEP_ALIVE_MS);
  });

  it('reads nginx time units', () => {
    expect([milliseconds('4s'), milliseconds('500ms'), milliseconds('1m'), milliseconds('3')]).toEqual([4000, 500, 60_000, 3000]);
    expect(() => milliseconds('4 s')).toThrow(/not an nginx time/);
  });
});
