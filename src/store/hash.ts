// Node-only (node:crypto): the content hash that tells a re-added article
// from a changed one. It is taken of the normalised text, so the same story
// saved again with other line endings or a byte-order mark is the same article.
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
