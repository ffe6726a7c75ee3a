// Relation patterns as data. Each reads the slot string of a sentence (see
// sentence-string.ts) with macros in braces:
//   {HEAD} {TAIL}      an entity slot, or a coordination of slots ("A , B and C");
//                      {HEAD:person|group} restricts the types
//   {VERB}             a verb of a class in verbs.ts, or a coordination of them
//                      ("trained , armed and salaried"); the class gives the type
//   {AUX} {DET} {MOD}  auxiliaries and adverbs, a determiner, a few modifiers
//   {ROLE} {TITLE}     role nouns and titles (lexicon)
//   {APPOS}            an apposition between commas (", a coalition spokesman ,")
//   {REDUCED}          a reduced passive clause ("trained , armed and salaried by the Pentagon")
//   {NOTAGENT}         the next slot is not the agent of a passive ("by the Pentagon")
//   {NOTOBJ}           the next slot is not the object of any preposition ("in Bedford")
// A group named `pred` captures the predicate of a pattern without {VERB}.
// `type: 'verb'` takes the relation type from the verb's class.
import type { RelationType } from '../types.js';

export interface RelationPattern {
  id: string;
  type: RelationType | 'verb';
  pattern: string;
  reason: string;
  /** Sentences it is meant to read, for tests and for people. */
  examples: string[];
  confidence: number;
  /** The words that express it when the pattern has no {VERB} and no `pred` group. */
  predicate?: string;
}

export const RELATION_PATTERNS: readonly RelationPattern[] = [
  {
    id: 'passive-by',
    type: 'verb',
    pattern: '{NOTOBJ}{TAIL} (?:" )?{APPOS}(?:(?:, )?(?:who|which|that) )?{AUX}{VERB} (?:(?:in|on|at) [^ ⟦]+ )?by {DET}{HYPHMOD}{HEAD}',
    reason: 'a passive verb with its agent: the agent acts on the subject',
    examples: ['Syrian fighters trained, armed and salaried by the Pentagon', 'the rebels were backed by Turkey', 'Hodeidah, a port city in western Yemen, has been controlled by the Houthis', 'iRobot was founded in 1990 by Colin Angle'],
    confidence: 0.85,
  },
  {
    id: 'active-verb',
    type: 'verb',
    // "Mary Jones of Boston killed ...": a person's home town between the subject and the verb.
    pattern: '{NOTOBJ}{HEAD} (?:of ⟦\\d+:place:name⟧ )?(?:" )?{APPOS}{REDUCED}(?:(?:, )?(?:who|which|that) )?{AUX}{VERB} {QUANT}{DET}{MOD}{HYPHMOD}{PRETAIL}{TAIL}',
    reason: 'subject, verb, object: the subject acts on the object',
    examples: ['Ryan Dillon, a coalition spokesman, told CNN', 'Mary Jones of Boston killed Peter Brown', 'the fighters have indeed defected to the Syrian army', 'the minister met United Nations envoy Hans Grundberg', 'Hamas, which controls Gaza, fired rockets', 'the coalition has been fighting the Iran-aligned Houthis', 'The YPG controls much of northern Syria'],
    confidence: 0.75,
  },
  {
    id: 'infinitive-verb',
    type: 'verb',
    pattern: '{NOTOBJ}{HEAD} to {AUX}{VERB} {DET}{MOD}{TAIL}',
    reason: 'an actor allowed or expected to act: "allowing Moscow to pressure the US" (not a place one is sent to: "deployed to Aleppo to support")',
    examples: ['allowing Moscow, Damascus and Tehran to pressure the US'],
    confidence: 0.6,
  },
  {
    id: 'hyphen-held',
    type: 'controls',
    pattern: '{HEAD} -(?<pred>held|controlled|occupied|run) {MOD}(?:(?:port|city|town|village|province|region|district|area|territory|enclave|capital) of )?{TAIL:place}',
    reason: 'a hyphenated modifier says who holds the place',
    examples: ['ISIS-held Deir ez-Zor province', 'the Houthi-held port of Hodeidah'],
    confidence: 0.9,
  },
  {
    id: 'hyphen-support',
    type: 'supports',
    pattern: '{HEAD} -(?<pred>trained|armed|backed|funded|supported|sponsored|financed|equipped) (?:, [^ ]+ -[a-z]+ )*{MOD}{TAIL:group|organisation|person}',
    reason: 'a hyphenated modifier says who trained, armed or backed the actor',
    examples: ['US-trained, US-armed fighters', 'Iranian-backed militias'],
    confidence: 0.85,
  },
  {
    id: 'hyphen-led',
    type: 'leads',
    pattern: '{HEAD:person} -led {MOD}{TAIL:group|organisation}',
    reason: 'a person-led body',
    examples: ['a Smith-led coalition'],
    confidence: 0.7,
    predicate: 'led',
  },
  {
    id: 'hyphen-based',
    type: 'based_in',
    pattern: '{TAIL:place} -based {MOD}{HEAD:organisation|group}',
    reason: 'a place-based body has its base there',
    examples: ['the Boston-based Acme Corp'],
    confidence: 0.85,
    predicate: 'based',
  },
  {
    id: 'title-of-organisation',
    type: 'works_for',
    pattern: '{TAIL:organisation|group} (?<pred>{TITLE}){HEAD:person}',
    reason: 'a rank or title after an organisation\'s name: "US Army Col. Ryan Dillon"',
    examples: ['US Army Col. Ryan Dillon'],
    confidence: 0.85,
  },
  {
    id: 'apposition-role-of',
    type: 'works_for',
    pattern: '{HEAD:person} , (?:(?:a|an|the) )?{MOD}{TAIL:organisation|group} (?<pred>(?:[a-z][a-z-]* ){0,2}?{ROLE})',
    reason: 'an apposition gives the person\'s role at an organisation: "X, a coalition spokesman", "X, the UN aid chief"',
    examples: ['Ryan Dillon, a coalition spokesman', 'Tom Fletcher, the UN aid chief, met him'],
    confidence: 0.8,
  },
  {
    id: 'apposition-role-for',
    type: 'works_for',
    pattern: '{HEAD:person} , (?:(?:a|an|the) )?{MOD}(?<pred>{ROLE} (?:for|of|at|with)) {DET}{DEMONYM}{TAIL:organisation|group}',
    reason: 'an apposition gives the person\'s role for an organisation: "X, a spokesman for the ministry"',
    examples: ['Jane Doe, a spokeswoman for the ministry'],
    confidence: 0.8,
  },
  {
    id: 'whose-role',
    type: 'works_for',
    pattern: '{TAIL:organisation|group} , whose {MOD}(?<pred>(?:[a-z][a-z-]* ){0,2}?{ROLE}) (?:, )?{HEAD:person}',
    reason: 'a relative clause names the organisation\'s officer: "Intel, whose chief executive Pat Gelsinger ..."',
    examples: ['Intel, whose chief executive Pat Gelsinger visited Beijing'],
    confidence: 0.8,
  },
  {
    id: 'role-before-name',
    type: 'works_for',
    // Words, not dashes: "AL RAI - Prime Minister X" is a press digest's source, then its headline.
    // Nor a verb of speech: in "NAN quoted police spokesman X", X speaks for the police, not for NAN.
    pattern: '{TAIL:organisation|group} (?:\'s )?{MOD}(?!(?:quoted|quotes|quoting|cited|cites|said|says|told|tells|added) )(?<pred>(?:[a-z][a-z-]* ){0,2}?{ROLE}) (?:, )?{HEAD:person}',
    reason: 'a role noun between an organisation and a name: "coalition spokesman Ryan Dillon", "CNN\'s reporter X"',
    examples: ['coalition spokesman Ryan Dillon', 'A WHO spokeswoman, Anna Berg, said', 'EU foreign policy chief Josep Borrell'],
    confidence: 0.75,
  },
  {
    id: 'copula-role-at',
    type: 'works_for',
    pattern: '{NOTOBJ}{HEAD:person} (?:, [0-9]{1,3} , )?(?:, )?(?:(?:who|and) )?(?:is|was|has been|had been|became|becomes) (?:(?:a|an|the) )?(?:[a-z-]+ ){0,2}?(?<pred>{ROLE}) (?:at|of|for|with|in) {DET}{DEMONYM}{TAIL:organisation|group}(?! \' ?s(?: |$))',
    reason: 'a person said to be a role at an organisation: "X, who is a major in the Marine Corps", "X was acting comptroller at the university"',
    examples: ['Ann Higgins, 37, who is a major in the Marine Corps, spoke', 'Joseph Cicippio was acting comptroller at the American University of Beirut'],
    confidence: 0.75,
  },
  {
    id: 'role-for-then-name',
    type: 'works_for',
    pattern: '(?<pred>{ROLE} (?:for|of|at|with)) {DET}{TAIL:organisation|group} , {HEAD:person}',
    reason: 'a role for an organisation, then the name in apposition: "A spokesman for the KRG, Safeen Dizayee, said"',
    examples: ['A spokesman for the KRG, Safeen Dizayee, said', 'a spokeswoman for the ministry, Anna Berg'],
    confidence: 0.8,
  },
  {
    id: 'apposition-possessive-role',
    type: 'works_for',
    pattern: '{HEAD:person} , {TAIL:organisation|group} \'s {MOD}(?<pred>(?:[a-z-]+ ){0,3}?{ROLE})',
    reason: 'an apposition with a possessive gives the person\'s role: "Dave Limp, Amazon\'s senior vice president"',
    examples: ["Dave Limp, Amazon's senior vice president of devices, said"],
    confidence: 0.8,
  },
  {
    id: 'apposition-possessive-leader',
    type: 'leads',
    pattern: '{HEAD:person} , {TAIL:place} \'s (?:{MOD})?(?<pred>president|prime minister|premier|king|queen|emir|crown prince|supreme leader|chancellor|leader|ruler|head of state)',
    reason: 'an apposition names the person as a country\'s leader: "Mohammed bin Salman, Saudi Arabia\'s crown prince"',
    examples: ["Mohammed bin Salman, Saudi Arabia's crown prince, visited Washington"],
    confidence: 0.8,
  },
  {
    id: 'based-in-apposition',
    type: 'based_in',
    pattern: '{HEAD:organisation|group} , (?:(?:which|that) (?:is|was|are|were) )?(?<pred>based|headquartered) in {TAIL:place}',
    reason: 'an apposition or relative clause says where a body is based',
    examples: ['iRobot, based in Bedford, Massachusetts, was founded in 1990'],
    confidence: 0.85,
  },
  {
    id: 'possessive-party',
    type: 'member_of',
    pattern: '{HEAD:person} \'s {TAIL:organisation|group} (?<pred>party|movement|bloc)',
    reason: 'a politician\'s party: "Netanyahu\'s Likud party"',
    examples: ["Prime Minister Benjamin Netanyahu's Likud party won 32 seats"],
    confidence: 0.75,
  },
  {
    id: 'apposition-hyphen-based',
    type: 'based_in',
    pattern: '{HEAD:organisation|group} , (?:a|an|the) {TAIL:place} -(?<pred>based)',
    reason: 'an apposition says where a body is based: "the Syrian Observatory, a Britain-based monitoring group"',
    examples: ['The Syrian Observatory for Human Rights, a Britain-based monitoring group, said'],
    confidence: 0.85,
  },
  {
    id: 'apposition-place-firm',
    type: 'based_in',
    pattern: '{HEAD:organisation!} , (?:a|an|the) {TAIL:place+demonym} (?:[a-z-]+ ){0,3}?(?<pred>firm|company|group|bank|carrier|carmaker|maker|manufacturer|producer|airline|newspaper|broadcaster|insurer|retailer|conglomerate|developer|utility|operator|lender|giant|startup|start-up|chain|exchange)(?= [,.]| that | which |$)',
    reason: 'an apposition names a firm by its country or city: "Sun Hung Kai Properties, a Hong Kong construction firm"',
    examples: ['Sun Hung Kai Properties, a Hong Kong construction firm, bid', 'Gazprom, the Russian gas giant, said'],
    confidence: 0.75,
  },
  {
    id: 'firm-of-place',
    type: 'based_in',
    pattern: '{HEAD:organisation!} (?<pred>of) {TAIL:place!}(?= ,| \\.| said| says| reported| was| is| has| had| will| which| who|$)',
    reason: 'a firm followed by "of" and a place: "Drexel Burnham Lambert Inc. of New York said"',
    examples: ['Drexel Burnham Lambert Inc. of New York said it would sell'],
    confidence: 0.6,
  },
  {
    id: 'place-firm-name',
    type: 'based_in',
    pattern: '{NOTOBJ}{TAIL:place+demonym} (?:[a-z-]+ )?(?<pred>drugmaker|carmaker|automaker|chipmaker|planemaker|miner|retailer|lender|insurer|conglomerate|broadcaster|airline|carrier|startup|start-up|firm|company|bank|brewer|shipper) {HEAD:organisation!}',
    reason: 'a firm named after its country or city and what it does: "Danish drugmaker Bavarian Nordic"',
    examples: ['Danish drugmaker Bavarian Nordic said it could supply doses', 'German carmaker Volkswagen cut jobs'],
    confidence: 0.75,
  },
  {
    id: 'place-possessive-body',
    type: 'based_in',
    pattern: '{NOTOBJ}{TAIL:place} \'s {HEAD:organisation|group}',
    reason: 'a country\'s body or movement is based there: "Yemen\'s Houthi rebels", "Russia\'s Gazprom"',
    examples: ["Yemen's Houthi rebels said", "Russia's Gazprom cut supplies"],
    confidence: 0.6,
    predicate: "'s",
  },
  {
    id: 'coordinated-met',
    type: 'met_with',
    pattern: '{HEAD:person} and (?:[a-z-]+ ){0,2}?{PRETAIL}{TAIL:person} {AUX}(?<pred>met|held talks)',
    reason: 'two people who "met" together: "Kenyatta and opposition leader Raila Odinga met"',
    examples: ['Kenyan President Uhuru Kenyatta and opposition leader Raila Odinga met in Nairobi'],
    confidence: 0.75,
  },
  {
    id: 'person-of-organisation',
    type: 'works_for',
    pattern: '{HEAD:person} (?<pred>of|at) {DET}{TAIL:organisation}(?! (?:-|\'s))',
    reason: 'a name followed by "of" and an organisation names where the person works: "John Smith of IBM"',
    examples: ['John Smith of IBM said the deal would close'],
    confidence: 0.6,
  },
  {
    id: 'person-of-place',
    type: 'lives_in',
    pattern: '{HEAD:person} (?<pred>of) {TAIL:place}(?= ,| \\.| said| says| told| was| is| has| who|$)',
    reason: 'a name followed by "of" and a place gives the person\'s home town: "Jane Doe of Springfield said"',
    examples: ['Jane Doe of Springfield said she would appeal'],
    confidence: 0.55,
  },
  {
    id: 'resident-of',
    type: 'lives_in',
    pattern: '{HEAD:person} , (?:a|an) (?:[a-z-]+ )?(?<pred>resident|native) of {TAIL:place}',
    reason: 'an apposition says where the person lives or comes from: "X, a resident of Y"',
    examples: ['Ann Lee, a longtime resident of Boston, said'],
    confidence: 0.75,
  },
  {
    id: 'place-native',
    type: 'lives_in',
    pattern: '{HEAD:person} , (?:a|an) {TAIL:place} (?<pred>native|resident)',
    reason: 'an apposition with a place before "native": "Maria Lopez, a Madrid native"',
    examples: ['Maria Lopez, a Madrid native, joined the bank'],
    confidence: 0.7,
  },
  {
    id: 'capital-of',
    type: 'located_in',
    pattern: "{HEAD:place!} (?:, |(?:is|was|became|remains) )(?:the |its )?(?:[a-z]+ )?(?<pred>capital) of {DET}{TAIL:place!}",
    reason: 'a capital lies in its country or region: "Paris is the capital of France", "Juba, the capital of South Sudan"',
    examples: ['Paris is the capital of France', 'Juba, the capital of South Sudan, was calm'],
    confidence: 0.85,
  },
  {
    id: 'demonym-capital',
    type: 'located_in',
    pattern: "{HEAD:place!} , (?:the |its )?{TAIL:place+demonym} (?<pred>capital)",
    reason: 'a city named as a country\'s capital by its adjective: "Kyiv, the Ukrainian capital"',
    examples: ['Drones hit Kyiv, the Ukrainian capital, overnight'],
    confidence: 0.85,
  },
  {
    id: 'quoted-by',
    type: 'communicated_with',
    // Not a possessor: in "Globo quoted Pessina's lawyer", the lawyer spoke.
    pattern: "{NOTOBJ}{TAIL:organisation|person} {AUX}(?<pred>quoted|quotes|quoting|cited|cites) {DET}{PRETAIL}{HEAD:person|organisation}(?! ' ?s(?: |$))",
    reason: 'quoting someone reports what they told the one who quotes: "Interfax quoted Dmitry Peskov as saying"',
    examples: ['Interfax quoted Kremlin spokesman Dmitry Peskov as saying talks would go on', 'Tass quoted the Kremlin press service as saying so'],
    confidence: 0.7,
  },
  {
    id: 'body-appointed',
    type: 'works_for',
    pattern: '{NOTOBJ}{TAIL:organisation} (?:on [a-z]+ )?{AUX}(?<pred>appointed|named|hired|tapped|promoted) {PRETAIL}{HEAD:person}',
    reason: 'a body appointing or hiring a person employs them: "Boeing on Monday appointed Stephanie Pope"',
    examples: ['Boeing on Monday appointed Stephanie Pope, a longtime company executive'],
    confidence: 0.7,
  },
  {
    id: 'person-age-of',
    type: 'lives_in',
    pattern: '{HEAD:person} , [0-9]{1,3} , (?<pred>of) {TAIL:place}',
    reason: 'a name, an age and "of" a place give the person\'s home town: "Marie Ferraro, 50, of Bethany"',
    examples: ['Marie Ferraro, 50, of Bethany, Conn., was shot'],
    confidence: 0.7,
  },
  {
    id: 'is-native-of',
    type: 'lives_in',
    pattern: '{HEAD:person} {AUX}(?:is|was|are) (?:a |an )?(?:[a-z-]+ )?(?<pred>native|resident) of {TAIL:place}',
    reason: 'a person said to be a native or a resident of a place',
    examples: ['Composer Ann Thomas is a native of Chisholm, Minn.'],
    confidence: 0.75,
  },
  {
    id: 'born-in',
    type: 'lives_in',
    pattern: '{HEAD:person} {APPOS}(?:was |were )?(?<pred>born)(?: [^⟦]{0,40}?)? in {TAIL:place}',
    reason: 'a birthplace is the home a news story most often gives a person (CoNLL04 Live_In)',
    examples: ['Herbert Hoover was born in West Branch, Iowa', 'Norton Simon was born on Feb. 5, 1907, in Portland'],
    confidence: 0.7,
  },
  {
    id: 'apposition-from',
    type: 'lives_in',
    pattern: '{HEAD:person} , (?:a|an) (?:[a-z-]+ ){1,2}(?<pred>from) {TAIL:place}(?! -)',
    reason: 'an apposition says where the person is from: "Derwinski, a Republican from Chicago"',
    examples: ['Ed Derwinski, a Republican from Chicago, denied it'],
    confidence: 0.65,
  },
  {
    id: 'assassin-of',
    type: 'killed',
    pattern: '{HEAD:person!} , (?:the |a )?(?<pred>assassin|killer|murderer) of {PRETAIL}{TAIL:person!}',
    reason: 'a person named in apposition as the killer of another: "John Wilkes Booth, assassin of Lincoln"',
    examples: ['John Wilkes Booth, assassin of Lincoln, was cornered'],
    confidence: 0.8,
  },
  {
    id: 'victim-assassin',
    type: 'killed',
    pattern: "{TAIL:person!} (?:' ?s )?(?<pred>assassin|killer|murderer) (?:, )?{HEAD:person!}",
    reason: 'the victim\'s name before "assassin", then the killer\'s: "Kennedy assassin Lee Harvey Oswald"',
    examples: ["Kennedy's assassin, Lee Harvey Oswald, was shot", 'King assassin James Earl Ray'],
    confidence: 0.8,
  },
  {
    id: 'unit-of',
    type: 'part_of',
    pattern: '{HEAD:organisation} , (?:a|an|the) (?:[a-z-]+ ){0,2}?(?<pred>unit|subsidiary|division|arm|affiliate) of {DET}{TAIL:organisation}',
    reason: 'an apposition says a company or body belongs to another: "X, a unit of Y"',
    examples: ['Waymo, a unit of Alphabet Inc, said'],
    confidence: 0.8,
  },
  {
    id: 'based-in-copula',
    type: 'based_in',
    pattern: '{NOTOBJ}{HEAD:organisation|group} {APPOS}{AUX}(?<pred>based|headquartered) in {TAIL:place}',
    reason: 'a body "is based" or "is headquartered" in a place',
    examples: ['Ford Motor Co is headquartered in Dearborn, Michigan', 'the group is based in Doha', "Airbus, Europe's biggest aerospace group, is based in Toulouse"],
    confidence: 0.85,
  },
  {
    id: 'apposition-leader',
    type: 'leads',
    // Not of a possessor ("head of Bucharest 's hospital") or of a place modifying what follows ("president of the Glenview , Ill.-based company").
    pattern: "{HEAD:person} , (?:(?:a|an|the) )?{MOD}(?:leader|commander|president|chief|head|founder|chairman|chairwoman|director|governor|mayor|premier|prime minister) of {DET}{TAIL}(?! ' ?s(?: |$))(?! , ⟦[^⟧]+⟧ -[a-z])",
    reason: 'an apposition names the person as the leader of something',
    examples: ['Abu X, the commander of the brigade'],
    confidence: 0.8,
    predicate: 'leader of',
  },
  {
    id: 'apposition-member',
    type: 'member_of',
    pattern: '{HEAD:person|group|organisation} , (?:(?:a|an) )?{MOD}member of {DET}{DEMONYM}{TAIL:organisation|group}',
    reason: 'an apposition names membership',
    examples: ['X, a member of the council', 'Ahmed Khan, a member of the Pakistani Taliban'],
    confidence: 0.8,
    predicate: 'member of',
  },
  {
    id: 'led-by',
    type: 'leads',
    pattern: "{TAIL:organisation|group} (?:, (?:(?:which|that) (?:is|was|has been) )?)?(?:(?:now|still|currently|long) )?(?<pred>led|headed|chaired|commanded|founded) by {PRETAIL}{HEAD:person}(?! ' ?s(?: |$))",
    reason: 'a body led, headed or founded by a person: "The RSF, led by Mohamed Hamdan Dagalo"',
    examples: ['The RSF, led by Mohamed Hamdan Dagalo, has besieged the city', 'a coalition headed by Prime Minister Anna Berg'],
    confidence: 0.8,
  },
  {
    id: 'elected-leader-of',
    type: 'leads',
    pattern: "{HEAD:person} {APPOS}(?:(?:was|has been|had been|is|will be) )?(?:(?:(?:elected|re-elected|appointed|named|chosen|sworn in|installed)(?: as)?|became|becomes|will become) (?:the )?(?:new |first |next )?(?<pred>chancellor|president|prime minister|premier|leader|head|chairman|chairwoman|chair|chief executive|mayor|governor|secretary-general|king|queen) of|(?<pred2>(?:elected|appointed|named|chosen|picked|tapped|nominated) to (?:lead|head|run))) {DET}{TAIL}(?! ' ?s(?: |$))",
    reason: 'a person elected, appointed or sworn in as the head of a country or a body leads it',
    examples: ['Friedrich Merz was elected chancellor of Germany on Tuesday', 'Anna Berg, 52, became president of the Nordic Council', 'Kristi Noem was chosen to lead the Department of Homeland Security'],
    confidence: 0.8,
  },
  {
    id: 'sworn-in-as-leader',
    type: 'leads',
    pattern: "{HEAD:person} {APPOS}(?:(?:was|has been|had been|is|will be) )?(?:sworn in|elected|re-elected|installed|inaugurated|appointed|named) as {TAIL:place+demonym} (?:' ?s )?(?:new |first |next |[a-z]+th |[a-z]+st |[a-z]+nd |[a-z]+rd )?(?<pred>president|prime minister|premier|chancellor|king|queen|emir|leader|head of state)",
    reason: 'a person sworn in or elected as a country\'s leader leads it: "X was sworn in as Indonesia\'s eighth president"',
    examples: ["Prabowo Subianto was sworn in as Indonesia's eighth president on Sunday", 'Keir Starmer was appointed as British prime minister'],
    confidence: 0.8,
  },
  {
    id: 'leader-title',
    type: 'leads',
    // "Qatar's Emir Sheikh Tamim": a possessive, and an honorific between the title and the name.
    pattern: "{TAIL:place+demonym} (?:' ?s )?(?<pred>president|prime minister|premier|king|queen|emir|sultan|chancellor|governor|mayor|crown prince|supreme leader) (?:(?:sheikh|sheik|prince|king|dr\\.?|general|gen\\.) )?{HEAD:person}",
    reason: 'a head-of-state or local leader title after a country, demonym or city names what the person leads',
    examples: ['French President Emmanuel Macron', 'Iraqi Prime Minister Mohammed Shia al-Sudani', "Qatar's Emir Sheikh Tamim bin Hamad Al Thani"],
    confidence: 0.85,
  },
  {
    id: 'talks-with',
    type: 'met_with',
    pattern: '{NOTAGENT}{HEAD:person} {APPOS}{AUX}(?:[a-z]+ ){0,2}?(?<pred>talks|a meeting|meeting|meetings) with {DET}{PRETAIL}{TAIL:person}',
    reason: 'talks or a meeting with someone',
    examples: ['Macron spoke after talks with Iraqi Prime Minister Mohammed Shia al-Sudani'],
    confidence: 0.7,
  },
  {
    id: 'base-at',
    type: 'based_in',
    pattern: '{HEAD:organisation|group} (?:\'s )?(?:(?:forces|troops|fighters) )?(?:(?:base|bases|headquarters|garrison|outpost) )?(?:(?:stationed|based|deployed|garrisoned) )?(?:at|in) {TAIL:place} (?:base|garrison)',
    reason: 'an actor at a named base',
    examples: ['the group\'s base at al-Tanf'],
    confidence: 0.8,
    predicate: 'base at',
  },
  {
    id: 'forces-at',
    type: 'based_in',
    // Only a force (signatures.ts reads the head's words): "Lancashire at Old Trafford" is a match, "CLEVELAND AT DETROIT" a fixture.
    pattern: '{HEAD:organisation|group} at {TAIL:place}',
    reason: 'armed forces "at" a place are based there (the head must name a force: forces, troops, army, brigade ...)',
    examples: ['the US forces at At Tanf'],
    confidence: 0.7,
    predicate: 'at',
  },
  {
    id: 'stationed-at',
    type: 'based_in',
    pattern: '{HEAD:organisation|group} (?<pred>(?:stationed|based|deployed|garrisoned) at) {TAIL:place}',
    reason: 'a body stationed, based or deployed at a place is based there',
    examples: ['the 82nd Airborne Division stationed at Fort Bragg', 'Ryanair Holdings based at Dublin Airport'],
    confidence: 0.75,
  },
  {
    id: 'share-base-subject',
    type: 'based_in',
    pattern: '{HEAD:organisation|group} (?:" )?(?:[a-z]+ )?(?:, )?(?:(?:who|which|that) )?{AUX}(?:share|shares|shared|sharing) (?:the |a )?{TAIL:place} (?:base|camp|garrison)',
    reason: 'sharing a base means being based there',
    examples: ['fighters, who share the al-Tanf base with the US military'],
    confidence: 0.8,
    predicate: 'share the base',
  },
  {
    id: 'share-base-partner',
    type: 'based_in',
    pattern: '(?:share|shares|shared|sharing) (?:the |a )?{TAIL:place} (?:base|camp|garrison) with {DET}{HEAD:organisation|group}',
    reason: 'the partner one shares a base with is based there too',
    examples: ['share the al-Tanf base with the US military'],
    confidence: 0.8,
    predicate: 'share the base',
  },
  {
    id: 'place-in-place',
    type: 'located_in',
    pattern: '{HEAD:place} (?:(?:base|province|camp|area|border|crossing|region|city|town|village) )?(?:with {DET}⟦[^⟧]+⟧ )?(?:in|near|outside|inside) (?:{DIR} )?{TAIL:place}',
    reason: 'a place "in" another place lies within it',
    examples: ['the al-Tanf base with the US military in southern Syria', 'Aleppo in northern Syria'],
    confidence: 0.75,
    predicate: 'in',
  },
  {
    id: 'place-appositive-in',
    type: 'located_in',
    pattern: '{HEAD:place} , (?:a|an|the) (?:[a-z-]+ ){0,3}?(?:town|city|village|region|province|district|base|camp|port|suburb|neighbourhood|neighborhood|capital) (?:in|of|near) (?:{DIR} )?{DET}{TAIL:place}',
    reason: 'an apposition places a town in a region or country',
    examples: ['Manbij, a town in northern Syria', 'Erbil, the capital of the Kurdistan region'],
    confidence: 0.85,
    predicate: 'in',
  },
  {
    id: 'kind-of-place-of',
    type: 'located_in',
    pattern: '{TAIL:place+demonym} (?:[a-z-]+ ){0,2}?(?<pred>town|city|village|port|province|region|district|governorate|capital) of {HEAD:place}',
    reason: 'a country or its demonym before "town of X": "the northern Iraqi town of Tuz Khurmatu" lies in Iraq',
    examples: ['the northern Iraqi town of Tuz Khurmatu', 'the Syrian city of Aleppo', 'the Iraqi oil city of Kirkuk'],
    confidence: 0.8,
  },
  {
    id: 'demonym-kind-place',
    type: 'located_in',
    pattern: '{TAIL:place+demonym} (?<pred>capital|city|town|port|province|region) {HEAD:place}',
    reason: 'a demonym and the kind of place before its name: "the Saudi capital Riyadh" lies in Saudi Arabia',
    examples: ['a missile at the Saudi capital Riyadh', 'the Syrian city Aleppo'],
    confidence: 0.8,
  },
  {
    id: 'place-comma-country',
    type: 'located_in',
    // Not inside a list of places ("Egypt , Morocco , S. Korea , Yemen"): no place and comma before the head, none after the tail.
    pattern: '(?<!:place:[a-z]+⟧ , ){HEAD:place!} , {TAIL:place!} (?:,(?! ⟦\\d+:place:)|\\.|;|$)',
    reason: '"City, Country" or "City, State": the city is in it (the tail must be a country or a US state, the head neither, and no list around them)',
    examples: ['Paris, France', 'Trenton, N.J.'],
    confidence: 0.7,
    predicate: ',',
  },
];

/** Verbs outside every class still link two entities: `related_to`, with the verb as predicate. */
export const FALLBACK_PATTERN: RelationPattern = {
  id: 'other-verb',
  type: 'related_to',
  // Not a word that only looks like a verb: "as", "is", a plural noun between names ("F.A. Cup champions Manchester United",
  // "Union officials from the PSA"), or "says", whose object is a whole clause ("Rwanda says Zaire expels refugees"),
  // or "quoted", whose object is whoever spoke (the quoted-by pattern reads it when that is a person).
  pattern:
    "{NOTOBJ}{HEAD} {AUX}(?!(?:as|is|was|has|his|its|this|us|says|officials|champions|hopefuls|futures|islanders|rivals|teams|sides|leaders|members|forces|troops|talks|shares|news|quoted|quotes|cited|cites) )" +
    // Nor a role noun ("Fujitsu Europe boss Paul Patterson") or a word in -ss ("press", "business").
    // Nor a name that begins a clause of its own ("Beijing hoped Washington would ..."): it is no object.
    '(?!{ROLE} )(?<verb>[a-z]+ed|[a-z]*[a-rt-z]s)(?: (?<prep>to|with|from|against|for|on|into|at|over))? {DET}{MOD}{TAIL}' +
    '(?! (?:would|will|could|should|might|may|can|must|had|has|have|was|were|is|are|did|does) )',
  reason: 'a verb outside the typed classes links two entities; the predicate says how',
  examples: ['Russia warned Turkey'],
  confidence: 0.4,
};
