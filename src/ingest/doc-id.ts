// Document ids: stable across runs and machines, safe in file names, URLs
// and graph keys.

/** The id for a document: the one given, else its file name, else a hash of its text. */
export function docId(text: string, id: string | undefined, path: string | undefined): string {
  if (id !== undefined && id.trim() !== '') return id.trim();
  if (path !== undefined) {
    const name = path.split(/[\\/]/).pop() ?? '';
    const dot = name.lastIndexOf('.');
    const slug = slugify(dot > 0 ? name.slice(0, dot) : name);
    if (slug !== '') return slug;
  }
  return `doc-${fnv1a32(text)}`;
}

/** Lower case ASCII letters, digits, "_" and "-"; accents folded, other runs become "-". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a over the UTF-16 code units, as 8 hex digits. Not for security: for naming. */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
