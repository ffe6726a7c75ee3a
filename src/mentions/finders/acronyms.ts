// "the Islamic State of Iraq and Syria (ISIS)": a name followed by its
// acronym in brackets. The whole name is one mention (with "and" inside),
// typed like the acronym when the lexicon knows it; resolution then joins the
// two by the acronym rule or their shared canonical name.
import type { EntityType, Sentence } from '../../types.js';
import { PRIORITY, type Candidate } from '../candidate.js';
import { matchAt } from '../gazetteer.js';
import { GROUP_HEADS, PLACE_HEADS } from '../lexicon/cues.js';
import { isAcronym, isCapitalised } from './words.js';

const INNER_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'du', 'des', 'la', 'le']);
const MAX_NAME_TOKENS = 10;

export function findAcronymDefinitions(sentence: Sentence): Candidate[] {
  const tokens = sentence.tokens;
  const words = tokens.map((t) => t.text);
  const out: Candidate[] = [];
  for (let i = 1; i + 2 < words.length; i++) {
    const acronym = words[i + 1]!;
    if (words[i] !== '(' || words[i + 2] !== ')' || !isAcronym(acronym)) continue;
    const letters = acronym.replace(/\./g, '');
    for (let from = i - 1; from >= Math.max(0, i - MAX_NAME_TOKENS); from--) {
      const word = words[from]!;
      if (!isCapitalised(word) && !INNER_WORDS.has(word)) break;
      if (!isCapitalised(word)) continue;
      const span = words.slice(from, i);
      if (!initialsMatch(span, letters)) continue;
      const known = matchAt([acronym], 0);
      const type: EntityType = known?.entry.type ?? typeByHead(span);
      out.push({
        start: tokens[from]!.start,
        end: tokens[i - 1]!.end,
        type,
        score: 0.9,
        method: 'rule:acronym-definition',
        priority: PRIORITY.lexicon,
        form: 'name',
        ...(known ? { refersTo: known.entry.name } : {}),
      });
      break;
    }
  }
  return out;
}

/** Initials of the capitalised words, with or without the small words. */
function initialsMatch(span: string[], letters: string): boolean {
  const big = span.filter((w) => isCapitalised(w)).map((w) => w[0]).join('');
  const all = span.filter((w) => w !== '&').map((w) => w[0]!.toUpperCase()).join('');
  return big.toUpperCase() === letters.toUpperCase() || all === letters.toUpperCase();
}

function typeByHead(span: string[]): EntityType {
  const ofAt = span.indexOf('of');
  const head = span[(ofAt > 0 ? ofAt : span.length) - 1] ?? '';
  if (GROUP_HEADS.has(head)) return 'group';
  if (PLACE_HEADS.has(head) && head !== 'State') return 'place';
  return 'organisation';
}
