// Builds page elements from text. Every name, predicate and sentence comes
// from untrusted articles, so text goes in through textContent only.

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { text?: string; className?: string; title?: string } = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.text !== undefined) node.textContent = options.text;
  if (options.className !== undefined) node.className = options.className;
  if (options.title !== undefined) node.title = options.title;
  for (const child of children) node.append(child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page has no #${id}`);
  return found as T;
}

/** A link only for web addresses: a javascript: or data: URL from an article stays text. */
export function safeLink(url: string | null | undefined, text: string): HTMLElement {
  if (typeof url === 'string') {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
        const link = element('a', { text });
        link.href = parsed.href;
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
        return link;
      }
    } catch {
      // not a URL: shown as text below
    }
  }
  return element('span', { text });
}

/** Saves bytes as a file through a temporary object URL. */
export function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = element('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
