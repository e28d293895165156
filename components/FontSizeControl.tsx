'use client';

import { useEffect, useState } from 'react';
import { FONT_SIZE_KEY, FONT_SIZES, type FontSizeId } from '@/lib/site/font-size';

function isFontSize(value: string | undefined): value is FontSizeId {
  return FONT_SIZES.some((size) => size.id === value);
}

/** The size lives on <html>, where the stylesheet and the script that runs before hydration read it. */
function applyFontSize(size: FontSizeId) {
  if (size === 'standard') delete document.documentElement.dataset.fontSize;
  else document.documentElement.dataset.fontSize = size;
}

export function FontSizeControl() {
  const [current, setCurrent] = useState<FontSizeId>('standard');

  useEffect(() => {
    const applied = document.documentElement.dataset.fontSize;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the server renders 'standard'; the size applied before hydration is known only here
    if (isFontSize(applied)) setCurrent(applied);
  }, []);

  function choose(size: FontSizeId) {
    applyFontSize(size);
    try {
      localStorage.setItem(FONT_SIZE_KEY, size);
    } catch {
      // Private browsing may refuse storage; the size still applies to this page.
    }
    setCurrent(size);
  }

  return (
    <div className="font-size" role="group" aria-label="文字大小">
      <span className="font-size__label" aria-hidden="true">
        字号
      </span>
      {FONT_SIZES.map((size) => (
        <button key={size.id} type="button" aria-pressed={current === size.id} onClick={() => choose(size.id)} className={`font-size__${size.id}`}>
          {size.label}
        </button>
      ))}
    </div>
  );
}
