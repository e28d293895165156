/** subset-font ships no types; only the options lib/share/font.ts uses are declared. */
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    keepAllGlyphs?: boolean;
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  export default function subsetFont(font: Uint8Array, text: string | undefined, options?: SubsetFontOptions): Promise<Buffer>;
}
