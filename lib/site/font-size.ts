/** The reader's text size, remembered in localStorage and applied as a percentage
 *  of the browser's own font size, so browser zoom and font settings keep working. */
export const FONT_SIZE_KEY = 'font-size';

export const FONT_SIZES = [
  { id: 'standard', label: '标准' },
  { id: 'large', label: '大' },
  { id: 'larger', label: '特大' },
] as const;

export type FontSizeId = (typeof FONT_SIZES)[number]['id'];

/** Runs in <head> before first paint, so a remembered size never causes a jump. */
export const FONT_SIZE_BOOT_SCRIPT = `(function(){try{var s=localStorage.getItem(${JSON.stringify(FONT_SIZE_KEY)});if(${JSON.stringify(
  FONT_SIZES.map((size) => size.id).filter((id) => id !== 'standard'),
)}.indexOf(s)>=0)document.documentElement.setAttribute('data-font-size',s)}catch(e){}})();`;
