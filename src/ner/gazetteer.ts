// Multi-word name lists matched over tokens. Each list marks the tokens it
// covers as the first token of a name or a following one; the tagger turns
// those marks into features and learns how far to trust each list.

export interface GazetteerData {
  source: string;
  lists: Record<string, string[]>;
}

export class Gazetteer {
  readonly listNames: string[];
  private readonly phrases = new Map<string, number>();
  /** Longest phrase, in tokens, starting with a given lowercased word. */
  private readonly longestFrom = new Map<string, number>();

  constructor(data: GazetteerData) {
    this.listNames = Object.keys(data.lists).sort();
    this.listNames.forEach((name, listIndex) => {
      const bit = 1 << listIndex;
      for (const phrase of data.lists[name] ?? []) {
        this.phrases.set(phrase, (this.phrases.get(phrase) ?? 0) | bit);
        // Count words without splitting: most names are one word.
        const space = phrase.indexOf(' ');
        const first = space < 0 ? phrase : phrase.slice(0, space);
        let words = 1;
        for (let at = space; at >= 0; at = phrase.indexOf(' ', at + 1)) words++;
        const longest = this.longestFrom.get(first);
        if (longest === undefined || longest < words) this.longestFrom.set(first, words);
      }
    });
  }

  /**
   * One bit mask per token: bit 2k = token begins a name of list k, bit 2k+1 =
   * token continues one. Names must start with a capital (any case in all-caps text).
   */
  mark(lowerTokens: readonly string[], tokens: readonly string[]): Uint32Array {
    const marks = new Uint32Array(tokens.length);
    for (let start = 0; start < tokens.length; start++) {
      const first = lowerTokens[start] ?? '';
      const longest = this.longestFrom.get(first);
      if (longest === undefined) continue;
      const firstChar = (tokens[start] ?? '').charAt(0);
      if (firstChar === firstChar.toLowerCase()) continue;
      let phrase = first;
      let bestLength = 0;
      let bestLists = 0;
      for (let length = 1; length <= longest && start + length <= tokens.length; length++) {
        if (length > 1) phrase += ` ${lowerTokens[start + length - 1] ?? ''}`;
        const lists = this.phrases.get(phrase);
        if (lists !== undefined) {
          bestLength = length;
          bestLists = lists;
        }
      }
      for (let k = 0; k < this.listNames.length; k++) {
        if ((bestLists & (1 << k)) === 0) continue;
        marks[start] = (marks[start] ?? 0) | (1 << (2 * k));
        for (let t = start + 1; t < start + bestLength; t++) marks[t] = (marks[t] ?? 0) | (1 << (2 * k + 1));
      }
    }
    return marks;
  }
}
