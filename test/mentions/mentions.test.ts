import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';

// Names only: descriptions ("fighters") are proposed too, and tested below.
const mentionsOf = (text: string) =>
  extractText(text)
    .mentions.filter((m) => m.form !== 'nominal')
    .map((m) => `${m.text}/${m.type}`);

describe('mention rules', () => {
  it.each([
    ['US Army Col. Ryan Dillon spoke.', ['US Army/organisation', 'Ryan Dillon/person']],
    ['They went to the Syrian army.', ['Syrian army/organisation']],
    ['Iraqi Prime Minister Mohammed Shia al-Sudani arrived.', ['Iraqi/place', 'Mohammed Shia al-Sudani/person']],
    ['Fighters of the Free Syrian Army left Aleppo.', ['Free Syrian Army/group', 'Aleppo/place']],
    ['ISIS-held Deir ez-Zor province fell.', ['ISIS/group', 'Deir ez-Zor/place']],
    ['Troops were sent to the Middle Euphrates River Valley.', ['Middle Euphrates River Valley/place']],
    ['Hodeidah, a port city in Yemen, was shelled.', ['Hodeidah/place', 'Yemen/place']],
    ['Maersk, the Danish shipping group, said so.', ['Maersk/organisation', 'Danish/place']],
    ["Anna Berg, the company's co-founder, said so.", ['Anna Berg/person']],
    ['They left. General Electric Co said so.', ['General Electric Co/organisation']],
    ['A man was shot in the West Bank.', ['West Bank/place']],
    ['They met at the Palace of Versailles.', ['Palace of Versailles/place']],
    ['Crews from Duke Energy left.', ['Duke Energy/organisation']],
    ['It passed. Democratic Senator Elizabeth Warren of Massachusetts criticized the bill.', ['Elizabeth Warren/person', 'Massachusetts/place']],
    ['The storm killed 22 people in Barbuda and St. Martin.', ['Barbuda/place', 'St. Martin/place']],
    ['Hurricane Irma made landfall on Sunday.', []],
    ['Officials said so. FEMA Administrator Brock Long said it would take weeks.', ['FEMA/organisation', 'Brock Long/person']],
    ['Mohammed bin Salman arrived.', ['Mohammed bin Salman/person']],
    ["Later, Bashar al-Assad's forces retook the town.", ['Bashar al-Assad/person']],
    ['Fighting went on in Deir al-Zor and Ras al-Ain.', ['Deir al-Zor/place', 'Ras al-Ain/place']],
    ['Later, Hayat Tahrir al-Sham and Jaish al-Islam fought.', ['Hayat Tahrir al-Sham/group', 'Jaish al-Islam/group']],
    ['Then Omar Brigade, a rebel group, pulled out.', ['Omar Brigade/group']],
    ['Then Acme Partners, a rebel group, pulled out.', ['Acme Partners/group']],
    ['The envoy Ismail Ould Cheikh Ahmed arrived.', ['Ismail Ould Cheikh Ahmed/person']],
    ['Pope Francis met Patriarch Kirill.', ['Francis/person', 'Kirill/person']],
    ['Later, Former Secretary of State James Baker met Minister of State for Foreign and Commonwealth Affairs Liam Fox.', ['James Baker/person', 'Liam Fox/person']],
    ['Then Senior Sergeant Dave Pearson and Crown Prince Abdullah met Information Minister Ali Saleh.', ['Dave Pearson/person', 'Abdullah/person', 'Ali Saleh/person']],
    ['Then Bosnian Prime Minister Hasan Muratovic arrived.', ['Bosnian/place', 'Hasan Muratovic/person']],
    ['The Prime Minister said so. Later the Secretary of State arrived.', []],
    ['SOCCER - PRESS DIGEST SHOWS GAMES . Trading closed at 1400 GMT .', []],
    ['Opel AG together with General Motors came second.', ['Opel AG/organisation', 'General Motors/organisation']],
    ['"It is big," said Stacy Rasgon, an analyst at Bernstein. A spokesman at Dhaka airport agreed.', ['Stacy Rasgon/person', 'Bernstein/organisation', 'Dhaka/place']],
    ['Tom Lind, the bank’s chief economist, said so.', ['Tom Lind/person']],
    ['Niels van Dam said so.', ['Niels van Dam/person']],
    ['the Islamic State of Iraq and Syria (ISIS) regrouped.', ['Islamic State of Iraq and Syria/group', 'ISIS/group']],
    ['Moscow, Damascus and Tehran agreed.', ['Moscow/place', 'Damascus/place', 'Tehran/place']],
    ['Dock workers joined “Commandos of the Revolution” fighters.', ['Commandos of the Revolution/group']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it.each([
    ['The strike began on Monday in June.'],
    ['Many of these men are tired.'],
    ['What I had not realized is this.'],
  ])('finds no names in "%s"', (text) => {
    expect(mentionsOf(text)).toEqual([]);
  });

  it('knows a surname used alone without its Arabic article as the person named in full', () => {
    const { entities, relations } = extractText('Prime Minister Haider al-Abadi arrived on Monday.\n\nAbadi met Masoud Barzani in Baghdad.');
    expect(entities.find((e) => e.key === 'person:haider-al-abadi')?.aliases).toEqual(['Abadi', 'Haider al-Abadi']);
    expect(relations.some((r) => r.type === 'met_with' && r.head === 'person:haider-al-abadi' && r.tail === 'person:masoud-barzani')).toBe(true);
    // Only before a capital: "al-" inside an ordinary word is left alone.
    expect(extractText('Ali Hassan spoke.\n\nHassan left.').entities.map((e) => e.key)).toEqual(['person:ali-hassan']);
  });

  it('leaves the titles out of a name the model found with them', () => {
    const { entities } = extractText('The case was heard.\n\nFederal Judge Sergio Moro found him guilty.');
    expect(entities.map((e) => e.key)).toEqual(['person:sergio-moro']);
  });

  it('knows a middle name used alone, in a name of four names or more', () => {
    const { entities } = extractText('Luiz Inacio Lula da Silva spoke.\n\nLula said he would run again.');
    expect(entities.map((e) => `${e.key} ${e.aliases.join('|')}`)).toEqual(['person:luiz-inacio-lula-da-silva Luiz Inacio Lula da Silva|Lula']);
  });

  it("knows a company's acronym without its legal form", () => {
    const { entities } = extractText('General Electric Co said so. GE shares fell.');
    expect(entities.map((e) => `${e.key} ${e.aliases.join('|')}`)).toEqual(['organisation:general-electric-co GE|General Electric Co']);
  });

  it('maps demonyms to their country and never to a second node', () => {
    const { entities } = extractText('Russian and Iranian allies met in Russia.');
    expect(entities.map((e) => `${e.key} ${e.aliases.join('|')}`)).toEqual(['place:iran Iran|Iranian', 'place:russia Russia|Russian']);
  });

  it('finds a surname after the full name, by rule alone', () => {
    const { mentions } = extractText('Ryan Dillon spoke. Later Dillon left.', 'test', { rulesOnly: true });
    expect(mentions.map((m) => `${m.text}:${m.method}`)).toEqual(['Ryan Dillon:rule:name-like', 'Dillon:rule:surname-after-full-name']);
  });

  it('reads a title-case headline only for known names', () => {
    const extraction = extractText('Pentagon Confirms Its In-House Rebels Defected to the Syrian Army\n\nThe body follows here.');
    expect(extraction.mentions.filter((m) => m.form === 'name').map((m) => m.text)).toEqual(['Pentagon', 'Syrian Army']);
  });

  it('ties a description to the one group the article names with it', () => {
    const extraction = extractText('“Commandos of the Revolution” fighters left. Later the fighters returned.');
    const group = extraction.entities.find((e) => e.key === 'group:commandos-of-the-revolution')!;
    const texts = group.mentions.map((i) => extraction.mentions[i]!.text);
    expect(texts).toEqual(['Commandos of the Revolution', 'fighters', 'fighters']);
    expect(group.aliases).toEqual(['Commandos of the Revolution']);
  });
});

describe('with the trained recogniser', () => {
  it.each([
    ['The Houthis fired rockets.', ['Houthis/group']],
    ['Later Dillon left.', ['Dillon/person']],
    ['Many men are from ISIS-held Deir ez-Zor province.', ['ISIS/group', 'Deir ez-Zor/place']],
    ['Dock workers joined a strike that began in Antwerp last week.', ['Antwerp/place']],
    // A relative named after a family noun, a first name alone included.
    ['President Macron arrived with his wife Brigitte on Monday.', ['Macron/person', 'Brigitte/person']],
    ["The senator's son Hunter Biden testified.", ['Hunter Biden/person']],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('splits a name the recogniser ran across a word that joins two names', () => {
    const found = mentionsOf('Microsoft, based in Redmond, Washington, unbundled Teams from Office worldwide last year.');
    expect(found.filter((m) => m.includes(' from '))).toEqual([]);
    expect(found).toContain('Microsoft/organisation');
  });

  it('leaves a title-case headline to the rules', () => {
    const extraction = extractText('France Pledges Troops as Islamic State Regroups in Iraq\n\nThe body follows here.');
    expect(extraction.mentions.some((m) => m.method.startsWith('model:'))).toBe(false);
  });
});

describe('words that name no actor', () => {
  it('reads a word after a model number as a product, not an organisation', () => {
    expect(mentionsOf('Boeing delivered 20 737 MAX jets in May, and Airbus 40 A320 Neo jets.')).toEqual(['Boeing/organisation', 'Airbus/organisation']);
  });

  it('reads a rank before a body\'s head word as part of the body\'s name', () => {
    expect(mentionsOf('Microsoft will appeal at the General Court in Luxembourg.')).toEqual(['Microsoft/organisation', 'General Court/organisation', 'Luxembourg/place']);
  });

  it('makes no name of a run of capitals longer than any name, which would make a key as long', () => {
    expect(extractText(`The ${'A'.repeat(5000)} board met in Paris.`).entities.map((e) => e.key)).toEqual(['place:paris']);
  });

  it('ends a name at the end of its line', () => {
    expect(mentionsOf('6. Danny Theybers ( Belgium ) Honda\nSecond race\n1. Shayne King ( New Zealand ) KTM').filter((m) => m.includes('\n'))).toEqual([]);
  });

  it('lets a name run on over the end of a line of wrapped prose', () => {
    expect(mentionsOf('The talks were attended by officials of both sides and by Prime Minister Narendra\nModi, who spoke.')).toContain('Narendra\nModi/person');
  });

  it('reads no person in "the President of the United States"', () => {
    expect(mentionsOf('In 1890, the 34th President of the United States, Dwight D. Eisenhower, was born in Denison.')).not.toContain('of the United States/person');
  });

  it('reads an adjective before a place noun as no place, and knows the nations of the UK and former states', () => {
    expect(mentionsOf('Refugees crossed the Sicilian border.')).toEqual([]);
    expect(mentionsOf('Zairean Prime Minister Kengo wa Dondo spoke in Nottingham, England.')).toEqual(['Zairean/place', 'Kengo wa Dondo/person', 'Nottingham/place', 'England/place']);
  });

  it('reads a name after a firm noun as a firm, and an alliance in apposition as a body', () => {
    expect(mentionsOf('Danish drugmaker Bavarian Nordic said so. Gavi, the vaccine alliance, agreed.')).toEqual(['Danish/place', 'Bavarian Nordic/organisation', 'Gavi/organisation']);
  });

  it('still reads a name after a year', () => {
    expect(mentionsOf('In 2024 Boeing delivered fewer jets.')).toEqual(['Boeing/organisation']);
  });
});

describe('kinds written with capitals', () => {
  it('are not taken for persons ("Big Tech", "a former Green Beret", "a retired Army Green Beret")', () => {
    const people = extractText('Regulators said Big Tech must open its app stores. A former Green Beret testified before Congress on Tuesday. Mike Waltz, a retired Army Green Beret, agreed.')
      .entities.filter((entity) => entity.type === 'person')
      .map((entity) => entity.label);
    expect(people).toEqual(['Mike Waltz']);
  });
});
