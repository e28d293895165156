/**
 * Draws the large-print 1080×1350 card a resident forwards to family ("转给家人看"):
 * the case in one line, its surest signs, and the hotline as big as it gets.
 */
import { ImageResponse } from 'next/og';
import { site } from '../site/config';
import type { FamilyCard } from './cards';
import { cardFont } from './font';
import { cardText, ELLIPSIS, fitBlock, MISSING_GLYPH, type FitStep } from './fit-text';
import { FAMILY_CARD_SIZE } from './images';
import { FIT_SLACK, palette } from './palette';
import { compactPng } from './png';

const PADDING_X = 64;
const WIDTH = FAMILY_CARD_SIZE.width - 2 * PADDING_X;
// Fixed heights add up to 1350: header, body (intro, title, heading, three signs of at most SIGN_HEIGHT), hotline block.
const HEADER_HEIGHT = 190;
const HOTLINE_HEIGHT = 310;
const BODY_HEIGHT = FAMILY_CARD_SIZE.height - HEADER_HEIGHT - HOTLINE_HEIGHT;
const TITLE_HEIGHT = 124;
// Three signs of this height, after the intro, title and heading, end where the hotline block begins.
const SIGN_HEIGHT = 164;
const NUMBER_SIZE = 64;
const SIGN_GAP = 28;
const SIGN_WIDTH = WIDTH - NUMBER_SIZE - SIGN_GAP;
const LINE_HEIGHT = 1.3;
// No box sets `overflow: hidden`: satori draws everything inside such a box through an SVG
// mask, and sharp's SVG renderer (librsvg) composites each masked draw over a whole-canvas
// surface — 25 of them took ~400 of a card's ~450 ms. Nothing needs clipping: the fitted
// title (TITLE_STEPS, ≤ 2 × 50 px × 1.2) fits TITLE_HEIGHT, every sign (SIGN_STEPS) fits
// SIGN_HEIGHT, and the hotline block, drawn after the body, covers whatever of the body
// runs below it.

const HEADING = '转给家人看';
const SUBHEADING = `${site.name} · 反诈提醒`;
const INTRO = '这个骗局';
const SIGNS_HEADING = '遇到这些，就是诈骗';
const CALL = '拿不准？先挂断，再打';
const AFTER = `${site.hotline.label} · 已经转账，马上打 ${site.emergency} 报警`;

/** The case in one line if it can be read at 56 px; else two smaller lines. */
const TITLE_STEPS: readonly FitStep[] = [
  { fontSize: 72, maxLines: 1 },
  { fontSize: 56, maxLines: 1 },
  { fontSize: 50, maxLines: 2 },
];
/** Every step fits SIGN_HEIGHT (46 × 1.3 × 2 and 40 × 1.3 × 3 px): a long sign gets smaller before it is cut. */
const SIGN_STEPS: readonly FitStep[] = [
  { fontSize: 46, maxLines: 2 },
  { fontSize: 40, maxLines: 3 },
];

export async function familyCardImage(card: FamilyCard): Promise<Response> {
  // Every text the layout adds itself, so the font covers it too.
  const fixed = [HEADING, SUBHEADING, INTRO, SIGNS_HEADING, CALL, AFTER, site.hotline.number, '123', MISSING_GLYPH, ELLIPSIS].join('');
  const font = await cardFont([card.title, ...card.signs], fixed);
  const measureBold = (text: string) => font.measure(text, 700);
  const title = fitBlock(cardText(card.title, font.hasGlyph), TITLE_STEPS, WIDTH * FIT_SLACK, measureBold);
  const signs = card.signs.map((sign) => fitBlock(cardText(sign, font.hasGlyph), SIGN_STEPS, SIGN_WIDTH * FIT_SLACK, measureBold));

  const image = new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: palette.warning, color: palette.text }}>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          height: HEADER_HEIGHT,
          padding: `0 ${PADDING_X}px`,
          background: palette.accent,
          color: palette.white,
        }}
      >
        <span style={{ fontSize: 88, fontWeight: 700, lineHeight: 1.1 }}>{HEADING}</span>
        <span style={{ fontSize: 32, marginTop: 4 }}>{SUBHEADING}</span>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', padding: `32px ${PADDING_X}px 0`, height: BODY_HEIGHT }}>
        <span style={{ fontSize: 34, color: palette.muted }}>{INTRO}</span>
        <div style={{ display: 'flex', flexDirection: 'column', height: TITLE_HEIGHT, marginTop: 4 }}>
          {title.lines.map((line, index) => (
            <span key={index} style={{ fontSize: title.fontSize, lineHeight: 1.2, fontWeight: 700, whiteSpace: 'pre' }}>
              {line}
            </span>
          ))}
        </div>
        <span style={{ fontSize: 44, fontWeight: 700, color: palette.accent, marginTop: 12 }}>{SIGNS_HEADING}</span>
        {signs.map((sign, index) => (
          <div key={index} style={{ display: 'flex', maxHeight: SIGN_HEIGHT, marginTop: 24 }}>
            <span
              style={{
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                width: NUMBER_SIZE,
                height: NUMBER_SIZE,
                marginRight: SIGN_GAP,
                borderRadius: NUMBER_SIZE,
                background: palette.accent,
                color: palette.white,
                fontSize: 44,
                fontWeight: 700,
              }}
            >
              {String(index + 1)}
            </span>
            <div style={{ display: 'flex', flexDirection: 'column', width: SIGN_WIDTH }}>
              {sign.lines.map((line, lineIndex) => (
                <span key={lineIndex} style={{ fontSize: sign.fontSize, lineHeight: LINE_HEIGHT, fontWeight: 700, whiteSpace: 'pre' }}>
                  {line}
                </span>
              ))}
            </div>
          </div>
        ))}
      </div>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          justifyContent: 'center',
          height: HOTLINE_HEIGHT,
          background: palette.text,
          color: palette.white,
        }}
      >
        <span style={{ fontSize: 44, fontWeight: 700 }}>{CALL}</span>
        <span style={{ fontSize: 150, fontWeight: 700, lineHeight: 1.05, color: palette.highlight }}>{site.hotline.number}</span>
        <span style={{ fontSize: 32 }}>{AFTER}</span>
      </div>
    </div>,
    { ...FAMILY_CARD_SIZE, fonts: font.fonts },
  );
  return compactPng(image);
}
