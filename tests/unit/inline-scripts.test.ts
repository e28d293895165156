/**
 * lib/server/inline-scripts.ts finds a page's inline scripts with a pattern; parse5, a
 * spec-compliant HTML parser, is the judge: on any page made of what React and Next write,
 * both find the same scripts with the same text (what the browser hashes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineScripts } from '@/lib/server/inline-scripts';
import { READER_PREFS_BOOT_SCRIPT } from '@/lib/site/reader-prefs';
import { parsedScripts } from '../helpers/parsed-scripts';

/** Next's escaping of data in its scripts (htmlEscapeJsonString). */
const escapeJson = (json: string) => json.replace(/[&<>\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Text React escapes (in elements and double-quoted attributes). */
const escapeText = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const anyText = fc.string({
  unit: fc.constantFrom('<', '>', '/', '"', "'", '&', '-', '!', 's', 'c', 'r', 'i', 'p', 't', ' ', '\n', '\r', '中', '😀', '\u2028'),
});

/** Pieces of a page as React and Next write them. */
const piece = fc.oneof(
  anyText.map((text) => `<p>${escapeText(text)}</p>`),
  anyText.map((text) => `<a href="/x" title="${escapeText(text)}">${escapeText(text)}</a>`),
  anyText.map((text) => `<textarea>${escapeText(text)}</textarea>`),
  anyText.map((text) => `<title>${escapeText(text)}</title>`),
  anyText.map((text) => `<script>self.__next_f.push(${escapeJson(JSON.stringify([1, text]))})</script>`),
  anyText.map((text) => `<script type="application/ld+json">${escapeJson(JSON.stringify({ name: text }))}</script>`),
  anyText.map((text) => `<script nonce="${escapeText(text)}">(self.__next_f=self.__next_f||[]).push([0])</script>`),
  // Text of our own scripts: never `</script` nor `<!--`, as for everything Next writes.
  anyText.filter((text) => !/<\/script|<!--/i.test(text)).map((text) => `<script>${text}</script>`),
  fc.constant(`<script>${READER_PREFS_BOOT_SCRIPT}</script>`),
  fc.constant('<script src="/_next/static/chunks/a.js" async=""></script>'),
  fc.constant('<script src="/_next/static/chunks/b.js" noModule=""></script>'),
  fc.constant('<script type="module">import("/x.js")</script>'),
  fc.constant('<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>'),
  fc.constant('<noscript><link rel="stylesheet" href="/noscript.css"></noscript>'),
  fc.constant('<script>a()</SCRIPT >'),
  fc.constant('<!--$--><div hidden=""><!--/$--></div>'),
);

const page = (head: string[], body: string[]) => `<!DOCTYPE html><html lang="zh-CN"><head>${head.join('')}</head><body>${body.join('')}</body></html>`;

describe('the inline scripts of a rendered page', () => {
  it('are exactly the scripts parse5 finds, text for text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.array(piece, { maxLength: 12 }), (head, body) => {
        const html = page(head, body);
        expect(inlineScripts(html).map((script) => script.text)).toEqual(parsedScripts(html));
      }),
      { numRuns: 500 },
    );
  });

  it('leave out files and data blocks, and read each script’s nonce', () => {
    const html = page(
      ['<script src="/_next/static/a.js" async="" nonce="n1"></script>', `<script>${READER_PREFS_BOOT_SCRIPT}</script>`],
      [
        '<script type="application/ld+json">{"@type":"WebSite"}</script>',
        '<script data-type="x" nonce="n1">run()</script>',
        '<script type="text/template">no</script>',
      ],
    );
    expect(inlineScripts(html)).toEqual([
      { text: READER_PREFS_BOOT_SCRIPT, nonce: undefined },
      { text: 'run()', nonce: 'n1' },
    ]);
  });

  it('read line breaks as the browser does before hashing', () => {
    expect(inlineScripts('<script>a()\r\nb()\rc()</script>')).toEqual([{ text: 'a()\nb()\nc()', nonce: undefined }]);
  });
});
