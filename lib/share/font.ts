/**
 * The share cards' font: Noto Sans SC from @fontsource-variable/noto-sans-sc, read from
 * node_modules. The site never depends on fonts installed on the server and never fetches one.
 *
 * The package ships the variable font cut into ~100 WOFF2 slices by Unicode range.
 * ImageResponse (satori) reads TTF, OTF and WOFF but not WOFF2, so each slice a card
 * needs is instanced at the card's weights and written as TrueType by subset-font
 * (HarfBuzz), once per process. Satori keeps each parsed font by its buffer, so later
 * cards reuse both.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ImageResponse } from 'next/og';
import subsetFont from 'subset-font';
import * as z from 'zod';

export type CardWeight = 400 | 700;
export const CARD_WEIGHTS: readonly CardWeight[] = [400, 700];

type ImageFont = NonNullable<NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts']>[number];

export interface CardFont {
  /** For ImageResponse's `fonts`: the slices the texts need, at every card weight */
  fonts: ImageFont[];
  /** Whether the font draws this code point (what it lacks must never reach satori: it would fetch a font from the network) */
  hasGlyph: (codePoint: number) => boolean;
  /** Advance width of `text` in em at `weight`; code points the font lacks count 0 */
  measure: (text: string, weight: CardWeight) => number;
}

/** Statically scoped so the build traces only this package's folder. */
const PACKAGE_DIR = path.join(process.cwd(), 'node_modules', '@fontsource-variable', 'noto-sans-sc');

/** unicode.json: slice name ("[22]", "latin") → CSS unicode-range ("U+4e00-4e01,U+4e03"). */
const unicodeRanges = z.record(z.string(), z.string().regex(/^U\+[0-9a-f]+(-[0-9a-f]+)?(,U\+[0-9a-f]+(-[0-9a-f]+)?)*$/i));

interface Slice {
  name: string;
  file: string;
}

let sliceOfCodePoint: Map<number, Slice> | undefined;

/** Which slice holds each code point (the first slice listing it). */
function sliceTable(): Map<number, Slice> {
  if (sliceOfCodePoint) return sliceOfCodePoint;
  const table = new Map<number, Slice>();
  const ranges = unicodeRanges.parse(JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'unicode.json'), 'utf8')));
  for (const [key, range] of Object.entries(ranges)) {
    const name = key.replace(/^\[(\d+)\]$/, '$1');
    const slice = { name, file: path.join(PACKAGE_DIR, 'files', `noto-sans-sc-${name}-wght-normal.woff2`) };
    for (const part of range.split(',')) {
      const [first = '', last = first] = part.slice(2).split('-');
      for (let codePoint = parseInt(first, 16); codePoint <= parseInt(last, 16); codePoint++) {
        if (!table.has(codePoint)) table.set(codePoint, slice);
      }
    }
  }
  sliceOfCodePoint = table;
  return table;
}

interface LoadedSlice {
  data: Buffer;
  /** Code point → advance width in em, exactly what the instanced font holds */
  advances: Map<number, number>;
}

const loaded = new Map<string, Promise<LoadedSlice>>();

async function instance(slice: Slice, weight: CardWeight): Promise<LoadedSlice> {
  const woff2 = await fs.promises.readFile(slice.file);
  const data = await subsetFont(woff2, undefined, { keepAllGlyphs: true, targetFormat: 'truetype', variationAxes: { wght: weight } });
  // harfbuzzjs is ESM with top-level await: import it when the first card is drawn.
  const { Blob, Face, Font } = await import('harfbuzzjs');
  const face = new Face(new Blob(data));
  const font = new Font(face);
  const advances = new Map<number, number>();
  for (const codePoint of face.collectUnicodes()) {
    const glyph = font.nominalGlyph(codePoint);
    if (glyph !== undefined) advances.set(codePoint, font.glyphHAdvance(glyph) / face.upem);
  }
  return { data, advances };
}

function loadSlice(slice: Slice, weight: CardWeight): Promise<LoadedSlice> {
  const key = `${slice.name}@${weight}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = instance(slice, weight);
    // A failed read is retried by the next card rather than cached.
    pending.catch(() => loaded.delete(key));
    loaded.set(key, pending);
  }
  return pending;
}

/** The font for a card showing `texts` (and `always`, the characters the layout adds itself). */
export async function cardFont(texts: readonly string[], always = ''): Promise<CardFont> {
  const table = sliceTable();
  const needed = new Set<Slice>();
  for (const text of [...texts, always]) {
    for (const char of text) {
      const slice = table.get(char.codePointAt(0) ?? -1);
      if (slice) needed.add(slice);
    }
  }
  const slices = [...needed];
  const byWeight = new Map<CardWeight, LoadedSlice[]>();
  const fonts: ImageFont[] = [];
  for (const weight of CARD_WEIGHTS) {
    const loadedSlices = await Promise.all(slices.map((slice) => loadSlice(slice, weight)));
    byWeight.set(weight, loadedSlices);
    // One name per slice with both weights under it, so satori picks the weight per element
    // and falls back from slice to slice for each character.
    loadedSlices.forEach((slice, index) => fonts.push({ name: `Noto Sans SC ${slices[index]?.name}`, data: slice.data, weight, style: 'normal' }));
  }
  const advance = (codePoint: number, weight: CardWeight): number | undefined => {
    for (const slice of byWeight.get(weight) ?? []) {
      const width = slice.advances.get(codePoint);
      if (width !== undefined) return width;
    }
    return undefined;
  };
  return {
    fonts,
    hasGlyph: (codePoint) => advance(codePoint, 700) !== undefined,
    measure: (text, weight) => {
      let width = 0;
      for (const char of text) width += advance(char.codePointAt(0) ?? -1, weight) ?? 0;
      return width;
    },
  };
}
