'use client';

import { useEffect } from 'react';

/** Preview only: reloads the page when a file in content/ changes. */
export function DevContentWatcher() {
  useEffect(() => {
    let known: string | undefined;
    let stopped = false;
    const check = async () => {
      try {
        const response = await fetch('/api/dev/content-version', { cache: 'no-store' });
        const { version } = (await response.json()) as { version: string };
        if (known !== undefined && version !== known) window.location.reload();
        known = version;
        // Lets a test (or a curious editor) see that the preview is watching.
        document.documentElement.dataset.contentVersion = version;
      } catch {
        // The dev server is restarting; try again on the next tick.
      }
      if (!stopped) timer = window.setTimeout(() => void check(), 1000);
    };
    let timer = window.setTimeout(() => void check(), 0);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, []);
  return null;
}
