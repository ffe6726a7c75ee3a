// What text a relation pattern needs before its regular expression can match:
// a list of clauses, each a set of strings of which the sentence must contain
// at least one (" by " for the passive, ":person:name⟧" or ":person:nominal⟧"
// for a person slot). It is read off the compiled expression itself, so it
// follows every change to the patterns and macros, and it only ever asks for
// what every match contains: a sentence that fails it cannot match, and
// skipping the expression there changes no result. Skipping saves the
// matching and, for expressions a process has not run yet, their compilation.

/** Strings of which a matching text contains at least one. */
export type Clause = readonly string[];

interface Facts {
  /** Every string the piece can match, when they are few; null when unknown or too many. */
  exact: Set<string> | null;
  /** Clauses every match of the piece satisfies. */
  clauses: Clause[];
}

/**
 * Above this many strings a piece counts as unknown: cross products grow fast,
 * and long word lists (verbs, titles) hold short words found in most sentences.
 */
const MAX_STRINGS = 64;

const UNKNOWN: Facts = { exact: null, clauses: [] };

/** Facts of a group by its text (never changed once made, so shared freely). */
const GROUP_FACTS = new Map<string, Facts>();

/** Characters with a meaning of their own in a pattern (a brace only sometimes, but it is read apart). */
const SYNTAX = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
const QUANTIFIER_START = new Set(['?', '*', '+', '{']);

const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const BAR = 0x7c;

/** Zero-width or class escapes: they match no fixed text. */
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B']);

/**
 * The clauses a match of `source` (a RegExp source without the i, m, s, u or
 * v flags) must satisfy. Unknown syntax yields fewer clauses, never a wrong one.
 */
export function requiredText(source: string): Clause[] {
  const parser = new Parser(source);
  const facts = parser.alternation();
  if (parser.at < source.length) return []; // an unbalanced ")": claim nothing
  return simplify(facts.clauses);
}

/**
 * Many patterns' requirements checked against one text after another. The
 * patterns share clauses (the relation patterns use 50 distinct clauses 181
 * times), so each clause is numbered once and, per text, checked at most
 * once, its answer kept in a flat array rather than a map.
 */
export class RequirementChecker {
  private readonly clauses: Clause[] = [];
  private readonly clauseIds: number[][];
  /** Per clause, for the current text: 0 not checked yet, 1 holds, -1 does not. */
  private readonly answers: Int8Array;
  private text = '';

  /** `requirements`: each pattern's clauses, in the order satisfies numbers them. */
  constructor(requirements: ReadonlyArray<readonly Clause[]>) {
    const ids = new Map<Clause, number>();
    this.clauseIds = requirements.map((clauses) =>
      clauses.map((clause) => {
        let id = ids.get(clause);
        if (id === undefined) {
          id = this.clauses.length;
          ids.set(clause, id);
          this.clauses.push(clause);
        }
        return id;
      }),
    );
    this.answers = new Int8Array(this.clauses.length);
  }

  /** Starts on `text`: no clause checked yet. */
  use(text: string): this {
    this.text = text;
    this.answers.fill(0);
    return this;
  }

  /** True when the current text satisfies every clause of the `n`th requirement. */
  satisfies(n: number): boolean {
    for (const id of this.clauseIds[n]!) {
      let answer = this.answers[id]!;
      if (answer === 0) {
        answer = containsAny(this.text, this.clauses[id]!) ? 1 : -1;
        this.answers[id] = answer;
      }
      if (answer < 0) return false;
    }
    return true;
  }
}

function containsAny(text: string, strings: Clause): boolean {
  for (let i = 0; i < strings.length; i++) if (text.includes(strings[i]!)) return true;
  return false;
}

/**
 * One representative object per distinct clause (so memo keys are shared
 * across patterns), cheapest first; clauses every text satisfies are dropped.
 */
const internedClauses = new Map<string, Clause>();
function simplify(clauses: readonly Clause[]): Clause[] {
  const out = new Map<string, Clause>();
  for (const clause of clauses) {
    if (clause.length === 0 || clause.includes('')) continue;
    // "any of a, ab" is "a": a string that contains another adds nothing.
    const sorted = [...new Set(clause)].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    const kept: string[] = [];
    for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
    const key = kept.join('\u0000');
    let interned = internedClauses.get(key);
    if (!interned) {
      interned = Object.freeze(kept);
      internedClauses.set(key, interned);
    }
    out.set(key, interned);
  }
  return [...out.values()].sort((a, b) => a.length - b.length);
}

function isDigits(text: string): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Prefer clauses whose strings are long (rarer) and few. */
function strength(clause: Clause): number {
  let shortest = Infinity;
  for (const s of clause) shortest = Math.min(shortest, s.length);
  return shortest * 1000 - clause.length;
}

function exactFacts(strings: Set<string>): Facts {
  return { exact: strings, clauses: strings.has('') ? [] : [[...strings]] };
}

class Parser {
  at = 0;
  /** Per opening parenthesis (-1: the whole source), its closing one and its number of branches. */
  private readonly closing = new Map<number, number>();
  private readonly branches = new Map<number, number>();

  constructor(private readonly source: string) {
    const open: number[] = [-1];
    this.branches.set(-1, 1);
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === OPEN_BRACKET) i = this.classEnd(i) - 1;
      else if (c === OPEN_PAREN) {
        open.push(i);
        this.branches.set(i, 1);
      } else if (c === CLOSE_PAREN && open.length > 1) this.closing.set(open.pop()!, i);
      else if (c === BAR) {
        const at = open[open.length - 1]!;
        this.branches.set(at, (this.branches.get(at) ?? 1) + 1);
      }
    }
  }

  alternation(opening = -1): Facts {
    // Each branch would add a string or more to the one clause an alternation gives,
    // so a wide one (a word list) claims nothing: skip it unread.
    if ((this.branches.get(opening) ?? 1) > MAX_STRINGS) {
      this.at = this.closing.get(opening) ?? this.source.length;
      return UNKNOWN;
    }
    const branches: Facts[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const union = new Set<string>();
    let exact = true;
    for (const branch of branches) {
      if (!branch.exact) {
        exact = false;
        break;
      }
      for (const s of branch.exact) union.add(s);
    }
    if (exact && union.size <= MAX_STRINGS) return exactFacts(union);
    // Some branch matches: its strongest clause holds, so the union of those holds.
    const merged: string[] = [];
    for (const branch of branches) {
      let best: Clause | undefined;
      for (const clause of branch.clauses) if (!best || strength(clause) > strength(best)) best = clause;
      if (!best) return UNKNOWN;
      merged.push(...best);
      if (merged.length > MAX_STRINGS) return UNKNOWN;
    }
    return { exact: null, clauses: [merged] };
  }

  sequence(): Facts {
    const clauses: Clause[] = [];
    let current = new Set(['']);
    let allExact = true;
    const flush = () => {
      if (!current.has('')) clauses.push([...current]);
      current = new Set(['']);
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const run = this.literalRun();
      if (run !== '') {
        current = new Set([...current].map((a) => a + run));
        continue;
      }
      const item = this.quantified();
      if (item.exact && current.size * item.exact.size <= MAX_STRINGS) {
        const product = new Set<string>();
        for (const a of current) for (const b of item.exact) product.add(a + b);
        current = product;
        continue;
      }
      allExact = false;
      flush();
      clauses.push(...item.clauses);
      if (item.exact) current = item.exact;
    }
    if (allExact) return exactFacts(current);
    flush();
    return { exact: null, clauses };
  }

  /** Plain characters up to the next syntax character, less a last one a quantifier applies to. */
  private literalRun(): string {
    const start = this.at;
    let end = start;
    while (end < this.source.length && !SYNTAX.has(this.source[end]!)) end++;
    if (end > start && QUANTIFIER_START.has(this.source[end] ?? '')) end--;
    this.at = end;
    return this.source.slice(start, end);
  }

  private quantified(): Facts {
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    const { min, max } = quantifier;
    if (this.source[this.at] === '?') this.at++; // lazy: the same strings
    if (min === 0) {
      if (max === 1 && atom.exact) return exactFacts(new Set([...atom.exact, '']));
      return UNKNOWN;
    }
    if (min === 1 && max === 1) return atom;
    return { exact: null, clauses: atom.clauses };
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.source[this.at];
    if (c === '?') return this.take(1, { min: 0, max: 1 });
    if (c === '*') return this.take(1, { min: 0, max: Infinity });
    if (c === '+') return this.take(1, { min: 1, max: Infinity });
    if (c === '{') {
      // {m}, {m,} or {m,n}; anything else is a literal brace.
      const close = this.source.indexOf('}', this.at);
      const body = close < 0 ? '' : this.source.slice(this.at + 1, close);
      const comma = body.indexOf(',');
      const low = comma < 0 ? body : body.slice(0, comma);
      const high = comma < 0 ? low : body.slice(comma + 1);
      if (!isDigits(low) || (high !== '' && !isDigits(high))) return null;
      return this.take(close - this.at + 1, { min: Number(low), max: high === '' ? Infinity : Number(high) });
    }
    return null;
  }

  private take<T>(length: number, value: T): T {
    this.at += length;
    return value;
  }

  private atom(): Facts {
    const c = this.source[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') {
      this.at = this.classEnd(this.at);
      return UNKNOWN;
    }
    if (c === '\\') {
      const next = this.source[this.at + 1] ?? '';
      this.at += 2;
      // A class, a boundary, a back reference or a code escape: no fixed text claimed.
      if (CLASS_ESCAPES.has(next) || /[0-9a-zA-Z]/.test(next)) return UNKNOWN;
      return exactFacts(new Set([next]));
    }
    this.at++;
    if (c === '.' || c === '^' || c === '$') return UNKNOWN;
    return exactFacts(new Set([c]));
  }

  private group(): Facts {
    const opening = this.at;
    const closing = this.closing.get(opening) ?? this.source.length;
    const rest = this.source.slice(opening, opening + 4);
    // A lookaround's text is outside the match (or asserted absent): claim nothing.
    if (rest.startsWith('(?=') || rest.startsWith('(?!') || rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      this.at = closing + 1;
      return UNKNOWN;
    }
    // Macros repeat the same groups across patterns: read each once.
    const text = this.source.slice(opening, closing + 1);
    const known = GROUP_FACTS.get(text);
    if (known) {
      this.at = closing + 1;
      return known;
    }
    if (rest.startsWith('(?:')) this.at += 3;
    else if (rest.startsWith('(?<')) this.at = this.source.indexOf('>', this.at) + 1;
    else this.at += 1;
    const inner = this.alternation(opening);
    if (this.source[this.at] === ')') this.at++;
    GROUP_FACTS.set(text, inner);
    return inner;
  }

  /** Just past the character class opening at `start`. */
  private classEnd(start: number): number {
    let i = start + 1;
    if (this.source[i] === '^') i++;
    while (i < this.source.length && this.source.charCodeAt(i) !== CLOSE_BRACKET) i += this.source.charCodeAt(i) === BACKSLASH ? 2 : 1;
    return i + 1;
  }
}
