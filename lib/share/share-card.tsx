/**
 * Draws a 1200×630 share card (og:image) with next/og's ImageResponse: the site's name,
 * a label, the headline as large as it fits and, on anti-fraud pages, the hotline.
 */
import { ImageResponse } from 'next/og';
import { site } from '../site/config';
import type { ShareCard } from './cards';
import { cardFont, type CardFont, type CardWeight } from './font';
import { cardText, ELLIPSIS, fitBlock, fitLines, MISSING_GLYPH, type FitStep } from './fit-text';
import { SHARE_CARD_SIZE } from './images';
import { FIT_SLACK, palette } from './palette';
import { compactPng } from './png';

const PADDING_X = 72;
const PADDING_Y = 48;
const WIDTH = SHARE_CARD_SIZE.width - 2 * PADDING_X;
const HEADER_SIZE = 30;
const TITLE_LINE_HEIGHT = 1.25;
const SUBTITLE_SIZE = 30;
const SUBTITLE_LINE_HEIGHT = 1.4;
const FOOTER_SIZE = 28;
const HOTLINE_WIDTH = 400;
/** Height left for the headline and subtitle between the header and the footer row. */
const TEXT_HEIGHT = 350;
// The text box does not set `overflow: hidden` (satori would draw its text through SVG masks,
// which sharp's renderer composites over the whole canvas, the slowest part of a card):
// the fitted lines never leave it (see the steps below).

/** Largest first; every step fits TEXT_HEIGHT (with the subtitle's two lines when there is one). */
const TITLE_STEPS: readonly FitStep[] = [
  { fontSize: 68, maxLines: 3 },
  { fontSize: 58, maxLines: 4 },
  { fontSize: 50, maxLines: 5 },
];
const TITLE_STEPS_WITH_SUBTITLE: readonly FitStep[] = [
  { fontSize: 64, maxLines: 2 },
  { fontSize: 56, maxLines: 3 },
  { fontSize: 48, maxLines: 4 },
];

const HOTLINE_LABEL = site.hotline.label;

function oneLine(font: CardFont, raw: string, fontSize: number, width: number, weight: CardWeight): string {
  return (
    fitLines(cardText(raw, font.hasGlyph), { maxWidth: (width * FIT_SLACK) / fontSize, maxLines: 1, measure: (text) => font.measure(text, weight) }).lines[0] ??
    ''
  );
}

function Lines({ lines, fontSize, lineHeight, weight, color }: { lines: string[]; fontSize: number; lineHeight: number; weight: CardWeight; color: string }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column' }}>
      {lines.map((line, index) => (
        <div key={index} style={{ fontSize, lineHeight, fontWeight: weight, color, whiteSpace: 'pre' }}>
          {line}
        </div>
      ))}
    </div>
  );
}

export async function shareCardImage(card: ShareCard): Promise<Response> {
  // Every text the layout adds itself, so the font covers it too.
  const fixed = [site.name, HOTLINE_LABEL, site.hotline.number, MISSING_GLYPH, ELLIPSIS, ' '].join('');
  const font = await cardFont([card.label, card.title, card.subtitle ?? '', card.footer ?? ''], fixed);
  const measureBold = (text: string) => font.measure(text, 700);
  const siteNameWidth = font.measure(site.name, 700) * HEADER_SIZE;
  const label = oneLine(font, card.label, HEADER_SIZE, WIDTH - siteNameWidth - 32, 400);
  const subtitle = card.subtitle
    ? fitLines(cardText(card.subtitle, font.hasGlyph), {
        maxWidth: (WIDTH * FIT_SLACK) / SUBTITLE_SIZE,
        maxLines: 2,
        measure: (text) => font.measure(text, 400),
      }).lines
    : [];
  const title = fitBlock(cardText(card.title, font.hasGlyph), subtitle.length ? TITLE_STEPS_WITH_SUBTITLE : TITLE_STEPS, WIDTH * FIT_SLACK, measureBold);
  const footer = card.footer ? oneLine(font, card.footer, FOOTER_SIZE, WIDTH - (card.hotline ? HOTLINE_WIDTH : 0), 400) : '';

  const image = new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        padding: `${PADDING_Y}px ${PADDING_X}px`,
        background: palette.paper,
        borderTop: `12px solid ${palette.accent}`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'baseline', fontSize: HEADER_SIZE, whiteSpace: 'pre' }}>
        <span style={{ fontWeight: 700, color: palette.accent }}>{site.name}</span>
        <span style={{ marginLeft: 32, color: palette.muted }}>{label}</span>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', marginTop: 28, height: TEXT_HEIGHT, width: WIDTH }}>
        <Lines lines={title.lines} fontSize={title.fontSize} lineHeight={TITLE_LINE_HEIGHT} weight={700} color={palette.text} />
        {subtitle.length ? (
          <div style={{ display: 'flex', marginTop: 20 }}>
            <Lines lines={subtitle} fontSize={SUBTITLE_SIZE} lineHeight={SUBTITLE_LINE_HEIGHT} weight={400} color={palette.muted} />
          </div>
        ) : null}
      </div>
      <div style={{ display: 'flex', marginTop: 'auto', alignItems: 'center', justifyContent: 'space-between', width: WIDTH }}>
        <span style={{ fontSize: FOOTER_SIZE, color: palette.muted, whiteSpace: 'pre' }}>{footer}</span>
        {card.hotline ? (
          <div style={{ display: 'flex', alignItems: 'center', background: palette.accent, color: palette.white, borderRadius: 12, padding: '8px 28px' }}>
            <span style={{ fontSize: 30 }}>{HOTLINE_LABEL}</span>
            <span style={{ fontSize: 56, fontWeight: 700, marginLeft: 18 }}>{site.hotline.number}</span>
          </div>
        ) : null}
      </div>
    </div>,
    { ...SHARE_CARD_SIZE, fonts: font.fonts },
  );
  return compactPng(image);
}
