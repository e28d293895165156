/**
 * Draws public/logo.png, the publisher logo structured data points to (lib/seo/json-ld.ts),
 * with the share cards' font and at the size lib/site/config.ts declares. Run after
 * changing the site's name: `npx tsx scripts/make-logo.tsx`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { cardFont } from '../lib/share/font';
import { palette } from '../lib/share/palette';
import { compactPng } from '../lib/share/png';
import { site } from '../lib/site/config';
import { paths } from '../lib/site/urls';

async function main() {
  const { width, height } = site.publisher.logo;
  const font = await cardFont([site.name]);
  const image = new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', background: palette.white }}>
      <span style={{ fontSize: 96, fontWeight: 700, color: palette.accent }}>{site.name}</span>
    </div>,
    { width, height, fonts: font.fonts },
  );
  const png = Buffer.from(await (await compactPng(image)).arrayBuffer());
  const file = path.join(process.cwd(), 'public', paths.logo());
  fs.writeFileSync(file, png);
  console.log(`${path.relative(process.cwd(), file)}: ${width}×${height}, ${png.length} bytes`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
