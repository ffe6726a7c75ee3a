// Verbs and what relation they express, as data. Each class lists lemmas;
// inflected forms are generated, irregular ones listed.
import type { RelationType } from '../types.js';

export interface VerbClass {
  type: RelationType;
  lemmas: string[];
  /** Prepositions the verb takes before its object ("defected to"). */
  preposition?: string;
  reason: string;
}

export const VERB_CLASSES: readonly VerbClass[] = [
  { type: 'supports', lemmas: ['train', 'arm', 'fund', 'back', 'salary', 'equip', 'support', 'finance', 'supply', 'sponsor', 'aid', 'bankroll', 'protect', 'reinforce', 'help', 'assist', 'advise', 'endorse'], reason: 'giving an actor training, arms, money or help' },
  { type: 'opposes', lemmas: ['attack', 'fight', 'block', 'sanction', 'criticize', 'criticise', 'pressure', 'bomb', 'shell', 'strike', 'target', 'condemn', 'accuse', 'oppose', 'ambush', 'invade', 'besiege', 'raid', 'threaten', 'denounce', 'blame', 'sue', 'defeat', 'expel', 'arrest', 'detain', 'punish', 'weaken', 'undermine', 'fine', 'indict', 'prosecute', 'impeach', 'ban', 'bar', 'oust', 'ridicule', 'fault'], reason: 'acting against an actor' },
  { type: 'opposes', lemmas: ['rebel', 'rally', 'protest', 'campaign'], preposition: 'against', reason: 'rising or campaigning against an actor' },
  { type: 'controls', lemmas: ['hold', 'capture', 'seize', 'occupy', 'control', 'retake', 'recapture', 'reclaim', 'overrun', 'annex', 'liberate', 'govern', 'rule'], reason: 'holding or taking a place' },
  { type: 'killed', lemmas: ['kill', 'assassinate', 'murder', 'execute', 'behead', 'slay', 'shoot dead', 'gun down', 'stab to death'], reason: 'killing a person' },
  { type: 'leads', lemmas: ['lead', 'head', 'command', 'chair', 'run', 'found'], reason: 'leading an organisation or group' },
  { type: 'met_with', lemmas: ['meet'], reason: 'a meeting' },
  { type: 'met_with', lemmas: ['talk'], preposition: 'with', reason: 'talks with' },
  { type: 'communicated_with', lemmas: ['tell', 'inform', 'brief', 'call', 'email', 'text', 'warn', 'assure', 'reassure', 'urge'], reason: 'telling an actor or an outlet something' },
  { type: 'communicated_with', lemmas: ['call'], preposition: 'on', reason: 'calling on an actor to act' },
  { type: 'communicated_with', lemmas: ['say', 'speak', 'write', 'talk', 'explain', 'confirm', 'reveal'], preposition: 'to', reason: 'saying something to an actor or an outlet' },
  { type: 'defected_to', lemmas: ['defect', 'cross over', 'switch sides', 'go over', 'desert'], preposition: 'to', reason: 'leaving one side for another' },
  { type: 'member_of', lemmas: ['join', 'enlist in'], reason: 'becoming a member' },
  { type: 'allied_with', lemmas: ['ally'], preposition: 'with', reason: 'an alliance' },
  { type: 'located_in', lemmas: ['lie', 'sit'], preposition: 'in', reason: 'a place lying in another' },
];

const IRREGULAR: Record<string, string[]> = {
  fight: ['fought'], hold: ['held'], lead: ['led'], meet: ['met'], tell: ['told'], strike: ['struck', 'stricken'],
  run: ['ran'], say: ['said'], speak: ['spoke', 'spoken'], write: ['wrote', 'written'], overrun: ['overran'],
  retake: ['retook', 'retaken'], 'go over': ['went over', 'gone over'], slay: ['slew', 'slain'], arm: [],
  'cross over': ['crossed over'], 'shoot dead': ['shot dead', 'shooting dead', 'shoots dead'], 'gun down': ['gunned down', 'gunning down', 'guns down'],
  'stab to death': ['stabbed to death', 'stabbing to death', 'stabs to death'], 'switch sides': ['switched sides'], 'enlist in': ['enlisted in'],
  salary: ['salaried', 'salaries'], control: ['controlled', 'controlling'], expel: ['expelled', 'expelling'],
  patrol: ['patrolled', 'patrolling'], bar: ['barred', 'barring', 'bars'], ban: ['banned', 'banning', 'bans'], rebel: ['rebelled', 'rebelling', 'rebels'], equip: ['equipped', 'equipping'], target: ['targeted', 'targeting'], ally: ['allied', 'allies'], supply: ['supplied', 'supplies'],
};

/** Surface forms of a verb lemma: "train" → train, trains, trained, training. */
export function inflect(lemma: string): string[] {
  const [verb, ...rest] = lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const forms = new Set<string>([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const v = verb!;
  const stem = v.endsWith('e') ? v.slice(0, -1) : v;
  const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(v) && v.length <= 4 ? v + v.slice(-1) : v;
  forms.add(`${v.endsWith('s') || v.endsWith('sh') || v.endsWith('ch') ? `${v}es` : v.endsWith('y') && !/[aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`}${tail}`);
  // Irregular verbs list their past forms; "held", never "holded".
  if (!(IRREGULAR[lemma]?.length)) {
    forms.add(`${v.endsWith('y') && !/[aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : v.endsWith('e') ? `${v}d` : `${doubled}ed`}${tail}`);
  }
  forms.add(`${v.endsWith('e') && !v.endsWith('ee') ? stem : doubled}ing${tail}`);
  return [...forms];
}

export interface VerbForm {
  form: string;
  lemma: string;
  type: RelationType;
  preposition?: string;
}

/** Every form of every class verb, longest first so "crossed over" wins over "crossed". */
export const VERB_FORMS: readonly VerbForm[] = VERB_CLASSES.flatMap((c) =>
  c.lemmas.flatMap((lemma) => inflect(lemma).map((form) => ({ form, lemma, type: c.type, ...(c.preposition ? { preposition: c.preposition } : {}) }))),
).sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
