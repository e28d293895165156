/**
 * Query strings as untrusted input: arbitrary Unicode, huge values, repeated
 * parameters, broken percent-encoding and injection strings on the search and
 * helper routes. The answer is always 200/400/404 (never 500), nothing comes back
 * unescaped, and time stays bounded because long queries are cut (search: 200
 * characters, helper: 500 — see lib/search and lib/fraud/help-request.ts).
 */
import fc from 'fast-check';
import { expect, test, type APIRequestContext } from '@playwright/test';

const ROUTES = ['/search', '/api/search', '/help'];
const PARAMETERS = ['q', 'type', 'section', 'scam', 'from', 'to', 'sort', 'page', 's', 'paid'];
const INJECTIONS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  'javascript:alert(1)',
  '{{7*7}}${7*7}',
  "' OR '1'='1",
  '../../../../etc/passwd',
  '%00',
  '\u202e\u200b',
];
/** A marker we can look for in the response: unescaped, it would be live markup. */
const MARKER = '<b data-probe="x">';

function encode(value: string): string {
  // Lone surrogates cannot be UTF-8 encoded; a browser would send U+FFFD.
  return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
}

/**
 * One request, and the one redirect to the query's canonical address that proxy.ts may
 * answer with (lib/site/canonical-query.ts): same route, and canonical on arrival.
 */
async function probe(request: APIRequestContext, url: string) {
  const started = Date.now();
  let response = await request.get(url, { maxRedirects: 0, timeout: 20_000 });
  if (response.status() === 308) {
    const target = new URL(response.headers()['location'] ?? '', 'http://localhost');
    expect(target.pathname, url).toBe(new URL(url, 'http://localhost').pathname);
    response = await request.get(`${target.pathname}${target.search}`, { maxRedirects: 0, timeout: 20_000 });
    expect(response.status(), `${url}: the canonical address is not redirected again`).not.toBe(308);
  }
  const elapsed = Date.now() - started;
  return { status: response.status(), body: await response.text(), elapsed };
}

function expectSafe(result: Awaited<ReturnType<typeof probe>>, fullUrl: string, allowed = [200, 400, 404]) {
  // Name the request briefly: a 100 KB address would drown the report.
  const url = fullUrl.length > 200 ? `${fullUrl.slice(0, 200)}…(${fullUrl.length} characters)` : fullUrl;
  expect(allowed, `${url} → ${result.status}`).toContain(result.status);
  expect(result.body, url).not.toContain(MARKER);
  expect(result.body, url).not.toMatch(/<script>alert\(1\)<\/script>|<img src=x onerror|<svg\/onload/);
  expect(result.elapsed, url).toBeLessThan(10_000);
}

test('arbitrary Unicode, repeated and unknown parameters never break the search and helper routes', async ({ request }) => {
  test.setTimeout(180_000);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...ROUTES),
      fc.array(fc.tuple(fc.constantFrom(...PARAMETERS, 'x'), fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(...INJECTIONS, MARKER))), {
        minLength: 1,
        maxLength: 6,
      }),
      async (route, pairs) => {
        const url = `${route}?${pairs.map(([key, value]) => `${key}=${encode(value)}`).join('&')}`;
        expectSafe(await probe(request, url), url);
      },
    ),
    { numRuns: 60, seed: 20221106 },
  );
});

test('long values are answered quickly, cut to the documented limit, and shown escaped', async ({ request }) => {
  // About 13 KB once percent-encoded: as long as an address a browser sends comfortably.
  const long = '诈骗'.repeat(700) + MARKER;
  for (const route of ROUTES) {
    const url = `${route}?q=${encode(long)}`;
    const result = await probe(request, url);
    expectSafe(result, url, [200]);
    expect(result.body.length, route).toBeLessThan(500_000);
  }
});

test('100 KB values are refused by the server before any page code runs, never with a 500', async ({ request }) => {
  const huge = '诈骗'.repeat(50_000) + MARKER;
  for (const route of ROUTES) {
    const url = `${route}?q=${encode(huge)}`;
    // Node's 16 KB header limit answers 431 (Request Header Fields Too Large).
    expectSafe(await probe(request, url), url, [400, 414, 431]);
  }
});

test('broken percent-encoding in the query string is tolerated', async ({ request }) => {
  for (const route of ROUTES) {
    for (const query of ['q=%', 'q=%ZZ', 'q=%E5%8F', 'q=%C0%AF', 'q=%%%%', 'page=%FF', 's=%E0%A4%A']) {
      const url = `${route}?${query}`;
      expectSafe(await probe(request, url), url);
    }
  }
});

test('injection strings come back as text, never as markup', async ({ page }) => {
  for (const injection of INJECTIONS) {
    for (const route of ['/search', '/help']) {
      await page.goto(`${route}?q=${encode(injection)}`);
      // Markup-like input is shown back as plain text in the form…
      if (injection.includes('alert(1)')) {
        await expect(page.locator('main input[name="q"], main textarea[name="q"]').first()).toHaveValue(/alert\(1\)/);
      }
      // …and nothing it carried became an element or an event handler.
      await expect(page.locator('[onerror], [onload], [onclick], img[src="x"]')).toHaveCount(0);
    }
  }
});
