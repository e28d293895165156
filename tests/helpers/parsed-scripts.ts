/**
 * The inline scripts a browser runs, as parse5 (a spec-compliant HTML parser) reads a
 * page: neither files (`src`) nor data blocks such as JSON-LD. Tests use it as the judge
 * of lib/server/inline-scripts.ts and of what the sealed policies must name.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

/** Script types a browser executes as classic or module scripts. */
const RUN_TYPES = ['', 'module', 'text/javascript', 'application/javascript'];

export function parsedScripts(html: string): string[] {
  const scripts: string[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'script') {
      const attribute = (name: string) => node.attrs.find((attr) => attr.name === name)?.value;
      const type = attribute('type')?.trim().toLowerCase() ?? '';
      if (attribute('src') === undefined && RUN_TYPES.includes(type)) {
        scripts.push(node.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return scripts;
}
