// The shared components that replaced per-page copies: one markup for every caller.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ListSection } from '@/components/ListSection';
import { Pagination } from '@/components/Pagination';
import { SearchForm } from '@/components/SearchForm';
import { WarningText } from '@/components/WarningText';
import { pageWindow } from '@/lib/site/paginate';

describe('pageWindow', () => {
  it('shows the first, the last, and two pages either side of the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 10)).toEqual([1, 2, 3, 10]);
    expect(pageWindow(6, 10)).toEqual([1, 4, 5, 6, 7, 8, 10]);
    expect(pageWindow(10, 10)).toEqual([1, 8, 9, 10]);
  });
});

describe('Pagination', () => {
  const render = (page: number, pages: number, label?: string) =>
    renderToStaticMarkup(createElement(Pagination, { page, pages, href: (number: number) => `/x?page=${number}`, label }));

  it('renders nothing for a single page', () => {
    expect(render(1, 1)).toBe('');
  });

  it('builds every link with the given href, with rel prev/next and the current page marked', () => {
    const html = render(6, 10, '搜索结果分页');
    expect(html).toContain('aria-label="搜索结果分页"');
    expect(html).toContain('<a href="/x?page=5" rel="prev">上一页</a>');
    expect(html).toContain('<a href="/x?page=7" rel="next">下一页</a>');
    expect(html).toContain('<a href="/x?page=10" aria-label="第 10 页">10</a>');
    expect(html).toContain(
      '<span aria-current="page" class="pagination__current">' +
        '<span class="visually-hidden">第</span>6<span class="visually-hidden">页（当前）</span></span>',
    );
    // Gaps before 4 and before 10, hidden from screen readers.
    expect(html.match(/<span aria-hidden="true">… <\/span>/g)).toHaveLength(2);
  });

  it('leaves out prev on the first page and next on the last', () => {
    expect(render(1, 3)).not.toContain('rel="prev"');
    expect(render(3, 3)).not.toContain('rel="next"');
    expect(render(1, 3)).toContain('aria-label="分页"');
  });
});

describe('SearchForm', () => {
  it('compact: the search landmark, its label said but not shown', () => {
    const html = renderToStaticMarkup(createElement(SearchForm, { id: 'site-search' }));
    const form = html.slice(0, html.indexOf('>') + 1);
    for (const attribute of ['role="search"', 'aria-label="站内搜索"', 'class="search-form"', 'action="/search"', 'method="get"']) {
      expect(form).toContain(attribute);
    }
    expect(html).toContain('<label for="site-search" class="visually-hidden">搜索</label>');
    expect(html).toContain('name="q"');
  });

  it('page: not a landmark, a visible label, and its filters inside the form', () => {
    const filters = createElement('details', null, '筛选与排序');
    const props = { id: 'search-q', label: '搜索条件', variant: 'page', defaultValue: '征信' } as const;
    const html = renderToStaticMarkup(createElement(SearchForm, props, filters));
    expect(html).not.toContain('role="search"');
    expect(html).toContain('aria-label="搜索条件"');
    expect(html).toContain('<label for="search-q">关键词</label>');
    expect(html).toContain('value="征信"');
    expect(html).toMatch(/<details>筛选与排序<\/details><\/form>$/);
  });
});

describe('WarningText', () => {
  it('hides the icon from screen readers and says 警告 to them, in strong text', () => {
    // eslint-disable-next-line react/no-children-prop -- React's createElement types want required children in the props object
    const html = renderToStaticMarkup(createElement(WarningText, { as: 'h2', id: 'w', children: '最确定的诈骗信号' }));
    expect(html).toBe(
      '<h2 id="w" class="warning-text"><span class="warning-text__icon" aria-hidden="true">!</span>' +
        '<strong class="warning-text__text"><span class="visually-hidden">警告：</span>最确定的诈骗信号</strong></h2>',
    );
  });
});

describe('ListSection', () => {
  it('is a heading over a list, and nothing when the list is empty', () => {
    expect(renderToStaticMarkup(createElement(ListSection, { id: 'h', title: '步骤', items: [] }))).toBe('');
    expect(renderToStaticMarkup(createElement(ListSection, { id: 'h', title: '步骤', items: ['一', '二'], ordered: true, listClassName: 'stages' }))).toBe(
      '<section aria-labelledby="h"><h2 id="h">步骤</h2><ol class="stages"><li>一</li><li>二</li></ol></section>',
    );
  });
});
