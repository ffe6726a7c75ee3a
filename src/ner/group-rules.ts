// Organisation or group? The tagger's ORG class covers both; GUIDELINES.md
// calls armed and militant groups, rebel units, movements and coalitions
// `group`, and formal institutions `organisation`. These rules decide, in
// order, over the tokens of an ORG span. Each rule says why it fires.

export interface GroupRule {
  id: string;
  reason: string;
  /** `word`: any token of the span is one of `words`; `name`: the whole span, lowercased and with hyphens as spaces, is one of `words`. */
  match: 'word' | 'name';
  words: readonly string[];
}

export const GROUP_RULES: readonly GroupRule[] = [
  {
    id: 'group:militant-name',
    reason: 'a widely reported armed or militant group, named on its own',
    match: 'name',
    words: [
      'taliban', 'isis', 'isil', 'daesh', 'islamic state', 'hezbollah', 'hizbollah', 'hizbullah', 'hamas',
      'al qaeda', 'al qaida', 'boko haram', 'al shabaab', 'al shabab', 'houthis', 'nusra front', 'al nusra',
      'hayat tahrir al sham', 'islamic jihad', 'farc', 'eta', 'ira', 'pkk', 'ypg', 'sdf', 'ltte', 'tamil tigers',
      'khmer rouge', 'unita', 'renamo', 'kla', 'contras', 'janjaweed', 'wagner group',
    ],
  },
  {
    id: 'group:armed-formation',
    reason: 'named after a fighting formation (brigade, battalion, commandos, militia), which a formal army or ministry is not',
    match: 'word',
    words: ['brigade', 'brigades', 'battalion', 'battalions', 'commandos', 'militia', 'militias', 'mujahideen', 'mujahedeen', 'fighters', 'guerrillas', 'guerrilla', 'legion'],
  },
  {
    id: 'group:insurgent-word',
    reason: 'the name calls its members rebels, insurgents or jihadists',
    match: 'word',
    words: ['rebels', 'rebel', 'insurgents', 'insurgency', 'jihadists', 'jihad', 'separatists'],
  },
  {
    id: 'group:front-or-movement',
    reason: 'a front, movement, resistance or uprising is a collective actor, not an institution',
    match: 'word',
    words: ['front', 'movement', 'resistance', 'uprising', 'intifada'],
  },
  {
    id: 'group:coalition',
    reason: 'a coalition is an alliance of actors (GUIDELINES: "the coalition" is a group)',
    match: 'word',
    words: ['coalition', 'alliance'],
  },
];

const wordSets = new Map(GROUP_RULES.map((rule) => [rule.id, new Set(rule.words)]));

function normalisedName(tokens: readonly string[]): string {
  // "the Taliban" and "al-Qaeda" name the same groups as "Taliban" and "al Qaeda".
  return tokens.join(' ').toLowerCase().replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

/** The first rule that makes this ORG span a group, or undefined when it stays an organisation. */
export function groupRuleFor(tokens: readonly string[]): GroupRule | undefined {
  const name = normalisedName(tokens);
  const lowerTokens = tokens.map((t) => t.toLowerCase());
  return GROUP_RULES.find((rule) => {
    const words = wordSets.get(rule.id);
    if (!words) return false;
    return rule.match === 'name' ? words.has(name) : lowerTokens.some((t) => words.has(t));
  });
}

export function isGroup(tokens: readonly string[]): boolean {
  return groupRuleFor(tokens) !== undefined;
}
