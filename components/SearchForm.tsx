import { paths } from '@/lib/site/urls';

/** A plain GET form: search works with JavaScript off. */
export function SearchForm({
  id,
  label = '站内搜索',
  defaultValue,
  large = false,
}: {
  id: string;
  /** Names the search landmark; each form on a page needs its own */
  label?: string;
  defaultValue?: string;
  large?: boolean;
}) {
  return (
    <form role="search" aria-label={label} action={paths.search()} method="get" className={large ? 'search-form search-form--large' : 'search-form'}>
      <label htmlFor={id} className="visually-hidden">
        搜索
      </label>
      <input id={id} type="search" name="q" defaultValue={defaultValue} placeholder="搜索新闻、案例、骗局" enterKeyHint="search" maxLength={200} />
      <button type="submit">搜索</button>
    </form>
  );
}
