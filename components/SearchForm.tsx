import type { ReactNode } from 'react';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { paths } from '@/lib/site/urls';

// In the site header: the search landmark; the word 搜索 is said, not shown.
const COMPACT = {
  form: 'search-form',
  row: 'search-form__row',
  label: '搜索',
  labelHidden: true,
  placeholder: '搜索新闻、案例、骗局',
  landmark: true,
  autoComplete: undefined,
} as const;

/** How each kind of search form looks and is announced. */
const VARIANTS = {
  compact: COMPACT,
  // Alone on a page, as on the 404 page.
  large: { ...COMPACT, form: 'search-form search-form--large' },
  // Atop the search page, with its filters: not a landmark, the site header already has one.
  page: {
    form: 'search-page-form',
    row: 'search-page-form__row',
    label: '关键词',
    labelHidden: false,
    placeholder: '如：冒充公检法、征信、96110',
    landmark: false,
    autoComplete: 'off',
  },
} as const;

/** A plain GET form to /search: search works with JavaScript off. `children` (filters) go after the query row. */
export function SearchForm({
  id,
  label = '站内搜索',
  variant = 'compact',
  defaultValue,
  children,
}: {
  /** The query field's id */
  id: string;
  /** Names the form; each search form on a page needs its own */
  label?: string;
  variant?: keyof typeof VARIANTS;
  defaultValue?: string;
  children?: ReactNode;
}) {
  const look = VARIANTS[variant];
  return (
    <form role={look.landmark ? 'search' : undefined} aria-label={label} action={paths.search()} method="get" className={look.form}>
      <div className={look.row}>
        <label htmlFor={id} className={look.labelHidden ? 'visually-hidden' : undefined}>
          {look.label}
        </label>
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={look.placeholder}
          enterKeyHint="search"
          maxLength={MAX_QUERY_LENGTH}
          autoComplete={look.autoComplete}
          className="text-field"
        />
        <button type="submit" className="button">
          搜索
        </button>
      </div>
      {children}
    </form>
  );
}
