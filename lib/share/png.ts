/**
 * The cards as small PNGs. ImageResponse writes 32-bit RGBA; a card is flat colours and
 * text, so a 16-colour palette looks the same at a third of the size, well under the
 * 100 KB chat apps fetch for a preview.
 */
import sharp from 'sharp';

export const CARD_COLOURS = 16;

export async function compactPng(image: Response): Promise<Response> {
  const rgba = Buffer.from(await image.arrayBuffer());
  // effort 1 and no dithering: the fastest quantizing, and dithering only adds noise to flat colours.
  const png = await sharp(rgba).png({ palette: true, colours: CARD_COLOURS, effort: 1, dither: 0 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length) } });
}

/** What an image route answers for a page that does not exist. */
export function noImage(): Response {
  return new Response('404 Not Found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
