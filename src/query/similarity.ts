// Two measures of how alike two folded names are, both 0..1. Inputs are cut
// to MAX_COMPARED characters so a hostile name cannot make a query slow.

const MAX_COMPARED = 64;

/** Character trigrams of `text`, padded so short names still have some. */
export function trigrams(text: string): Set<string> {
  const padded = `  ${text.slice(0, MAX_COMPARED)} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Dice coefficient of two trigram sets. */
export function trigramSimilarity(left: Set<string>, right: Set<string>): number {
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/** 1 − Levenshtein distance / longer length; 0 for lengths too unequal to be alike. */
export function editSimilarity(a: string, b: string): number {
  const left = a.slice(0, MAX_COMPARED);
  const right = b.slice(0, MAX_COMPARED);
  const longer = Math.max(left.length, right.length);
  if (longer === 0) return 1;
  // Below 0.5 when one is more than twice the other: too far apart to matter, skip the table.
  if (Math.min(left.length, right.length) * 2 < longer) return 0;
  return 1 - levenshtein(left, right) / longer;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
