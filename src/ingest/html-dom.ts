// The slice of the DOM that ingest uses, typed here because the project is
// compiled without the browser's DOM typings. linkedom's and a browser's
// documents both fit it.
import { createRequire } from 'node:module';

// linkedom takes a quarter of a second to load, longer than extracting a
// short article: a command given only text never pays for it, so it is
// loaded on the first HTML page (its CommonJS build, which can be loaded
// synchronously from inside ingest).
type Linkedom = typeof import('linkedom');
let linkedom: Linkedom | undefined;
const parseHTML: Linkedom['parseHTML'] = (...args) => {
  linkedom ??= createRequire(import.meta.url)('linkedom') as Linkedom;
  return linkedom.parseHTML(...args);
};

export interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * A document for any HTML, whole page or fragment. linkedom leaves a fragment
 * without a root element (and its `body` getter then throws), so fragments
 * are wrapped in a page first.
 */
export function parseDocument(html: string): DomDocument {
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  let document = parseHTML(whole).document as unknown as DomDocument;
  if (document.documentElement === null || !hasBody(document)) {
    document = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as DomDocument;
  }
  return document;
}

function hasBody(document: DomDocument): boolean {
  try {
    return document.body !== null;
  } catch {
    return false;
  }
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase();
}
