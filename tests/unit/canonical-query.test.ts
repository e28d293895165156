/**
 * One address per answer (lib/site/canonical-query.ts): queries that differ only in
 * spacing, full-width or traditional characters, encoding, parameter order or unknown
 * parameters share one canonical address, which renders the very answer its variants
 * would; distinct queries never share one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELP_QUERY, parseHelpRequest } from '@/lib/fraud/help-request';
import { canonicalText, normalizationTable } from '@/lib/text/normalize';
import { SEARCH_QUERY } from '@/lib/search/query';
import { searchSite } from '@/lib/search/store';
import { canonicalQueryString, canonicalRedirect } from '@/lib/site/canonical-query';
import { searchHref } from '@/lib/search/view';

const search = (query: string) => canonicalQueryString(new URLSearchParams(query), SEARCH_QUERY);
const help = (query: string) => canonicalQueryString(new URLSearchParams(query), HELP_QUERY);

describe('canonical query addresses', () => {
  it('spaces, full-width and traditional characters, case and encoding collapse to one address', () => {
    const canonical = search(`q=${encodeURIComponent('冒充公检法 goip')}`);
    expect(canonical).toBe('q=%E5%86%92%E5%85%85%E5%85%AC%E6%A3%80%E6%B3%95+goip');
    for (const variant of ['冒充公檢法 GOIP', '　冒充公检法　ＧＯＩＰ ', '冒充公检法\t\tgoip', ' 冒充公检法   goip\n']) {
      expect(search(`q=${encodeURIComponent(variant)}`), variant).toBe(canonical);
    }
    expect(search('q=%E5%86%92%E5%85%85%E5%85%AC%E6%A3%80%E6%B3%95%20goip')).toBe(canonical);
  });

  it('drops parameters the route never reads, keeps the rest in one order', () => {
    expect(search('utm_source=wechat&page=2&q=x&from=singlemessage&isappinstalled=0')).toBe('q=x&from=singlemessage&page=2');
    expect(search('sort=newest&type=case&q=x')).toBe('q=x&type=case&sort=newest');
    // A single-valued parameter: the route reads the first value only.
    expect(search('q=a&q=b')).toBe('q=a');
  });

  it('keeps every ticked sign of the helper, and an empty field still counts as sent', () => {
    expect(help('paid=no&s=b.1&q=%E8%A9%90&s=a.2&x=1')).toBe('q=%E8%AF%88&s=b.1&s=a.2&paid=no');
    expect(help('q=')).toBe('q=');
    expect(parseHelpRequest({ q: '' }).submitted).toBe(true);
  });

  it('the site’s own search links are canonical already (no redirect on a click)', () => {
    for (const href of [searchHref({ q: '冒充 公检法' }), searchHref({ q: 'x', type: 'case', sort: 'newest' }, 3), searchHref({})]) {
      expect(canonicalRedirect(new URL(href, 'http://localhost'), SEARCH_QUERY), href).toBeUndefined();
    }
  });

  it('redirects to the canonical address, which is not redirected again (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('q', 'type', 'page', 'sort', 'utm', 's'), fc.string({ unit: 'grapheme' })), (params) => {
        const url = new URL(`http://localhost/search?${new URLSearchParams(params)}`);
        const target = canonicalRedirect(url, SEARCH_QUERY) ?? url;
        expect(canonicalRedirect(target, SEARCH_QUERY)).toBeUndefined();
      }),
    );
  });

  it('normalising is idempotent for every character, so canonical text is stable', () => {
    const table = normalizationTable();
    const unstable = [];
    for (let code = 0; code < table.length; code++) if (table[table[code]!] !== table[code]) unstable.push(code);
    expect(unstable).toEqual([]);
    expect(canonicalText('薴')).toBe(canonicalText('苧'));
  });

  it('a canonical search answers exactly what its variants would have', async () => {
    const variant = await searchSite(new URLSearchParams(`q=${encodeURIComponent('　詐騙　ＡＰＰ ')}`));
    const canonical = await searchSite(new URLSearchParams(search(`q=${encodeURIComponent('　詐騙　ＡＰＰ ')}`)));
    expect(canonical.response.total).toBe(variant.response.total);
    expect(canonical.response.results.map((hit) => hit.url)).toEqual(variant.response.results.map((hit) => hit.url));
  });

  it('different queries keep different addresses', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(canonicalText(a) !== canonicalText(b));
        expect(search(new URLSearchParams({ q: a }).toString())).not.toBe(search(new URLSearchParams({ q: b }).toString()));
      }),
    );
  });
});
