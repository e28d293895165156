'use client';

import { useEffect, useState, type MouseEvent } from 'react';
import { appliedPref, applyPref, FONT_SIZES, PREFS, PREFS_PATH, type FontSizeId } from '@/lib/site/reader-prefs';

/**
 * 字号: a plain GET form to /prefs, so it works without JavaScript (the page reloads at
 * the new size); with JavaScript the size changes in place. Which size is pressed is
 * known only in the browser: the static HTML is the same for every reader.
 */
export function FontSizeControl() {
  const [current, setCurrent] = useState<FontSizeId>();

  // eslint-disable-next-line react-hooks/set-state-in-effect -- the static HTML renders no choice; the applied size is known only after hydration
  useEffect(() => setCurrent(appliedPref('fontSize')), []);

  function choose(event: MouseEvent, size: FontSizeId) {
    event.preventDefault();
    applyPref('fontSize', size);
    setCurrent(size);
  }

  return (
    <form action={PREFS_PATH} method="get">
      <div className="font-size" role="group" aria-label="文字大小">
        <span className="font-size__label" aria-hidden="true">
          字号
        </span>
        {FONT_SIZES.map((size) => (
          <button
            key={size.id}
            type="submit"
            name={PREFS.fontSize.cookie}
            value={size.id}
            aria-pressed={current === undefined ? undefined : current === size.id}
            onClick={(event) => choose(event, size.id)}
            className={`button font-size__${size.id}`}
          >
            {size.label}
          </button>
        ))}
      </div>
    </form>
  );
}
