import { PREFS, PREFS_PATH } from '@/lib/site/reader-prefs';

/**
 * The 长辈版 entry on every page: a plain GET form to /prefs, which remembers the mode
 * and reloads the page in it, with or without JavaScript. Both buttons are in the static
 * page; app/reader-modes.css shows the one that fits the current mode.
 */
export function ReaderModeSwitch() {
  return (
    <form className="mode-switch" action={PREFS_PATH} method="get">
      <button type="submit" name={PREFS.mode.cookie} value="elder" className="button mode-switch__enter">
        长辈版
      </button>
      <button type="submit" name={PREFS.mode.cookie} value="standard" className="button mode-switch__leave">
        退出长辈版
      </button>
    </form>
  );
}
