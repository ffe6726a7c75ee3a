// Words that tell what kind of thing a name is. Each list says why.

/** Last word of a proper name that makes it an organisation ("Defence Ministry"). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'Army', 'Navy', 'Military', 'Ministry', 'Department', 'Agency', 'Office', 'Council', 'Commission', 'Committee',
  'Parliament', 'Assembly', 'Senate', 'Court', 'Bank', 'Fund', 'Institute', 'Institution', 'University', 'College',
  'School', 'Party', 'Union', 'Association', 'Federation', 'Foundation', 'Organization', 'Organisation', 'Corporation',
  'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'Group', 'Company', 'Co.', 'Holdings', 'Airlines', 'Airways',
  'News', 'Times', 'Post', 'Herald', 'Journal', 'Telegraph', 'Guardian', 'Tribune', 'Gazette', 'Insider', 'Research',
  'Press', 'Radio', 'Television', 'TV', 'Network', 'Media', 'Service', 'Services', 'Police', 'Guard', 'Guards', 'Corps',
  'Command', 'Authority', 'Programme', 'Program', 'Mission', 'Fleet', 'Brigade Command', 'Board', 'Bureau', 'Centre', 'Center', 'Government', 'Administration', 'Cabinet', 'Club',
  'Team', 'Church', 'Hospital', 'Trust', 'Society', 'Alliance', 'Coalition', 'Forces', 'Air Force',
  // Company names end so: "Duke Energy", "General Motors", "Pfizer Pharmaceuticals".
  'Energy', 'Motors', 'Petroleum', 'Pharmaceuticals', 'Technologies', 'Systems', 'Communications', 'Airline', 'Bancorp',
]);

/**
 * A party named by its members: "Social Democrats", "Liberal Democrats",
 * "Sweden Democrats". As the last word of a name of two words or more it
 * makes the name an organisation, not a person with a plural surname.
 */
export const PARTY_PLURALS: ReadonlySet<string> = new Set([
  'Democrats', 'Republicans', 'Socialists', 'Conservatives', 'Liberals', 'Greens', 'Communists', 'Nationalists', 'Unionists',
]);

/** Head words of collective actors that are not formal institutions (GUIDELINES: group). */
export const GROUP_HEADS: ReadonlySet<string> = new Set([
  'Commandos', 'Brigade', 'Brigades', 'Battalion', 'Battalions', 'Front', 'Movement', 'Militia', 'Militias',
  'Legion', 'Mujahideen', 'Rebels', 'Fighters', 'Martyrs', 'Revolutionaries', 'Division', 'Regiment', 'Units',
  'Hawks', 'Lions', 'Tigers', 'Falcons', 'Squad', 'Cell', 'Faction', 'Resistance', 'Jihad', 'Jamaat',
]);

/** Last word of a proper name that makes it a place ("Euphrates River Valley"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'River', 'Valley', 'Mountain', 'Mountains', 'Mount', 'Hills', 'Sea', 'Ocean', 'Lake', 'Gulf', 'Bay', 'Strait',
  'Island', 'Islands', 'Peninsula', 'Desert', 'Basin', 'Plain', 'Plains', 'Coast', 'Province', 'Governorate',
  'Region', 'District', 'County', 'State', 'Square', 'Street', 'Avenue', 'Road', 'Airport', 'Base', 'Camp',
  'Crossing', 'Border', 'Canal', 'Bridge', 'Park', 'Heights', 'Strip', 'Bank', 'Oblast', 'Prefecture',
  'Palace', 'Castle', 'Cathedral', 'Mosque', 'Stadium',
]);

/** Lowercase nouns after a place name that confirm it is a place ("Deir ez-Zor province"). */
export const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'province', 'governorate', 'region', 'city', 'town', 'village', 'district', 'county', 'state', 'area',
  'base', 'border', 'crossing', 'airport', 'valley', 'river', 'desert', 'camp', 'countryside',
]);

/**
 * Lowercase nouns that, after a country or demonym, name that country's
 * institution ("the Syrian army", "the US military"): an organisation.
 */
export const STATE_INSTITUTIONS: ReadonlySet<string> = new Set([
  'army', 'military', 'navy', 'government', 'forces', 'troops', 'police', 'parliament', 'ministry', 'air force',
  'armed forces', 'security forces', 'intelligence', 'authorities', 'embassy', 'administration',
]);

/** Of those, the ones that are one body whatever the word: "US forces" and "US troops" are the US military. */
export const MILITARY_SYNONYMS: ReadonlySet<string> = new Set(['military', 'forces', 'troops', 'armed forces']);

/**
 * Lowercase words joining the parts of one name ("Commandos of the Revolution",
 * "Osama bin Laden"). "the" joins only after "of" or "for"; "and" never does,
 * since "Moscow, Damascus and Tehran" are three names.
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'de', 'del', 'du', 'da', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'la', 'le', 'ez', 'es']);

/** Lowercase particles inside personal names ("Niels van Dam", "Luiz Inacio Lula da Silva"): never a name on their own. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'ter', 'ten', 'y', 'e',
]);

/** Arabic articles written as their own capitalised word ("At Tanf", "Al Qaim"). */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['Al', 'Ar', 'As', 'At', 'Ad', 'Ash', 'Az', 'An', 'El', 'Ad-', 'Ez']);

/** Lowercase nouns that, with "the", name a salient collective actor (GUIDELINES lists "the coalition" as a group). */
export const DEFINITE_COLLECTIVES: ReadonlyMap<string, { type: 'group' | 'organisation'; reason: string }> = new Map([
  ['coalition', { type: 'group', reason: 'news uses "the coalition" for the military coalition of the story' }],
]);

/**
 * Plural nouns for the members of an armed or political group. "Syrian
 * fighters" or "the defectors" stand for a named group when the article ties
 * the noun to exactly one ("“Commandos of the Revolution” fighters").
 */
export const NOMINAL_GROUP_HEADS: ReadonlySet<string> = new Set([
  'fighters', 'rebels', 'militants', 'insurgents', 'defectors', 'gunmen', 'militiamen', 'guerrillas', 'jihadists',
]);

/**
 * Legal-form words after a company's name: "Amazon.com Inc" is "Amazon" in the
 * next sentence, and the suffix settles that it is an organisation.
 */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'plc', 'PLC', 'AG', 'SA',
  'S.A.', 'NV', 'N.V.', 'GmbH', 'SE', 'Holdings', 'Group',
]);

/** "Amazon.com Inc" → "Amazon"; null when the name has no legal-form suffix. */
export function corporateCore(name: string): string | null {
  const words = name.split(/\s+/);
  let end = words.length;
  while (end > 1 && CORPORATE_SUFFIXES.has(words[end - 1]!)) end--;
  if (end === words.length) return null;
  return words.slice(0, end).join(' ').replace(/\.com$/i, '');
}

/** First words of named events ("Hurricane Irma", "Operation Inherent Resolve"), which are not actors. */
export const EVENT_WORDS: ReadonlySet<string> = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Operation']);
