// Splits an evidence sentence into plain and marked pieces, marking where it
// names either entity, so the panel can show them as <mark> text nodes.

export interface Piece {
  text: string;
  marked: boolean;
}

/** Longest names first, so "Ryan Dillon" wins over "Dillon" where both match. */
export function markNames(sentence: string, names: readonly string[]): Piece[] {
  const wanted = [...new Set(names.map((name) => name.trim()).filter((name) => name.length >= 2))].sort((a, b) => b.length - a.length);
  const lower = sentence.toLowerCase();
  const marks: [number, number][] = [];
  for (const name of wanted) {
    const needle = name.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!isWordEdge(sentence, at - 1) || !isWordEdge(sentence, end)) continue;
      if (marks.some(([start, stop]) => at < stop && end > start)) continue;
      marks.push([at, end]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  const pieces: Piece[] = [];
  let from = 0;
  for (const [start, end] of marks) {
    if (start > from) pieces.push({ text: sentence.slice(from, start), marked: false });
    pieces.push({ text: sentence.slice(start, end), marked: true });
    from = end;
  }
  if (from < sentence.length) pieces.push({ text: sentence.slice(from), marked: false });
  return pieces;
}

/** True when the character at `index` is outside the string or not a letter or digit. */
function isWordEdge(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !/[\p{L}\p{N}]/u.test(char);
}
