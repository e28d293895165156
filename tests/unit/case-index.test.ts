/** /cases: every published case, filtered by scam type, outcome and year, paged, from URL parameters. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CaseFilterForm } from '@/components/cases/CaseFilterForm';
import type { FraudCase } from '@/lib/content/records';
import { caseIndex, caseIndexHref } from '@/lib/fraud/case-index';
import { loadFixtureContent } from '../helpers/seed-fixture';

const content = loadFixtureContent();
const slugs = (cases: readonly FraudCase[]) => cases.map((c) => c.slug);

describe('the case index', () => {
  const index = (params: Record<string, string | string[]>) => caseIndex(content.cases, content.scamTypes, params);

  it('lists every case, newest first, with no filter', () => {
    const { paged, filters, ignored } = index({});
    expect(filters).toEqual({});
    expect(ignored).toEqual([]);
    expect(paged.total).toBe(content.cases.length);
    expect(slugs(paged.items)).toEqual(slugs(content.cases));
  });

  it('offers only the types, outcomes and years that have cases, with counts', () => {
    const { options } = index({});
    expect(options.scam.map((o) => [o.value, o.count])).toEqual([
      ['fake-credit-record', 1],
      ['fake-customer-service', 1],
      ['fake-debt-collection', 1],
      ['impersonating-authorities', 1],
      ['sextortion', 1],
    ]);
    expect(options.outcome.map((o) => [o.value, o.label, o.count])).toEqual([['prevented', '成功劝阻，未造成损失', 5]]);
    expect(options.year.map((o) => [o.value, o.label, o.count])).toEqual([['2022', '2022年', 5]]);
  });

  it('filters by type, outcome and year together', () => {
    expect(slugs(index({ scam: 'sextortion' }).paged.items)).toEqual(['sextortion-video-chat']);
    expect(index({ scam: 'sextortion', outcome: 'prevented', year: '2022' }).paged.total).toBe(1);
    expect(index({ outcome: 'prevented' }).paged.total).toBe(5);
    expect(index({ outcome: 'lost' }).paged.total).toBe(0);
  });

  it('ignores values that name nothing, and says so; empty values are no filter', () => {
    const { filters, ignored, paged } = index({ scam: 'no-such-type', outcome: 'stolen', year: '1999' });
    expect(filters).toEqual({});
    expect(ignored.map((i) => i.name)).toEqual(['scam', 'outcome', 'year']);
    expect(paged.total).toBe(5);
    expect(index({ scam: '', outcome: '', year: '' }).ignored).toEqual([]);
    // A repeated parameter counts once, the first.
    expect(index({ scam: ['sextortion', 'fake-loan'] }).filters).toEqual({ scam: 'sextortion' });
  });

  it('pages 20 at a time; a page past the last shows the last', () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ ...content.cases[i % 5]!, slug: `case-${i}` }));
    const first = caseIndex(many, content.scamTypes, {});
    expect([first.paged.page, first.paged.pages, first.paged.items.length]).toEqual([1, 3, 20]);
    const last = caseIndex(many, content.scamTypes, { page: '3' });
    expect(slugs(last.paged.items)).toEqual(['case-40', 'case-41', 'case-42', 'case-43', 'case-44']);
    expect(caseIndex(many, content.scamTypes, { page: '99' }).paged.page).toBe(3);
    expect(caseIndex(many, content.scamTypes, { page: 'abc' }).paged.page).toBe(1);
  });

  it('builds each page’s address from the filters', () => {
    expect(caseIndexHref({})).toBe('/cases');
    expect(caseIndexHref({ scam: 'sextortion', outcome: 'prevented', year: 2022 }, 2)).toBe('/cases?scam=sextortion&outcome=prevented&year=2022&page=2');
  });
});

describe('the filter form', () => {
  it('is a GET form to /cases with a labelled select per filter, the current values selected', () => {
    const { options } = caseIndex(content.cases, content.scamTypes, {});
    const html = renderToStaticMarkup(createElement(CaseFilterForm, { filters: { scam: 'sextortion' }, options }));
    const form = html.slice(0, html.indexOf('>') + 1);
    for (const attribute of ['class="case-filters"', 'action="/cases"', 'method="get"', 'aria-label="筛选案例"']) expect(form).toContain(attribute);
    for (const name of ['scam', 'outcome', 'year']) {
      expect(html).toContain(`<label for="cases-${name}">`);
      expect(html).toContain(`<select id="cases-${name}" name="${name}">`);
    }
    expect(html).toContain('<option value="sextortion" selected="">');
    expect(html).toContain('<a href="/cases">看全部案例</a>');
  });
});
