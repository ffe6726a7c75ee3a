// Descriptions of a group's members ("Syrian fighters", "the rebels"). They
// are proposed here and kept only if resolution can tie them to one named group.
import type { Sentence } from '../../types.js';
import { PRIORITY, type Candidate } from '../candidate.js';
import { matchAt } from '../gazetteer.js';
import { NOMINAL_GROUP_HEADS } from '../lexicon/cues.js';

export function findNominals(sentence: Sentence): Candidate[] {
  const tokens = sentence.tokens;
  const words = tokens.map((t) => t.text);
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!NOMINAL_GROUP_HEADS.has(words[i]!.toLowerCase())) continue;
    // Take a demonym right before it into the description: "Syrian fighters".
    let from = i;
    const before = i > 0 ? matchAt(words, i - 1) : null;
    if (before && before.length === 1 && before.entry.demonym) from = i - 1;
    out.push({
      start: tokens[from]!.start,
      end: tokens[i]!.end,
      type: 'group',
      score: 0.5,
      method: 'rule:nominal-group',
      priority: PRIORITY.description,
      form: 'nominal',
    });
  }
  return out;
}
