// Short forms news uses for countries that the world-countries package does
// not list (it keeps ISO codes such as "US" out of our gazetteer because most
// two-letter codes collide with words). Each entry says why it is safe.

export interface PlaceAlias {
  alias: string;
  name: string;
  demonym: boolean;
  reason: string;
}

export const PLACE_ALIASES: readonly PlaceAlias[] = [
  { alias: 'US', name: 'United States', demonym: false, reason: 'the usual news abbreviation; no common word is spelled US in capitals' },
  { alias: 'U.S.', name: 'United States', demonym: false, reason: 'dotted news abbreviation' },
  { alias: 'U.S', name: 'United States', demonym: false, reason: 'dotted abbreviation when the sentence ends on it' },
  { alias: 'America', name: 'United States', demonym: false, reason: 'news use of America for the country' },
  { alias: 'UK', name: 'United Kingdom', demonym: false, reason: 'the usual news abbreviation' },
  { alias: 'U.K.', name: 'United Kingdom', demonym: false, reason: 'dotted news abbreviation' },
  { alias: 'Britain', name: 'United Kingdom', demonym: false, reason: 'news name of the country' },
  { alias: 'British', name: 'United Kingdom', demonym: true, reason: 'demonym of the United Kingdom' },
  { alias: 'UAE', name: 'United Arab Emirates', demonym: false, reason: 'the usual news abbreviation' },
  { alias: 'Bosnian', name: 'Bosnia and Herzegovina', demonym: true, reason: 'demonym world-countries does not give ("Bosnian Prime Minister" was read as an organisation)' },
  { alias: 'Bosnians', name: 'Bosnia and Herzegovina', demonym: true, reason: 'the people of the country' },
  { alias: 'Iraqi', name: 'Iraq', demonym: true, reason: 'demonym; world-countries gives it too, kept for clarity of the adjective use' },
  // The nations of the United Kingdom, which world-countries does not list: "Nottingham, England" lies in England.
  // "English" is left out: it names the language as often as the nation ("published in English").
  ...['England', 'Scotland', 'Wales', 'Northern Ireland'].map((name): PlaceAlias => ({ alias: name, name, demonym: false, reason: 'a nation of the United Kingdom, not in world-countries' })),
  { alias: 'Scottish', name: 'Scotland', demonym: true, reason: 'demonym of Scotland' },
  { alias: 'Welsh', name: 'Wales', demonym: true, reason: 'demonym of Wales' },
  // Former names and former states that news archives are full of.
  { alias: 'Zaire', name: 'DR Congo', demonym: false, reason: 'the name of DR Congo until 1997' },
  { alias: 'Zairean', name: 'DR Congo', demonym: true, reason: 'demonym of Zaire ("Zairean Prime Minister" made a place "Zairean")' },
  { alias: 'Zairian', name: 'DR Congo', demonym: true, reason: 'demonym of Zaire, other spelling' },
  { alias: 'Soviet Union', name: 'Soviet Union', demonym: false, reason: 'former state, not in world-countries' },
  { alias: 'USSR', name: 'Soviet Union', demonym: false, reason: 'former state\'s abbreviation' },
  { alias: 'Soviet', name: 'Soviet Union', demonym: true, reason: 'demonym of the Soviet Union ("Soviet troops")' },
  { alias: 'Yugoslavia', name: 'Yugoslavia', demonym: false, reason: 'former state, not in world-countries' },
  { alias: 'Yugoslav', name: 'Yugoslavia', demonym: true, reason: 'demonym of Yugoslavia' },
  { alias: 'Czechoslovakia', name: 'Czechoslovakia', demonym: false, reason: 'former state, not in world-countries' },
  // world-countries gives "Congo" to the Republic of the Congo; news style (Reuters, AP) gives it to DR Congo.
  { alias: 'Congo', name: 'DR Congo', demonym: false, reason: 'news style calls DR Congo "Congo" and its neighbour "Republic of Congo" or "Congo Republic"' },
  { alias: 'Republic of Congo', name: 'Republic of the Congo', demonym: false, reason: 'the news name of the Congo whose capital is Brazzaville' },
  { alias: 'Congo Republic', name: 'Republic of the Congo', demonym: false, reason: 'AP style for the Congo whose capital is Brazzaville' },
];

/**
 * Short names that two places share. The alias above gives each its usual
 * news sense; an article that names only another of the places in full
 * means that one ("Congo" after "Congo Republic"), and so does one written
 * while the usual sense's place had another name.
 */
export interface SharedShortName {
  /** The short name and the demonym the places share. */
  forms: readonly string[];
  /** The places it may name, by canonical name. */
  places: readonly string[];
  reason: string;
  /** Before this date (ISO), or in an article using one of `formerly`, the short name meant `then`. */
  before?: { date: string; formerly: readonly string[]; then: string; reason: string };
}

export const SHARED_SHORT_NAMES: readonly SharedShortName[] = [
  {
    forms: ['Congo', 'Congolese'],
    places: ['DR Congo', 'Republic of the Congo'],
    reason: 'both Congos are called "Congo" for short; the one the article names in full is meant',
    before: {
      date: '1997-05-17',
      formerly: ['Zaire', 'Zairean', 'Zairian'],
      then: 'Republic of the Congo',
      reason: 'DR Congo was Zaire until May 1997, and "Congo" then meant the Republic of the Congo',
    },
  },
];
