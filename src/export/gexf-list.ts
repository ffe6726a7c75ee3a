// The text of a GEXF `liststring` value (node aliases and docs). Chosen so
// that each reader gets a list back:
// - graphology-gexf parses `["a","b"]`, with `\"`, `\\`, `\n`, `\r`, `\t`
//   escapes inside the quotes, into an array of strings;
// - networkx keeps the raw text, which is also valid JSON, so
//   `json.loads(value)` gives the list back;
// - Gephi shows it as a list column (its list syntax is the same bracketed,
//   comma-separated, quoted form; not checked by the tests here).
// A plain JSON string attribute would read back as a string in graphology and
// lose the type; a `|`-joined one would break on an alias that holds a `|`.
import { cleanXmlCharacters } from './xml.js';

const LIST_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function formatListString(items: readonly string[]): string {
  const quoted = items.map(
    (item) => `"${cleanXmlCharacters(item).replace(/[\\"\n\r\t]/g, (c) => LIST_ESCAPES[c] ?? c)}"`,
  );
  return `[${quoted.join(',')}]`;
}
