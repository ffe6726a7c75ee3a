import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';
import { foldName, slugify, arabicCore, stripRegionalQualifier } from '../../src/resolve/normalise.js';
import { qualifiedName } from '../../src/resolve/institutions.js';

describe('normalise', () => {
  it.each([
    ['Marko Marjanović', 'marko marjanovic', 'marko-marjanovic'],
    ['  The  US-military ', 'the us military', 'the-us-military'],
    ['???', '', 'unnamed'],
  ])('%s', (name, folded, slug) => {
    expect(foldName(name)).toBe(folded);
    expect(slugify(name)).toBe(slug);
  });

  it('reads Arabic article variants and regional qualifiers', () => {
    expect(arabicCore('At Tanf')).toBe(arabicCore('al-Tanf'));
    expect(stripRegionalQualifier('southern Syria')).toBe('Syria');
    expect(stripRegionalQualifier('Syria')).toBeNull();
  });
});

describe('merges within an article', () => {
  it.each([
    ['Ryan Dillon spoke. Dillon left.', 'person:ryan-dillon', ['Dillon', 'Ryan Dillon'], 'surname'],
    ['Troops at al-Tanf base stayed. They left At Tanf later.', 'place:al-tanf', ['al-Tanf', 'At Tanf'], 'transliteration'],
    ['The US military said so. US forces left.', 'organisation:us-military', ['US forces', 'US military'], 'military-synonym'],
    [
      '“Commandos of the Revolution” fighters left. The Revolutionary Commandos stayed.',
      'group:commandos-of-the-revolution',
      ['Commandos of the Revolution', 'Revolutionary Commandos'],
      'derived-form',
    ],
    ['The Free Syrian Army left. The FSA said so.', 'group:free-syrian-army', ['Free Syrian Army', 'FSA'], 'same-canonical'],
    ['Shares of iRobot Corp. rose. Later iRobot said it would stay.', 'organisation:irobot-corp', ['iRobot', 'iRobot Corp.'], 'corporate-name'],
    ['The Nordic Energy Council met. The NEC said so.', 'organisation:nordic-energy-council', ['NEC', 'Nordic Energy Council'], 'acronym'],
  ])('%s', (text, key, aliases, rule) => {
    const { entities } = extractText(text);
    const entity = entities.find((e) => e.key === key);
    expect(entity, `no ${key} in ${entities.map((e) => e.key).join(', ')}`).toBeDefined();
    expect(entity!.aliases).toEqual(aliases);
    if (rule !== 'same-canonical') expect(entity!.merges.map((m) => m.rule)).toContain(rule);
    expect(entities.filter((e) => e.type === entity!.type)).toHaveLength(1);
  });

  it.each([
    ['The far-right Alternative for Germany (AfD) called for new elections. The AfD came second.', 'Alternative for Germany', 'AfD'],
    ['Merz governs with the centre-left Social Democrats (SPD). The SPD agreed.', 'Social Democrats', 'SPD'],
  ])('joins a name and the acronym written in brackets after it, whatever its letters: %s', (text, name, acronym) => {
    const { entities } = extractText(text);
    const party = entities.find((e) => e.aliases.includes(name));
    expect(party?.type).toBe('organisation');
    expect(party?.aliases).toContain(acronym);
    expect(party?.merges.map((m) => m.rule)).toContain('acronym-defined');
    expect(entities.filter((e) => e.type === 'organisation')).toHaveLength(1);
  });

  it('joins a name and the name the article says it is known by, as the name\'s type', () => {
    const { entities } = extractText('The RSF, led by Mohamed Hamdan Dagalo, widely known as Hemedti, has besieged El Fasher. Hemedti denied it.');
    const person = entities.find((e) => e.key === 'person:mohamed-hamdan-dagalo');
    expect(person?.aliases).toEqual(['Hemedti', 'Mohamed Hamdan Dagalo']);
    expect(person?.merges.map((m) => m.rule)).toContain('known-as');
    expect(entities.filter((e) => e.label === 'Hemedti')).toEqual([]);
  });

  it('joins the first word of an organisation\'s name, used alone, to the name, which stays the label', () => {
    const { entities } = extractText('Salomon Brothers cut its rating. Salomon said so. Salomon analysts agreed.');
    expect(entities.filter((e) => e.type === 'organisation').map((e) => [e.key, e.aliases])).toEqual([['organisation:salomon-brothers', ['Salomon', 'Salomon Brothers']]]);
  });

  it('does not shorten a name to a first word that says what or whose it is, nor to one two names share', () => {
    const orgs = (text: string) => extractText(text).entities.filter((e) => e.type === 'organisation').map((e) => e.label);
    expect(orgs('Alaska Airlines flew to Alaska. Turkish Airlines said Turkish officials agreed.')).toEqual(['Alaska Airlines', 'Turkish Airlines']);
    expect(orgs('Spirit AeroSystems and Spirit Airlines talked. Spirit said nothing.')).toContain('Spirit');
  });

  it('does not join a name that ends a longer phrase to what the phrase is known as', () => {
    const { entities } = extractText('The United Nations peacekeeping force in Lebanon, known as UNIFIL, said its patrols came under fire.');
    expect(entities.find((e) => e.key === 'place:lebanon')?.aliases).toEqual(['Lebanon']);
  });

  it('does not join brackets to a person, nor to the end of a longer name', () => {
    const person = extractText('Prime Minister Narendra Modi (BJP) spoke in Delhi.').entities;
    expect(person.find((e) => e.label === 'Narendra Modi')?.aliases).toEqual(['Narendra Modi']);
    const rate = extractText('The bank pays the Basic Interest Rate of the Central Bank (TBC) plus four percent.').entities;
    expect(rate.find((e) => e.label === 'Central Bank')?.aliases ?? []).not.toContain('TBC');
  });

  it('does not merge a surname shared by two people', () => {
    const { entities } = extractText('John Smith and Anna Smith arrived. Smith spoke.');
    expect(entities.filter((e) => e.type === 'person').map((e) => e.label)).toEqual(['Anna Smith', 'John Smith']);
  });

  it('drops a description it cannot tie to one named group', () => {
    const { entities, decisions } = extractText('The rebels left the city of Aleppo.');
    expect(entities.map((e) => e.key)).toEqual(['place:aleppo']);
    expect(decisions.some((d) => d.rule === 'nominal-unresolved')).toBe(true);
  });
});

describe('whose institution', () => {
  const institutions = (text: string) =>
    extractText(text)
      .entities.filter((e) => e.type === 'organisation')
      .map((e) => `${e.key} "${e.label}"`);

  it('names the country a generic institution belongs to when the article says', () => {
    // A country right before the name, even with another country named more often.
    expect(institutions("Russia's Defence Ministry denied it. Ukraine and Ukraine's allies, Kyiv said, disagree with Ukraine's critics.")).toContain(
      'organisation:russian-defence-ministry "Russian Defence Ministry"',
    );
    // The dateline's country.
    expect(institutions('KYIV, Feb 12 (AP) — The Foreign Ministry said Russia had attacked Odesa overnight.')).toContain(
      'organisation:ukrainian-foreign-ministry "Ukrainian Foreign Ministry"',
    );
    expect(institutions('WASHINGTON (Reuters) - The Senate voted on Thursday.')).toContain('organisation:us-senate "US Senate"');
    // The article's first place, when no other country is named as often.
    expect(institutions('Bulgaria restored land to owners in Sofia, an Agriculture Ministry official said.')).toContain(
      'organisation:bulgarian-agriculture-ministry "Bulgarian Agriculture Ministry"',
    );
  });

  it('names it as news does, so an article that wrote the country into the name gives the same key', () => {
    expect(qualifiedName('Foreign Ministry', 'Türkiye')).toBe('Turkish Foreign Ministry');
    expect(qualifiedName('Army', 'United States')).toBe('US Army');
    expect(qualifiedName('Parliament', 'Bouvet Island')).toBe('Parliament (Bouvet Island)');
    expect(institutions('Turkish Foreign Ministry spokesman Omer Akbel spoke.')).toContain('organisation:turkish-foreign-ministry "Turkish Foreign Ministry"');
    expect(institutions('ANKARA (Reuters) - The Foreign Ministry said talks would go on.')).toContain('organisation:turkish-foreign-ministry "Turkish Foreign Ministry"');
  });

  it('leaves the name bare when the article does not say, and leaves other names alone', () => {
    expect(institutions('Germany and Russia met. Russia and Germany agreed, the Foreign Ministry said.')).toContain('organisation:foreign-ministry "Foreign Ministry"');
    expect(institutions('The Foreign Ministry said talks would go on.')).toContain('organisation:foreign-ministry "Foreign Ministry"');
    expect(institutions("Russia's Gazprom said so. Russia agreed.")).toContain('organisation:gazprom "Gazprom"');
  });
});
