/**
 * The inline scripts a browser would run in a page Next rendered, found with a pattern.
 * A pattern is enough for this HTML (not for HTML in general) because React writes it:
 *
 *   - every attribute value in double quotes, with `"`, `<` and `>` escaped, so a tag
 *     ends at its first `>`;
 *   - all text escaped, so `<script` appears only as a tag;
 *   - script text that never holds `</script` nor `<!--`: Next escapes `<` in its data
 *     scripts (\u003c), the JSON-LD is escaped the same way (lib/seo/json-ld.ts), and the
 *     boot script is ours. So a script's text ends at the first `</script`, as the
 *     browser's tokenizer ends it.
 *
 * A script cut wrongly would get a hash that matches nothing and the browser would refuse
 * it: a mistake fails closed. tests/unit/inline-scripts.test.ts checks the pattern against
 * parse5, a spec-compliant parser; a parser here would cost every sealed page a full parse.
 */

export interface InlineScript {
  /** The text between the tags, as the browser hashes it. */
  text: string;
  /** The nonce attribute's value, if any. */
  nonce: string | undefined;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script(?=[\s/>])/gi;

/** A type the browser runs (classic or module script, import map, speculation rules); any other type is a data block. */
const EXECUTABLE_TYPE = /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:javascript[\d.]*|ecmascript|jscript|livescript))$/i;

/** Attributes as React writes every one: ` name="value"`. */
const ATTRIBUTE = {
  src: /(?:^|\s)src="/i,
  type: /(?:^|\s)type="([^"]*)"/i,
  nonce: /(?:^|\s)nonce="([^"]*)"/i,
};

/** Every inline script of `html` the browser would run: no `src`, not a data block such as JSON-LD. */
export function inlineScripts(html: string): InlineScript[] {
  const scripts: InlineScript[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (ATTRIBUTE.src.test(attributes)) continue;
    if (!EXECUTABLE_TYPE.test((ATTRIBUTE.type.exec(attributes)?.[1] ?? '').trim())) continue;
    // The browser hashes the text after its input's line breaks are normalized to \n.
    scripts.push({ text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, nonce: ATTRIBUTE.nonce.exec(attributes)?.[1] });
  }
  return scripts;
}
