import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../helpers.js';
import { RELATION_PATTERNS } from '../../src/relations/patterns.js';
import { inflect } from '../../src/relations/verbs.js';

describe('relation patterns, one construction each', () => {
  it.each([
    ['passive with coordinated verbs', '“Commandos of the Revolution” fighters left. Syrian fighters trained, armed and salaried by the Pentagon have defected to the Syrian army.', [
      'group:commandos-of-the-revolution -defected_to-> organisation:syrian-army',
      'organisation:pentagon -supports-> group:commandos-of-the-revolution',
    ]],
    ['apposition, then reported speech', 'The coalition met. Ryan Dillon, a coalition spokesman, told CNN that the talks failed.', [
      'person:ryan-dillon -communicated_with-> organisation:cnn',
      'person:ryan-dillon -works_for-> group:coalition',
    ]],
    ['title after an organisation', 'The interview was given by US Army Col. Ryan Dillon.', ['person:ryan-dillon -works_for-> organisation:us-army']],
    ['hyphenated holder', 'Many men are from ISIS-held Deir ez-Zor province.', ['group:isis -controls-> place:deir-ez-zor']],
    ['hyphenated holder of the port of a city', 'Jets struck the Houthi-held port of Hodeidah.', ['group:houthis -controls-> place:hodeidah']],
    ['a hyphenated modifier is not the object', 'The coalition has been fighting the Iran-aligned Houthis since 2015.', ['group:coalition -opposes-> group:houthis']],
    ['hyphenated supporter', 'The Houthis are an Iranian-backed movement. Iran-backed Houthis fired again.', ['place:iran -supports-> group:houthis']],
    ['hyphenated base', 'The Boston-based Acme Corporation hired them.', ['organisation:acme-corporation -based_in-> place:boston']],
    ['place in a region', 'They share the al-Tanf base with the US military in southern Syria.', [
      'organisation:us-military -based_in-> place:al-tanf',
      'place:al-tanf -located_in-> place:syria',
    ]],
    ['appositive town', 'Hodeidah, a port city in western Yemen, has been controlled by the Houthis since 2014.', [
      'group:houthis -controls-> place:hodeidah',
      'place:hodeidah -located_in-> place:yemen',
    ]],
    ['relative clause with passive', 'The Houthis, who are supported by Iran, fired rockets.', ['place:iran -supports-> group:houthis']],
    ['leader apposition', 'Ahmed Saleh, the commander of the Giants Brigades, said so.', ['person:ahmed-saleh -leads-> group:giants-brigades']],
    ['head-of-state title', 'French President Emmanuel Macron arrived.', ['person:emmanuel-macron -leads-> place:france']],
    ['coordinated subjects', 'The deal allowed Moscow, Damascus and Tehran to pressure the United States.', [
      'place:damascus -opposes-> place:united-states',
      'place:moscow -opposes-> place:united-states',
      'place:tehran -opposes-> place:united-states',
    ]],
    ['meeting with a titled person', 'Foreign Minister Ahmed Awad bin Mubarak met United Nations envoy Hans Grundberg in Riyadh.', [
      'person:ahmed-awad-bin-mubarak -met_with-> person:hans-grundberg',
      'person:hans-grundberg -works_for-> organisation:united-nations',
    ]],
    ['a meeting with a relative named after a family noun', 'Prime Minister Narendra Modi met his mother Heeraben in Gandhinagar.', [
      'person:narendra-modi -met_with-> person:heeraben',
    ]],
    ['city, country', 'The summit opened in Lyon, France.', ['place:lyon -located_in-> place:france']],
    ['membership of a body a demonym qualifies', 'Police arrested Ahmed Khan, a member of the Pakistani Taliban, in Karachi.', ['person:ahmed-khan -member_of-> group:taliban']],
    ['a share of a place, past a relative clause', 'The YPG, which Ankara considers a terrorist group, controls much of northern Syria.', ['group:ypg -controls-> place:syria']],
    ['a meeting with a premier', 'Jean-Claude Juncker, president of the European Commission, met Chinese Premier Li Keqiang.', [
      'person:jean-claude-juncker -leads-> organisation:european-commission',
      'person:jean-claude-juncker -met_with-> person:li-keqiang',
      'person:li-keqiang -leads-> place:china',
    ]],
    ['taking a town named after its kind', 'Russian forces captured the town of Bakhmut.', ['organisation:russian-forces -controls-> place:bakhmut']],
    ["a politician's party", "Prime Minister Benjamin Netanyahu's Likud party won 32 seats.", ['person:benjamin-netanyahu -member_of-> organisation:likud']],
    ["a country's leader in an apposition, and a name with bin", "Mohammed bin Salman, Saudi Arabia's crown prince, visited Washington.", [
      'person:mohammed-bin-salman -leads-> place:saudi-arabia',
    ]],
    ['a demonym and the kind of place', 'Rebels fired a missile at the Saudi capital Riyadh.', ['place:riyadh -located_in-> place:saudi-arabia']],
    ["a country's movement", "Yemen's Houthi rebels fired again.", ['group:houthis -based_in-> place:yemen']],
    ['a hyphen-based apposition', 'The Syrian Observatory for Human Rights, a Britain-based monitoring group, said so.', ['organisation:syrian-observatory-for-human-rights -based_in-> place:united-kingdom']],
    ['two people who met', 'Kenyan President Uhuru Kenyatta and opposition leader Raila Odinga met in Nairobi.', [
      'person:uhuru-kenyatta -leads-> place:kenya',
      'person:uhuru-kenyatta -met_with-> person:raila-odinga',
    ]],
    ['a person of an organisation', 'John Smith of IBM said the deal would close next year.', ['person:john-smith -works_for-> organisation:ibm']],
    ['a person of a place', 'Jane Doe of Springfield said she would appeal.', ['person:jane-doe -lives_in-> place:springfield']],
    ['a native of a place', 'Maria Lopez, a Madrid native, joined the European Central Bank in 2010.', [
      'person:maria-lopez -lives_in-> place:madrid',
      'person:maria-lopez -member_of-> organisation:european-central-bank',
    ]],
    ['a resident of a place', 'Ann Lee, a longtime resident of Boston, said so.', ['person:ann-lee -lives_in-> place:boston']],
    ['a unit of a company', 'Waymo, a unit of Alphabet Inc, said so.', ['organisation:waymo -part_of-> organisation:alphabet-inc']],
    ['a founder of a country, with a modifier', 'Lee Kuan Yew, who founded modern Singapore, died on Monday.', ['person:lee-kuan-yew -leads-> place:singapore']],
    ['based in, past an apposition', "Airbus, Europe's biggest aerospace group, is based in Toulouse.", ['organisation:airbus -based_in-> place:toulouse']],
    ['a copula and "headquartered in"', 'Ford Motor Co is headquartered in Dearborn.', ['organisation:ford-motor-co -based_in-> place:dearborn']],
    ['a role of a company known by one word', 'Satya Nadella, chief executive of Microsoft, praised the deal.', ['person:satya-nadella -leads-> organisation:microsoft']],
    ['a role for an organisation, then the name', 'A spokeswoman for the World Health Organization, Anna Berg, said so.', ['person:anna-berg -works_for-> organisation:world-health-organization']],
    ['kind of place of a name, after a demonym', 'A bomb exploded in the northern Iraqi town of Tuz Khurmatu.', ['place:tuz-khurmatu -located_in-> place:iraq']],
    ['the capital of a region, with its article', 'He spoke from Erbil, the capital of the Kurdistan region.', ['place:erbil -located_in-> place:kurdistan']],
    ['verb outside the classes', 'Anna Berg visited Moscow on Monday.', ['person:anna-berg -related_to-> place:moscow']],
    ['apposition with a list of places, then a passive with a date', 'Acme Corp, based in Bedford, Massachusetts, was founded in 1990 by Colin Angle.', [
      'organisation:acme-corp -based_in-> place:bedford',
      'organisation:acme-corp -based_in-> place:massachusetts',
      'person:colin-angle -leads-> organisation:acme-corp',
      'place:bedford -located_in-> place:massachusetts',
    ]],
    ['"City, State" with an AP abbreviation', 'Officials met in Trenton, N.J., on Monday.', ['place:trenton -located_in-> place:new-jersey']],
    ['possessive role in an apposition', "Dave Limp, Amazon.com Inc's senior vice president of devices, said so.", ['person:dave-limp -works_for-> organisation:amazon-com-inc']],
    ['role words before a name', 'EU foreign policy chief Josep Borrell called them barbaric.', ['person:josep-borrell -works_for-> organisation:european-union']],
    ['relative clause, active', 'Hamas, which controls Gaza, fired rockets at Israel.', ['group:hamas -controls-> place:gaza']],
    ['an organisation before a title', 'Boeing spokesman Tim Cook praised the deal.', ['person:tim-cook -works_for-> organisation:boeing']],
    ['an organisation before the title of its head', 'Apple CEO Tim Cook praised the deal. Congress party leader Rahul Gandhi disagreed.', [
      'person:rahul-gandhi -leads-> organisation:congress',
      'person:tim-cook -leads-> organisation:apple',
    ]],
    ['a body led or headed by a person', 'The RSF, led by Mohamed Hamdan Dagalo, besieged the city. The Liberal Party, which is headed by Prime Minister Anna Berg, won.', [
      'person:anna-berg -leads-> organisation:liberal-party',
      'person:mohamed-hamdan-dagalo -leads-> organisation:rsf',
    ]],
    ['a place name ending inside a hyphenated word', 'Hindenburg Research, a New York-based short seller, made the claims.', [
      'organisation:hindenburg-research -based_in-> place:new-york',
    ]],
    ['a person elected or appointed head of a country or a body', 'Friedrich Merz was elected chancellor of Germany on Tuesday. Anna Berg, 52, became president of the Nordic Council.', [
      'person:anna-berg -leads-> organisation:nordic-council',
      'person:friedrich-merz -leads-> place:germany',
    ]],
    ['a role of the body a sentence before named, as "its" or "the group"', 'Salesforce filed the complaint. Its chief executive, Marc Benioff, welcomed the ruling. Hezbollah denied it. The group\'s spokesman, Ali Roe, said so.', [
      'person:ali-roe -works_for-> group:hezbollah',
      'person:marc-benioff -leads-> organisation:salesforce',
    ]],
    ['"the group" is the body whose name ends in "Group", not the nearest', 'Regulators examined the Adani Group after claims by Hindenburg Research, a short seller. Gautam Adani, the group\'s founder, denied wrongdoing.', [
      'person:gautam-adani -leads-> organisation:adani-group',
    ]],
    ['"its" after a country names no body', 'Iran fired missiles. Its president, Ali Roe, said so.', []],
    ['the object is the person after an organisation and a role of two words', 'Ruto met IMF managing director Kristalina Georgieva in Washington.', [
      'person:kristalina-georgieva -works_for-> organisation:international-monetary-fund',
      'person:ruto -met_with-> person:kristalina-georgieva',
    ]],
    ['chosen to lead a body; a party label before a chamber', 'Kristi Noem was chosen to lead the Department of Homeland Security. Democratic Senate leader Chuck Schumer said so.', [
      'person:chuck-schumer -leads-> organisation:senate',
      'person:kristi-noem -leads-> organisation:department-of-homeland-security',
    ]],
    ['where a person is from: an age and "of", "a native of", "born in", "a Republican from"', 'Marie Ferraro, 50, of Bethany was shot. Composer Ann Thomas is a native of Chisholm. Herbert Hoover was born in West Branch. Ed Derwinski, a Republican from Chicago, denied it.', [
      'person:ann-thomas -lives_in-> place:chisholm',
      'person:ed-derwinski -lives_in-> place:chicago',
      'person:herbert-hoover -lives_in-> place:west-branch',
      'person:marie-ferraro -lives_in-> place:bethany',
    ]],
    ['the killer named beside the victim', 'John Wilkes Booth, assassin of Abraham Lincoln, was cornered. Jack Ruby shot dead Kennedy assassin Lee Harvey Oswald.', [
      'person:jack-ruby -killed-> person:lee-harvey-oswald',
      'person:john-wilkes-booth -killed-> person:abraham-lincoln',
      'person:lee-harvey-oswald -killed-> person:kennedy',
    ]],
    ['a capital lies in its country', 'Paris is the capital of France. Drones hit Kyiv, the Ukrainian capital, overnight.', [
      'place:kyiv -located_in-> place:ukraine',
      'place:paris -located_in-> place:france',
    ]],
    ['a firm named by its country or city, or followed by "of" and one', 'Gazprom, the Russian gas giant, said so. Drexel Burnham Lambert Inc. of New York said it would sell.', [
      'organisation:drexel-burnham-lambert-inc -based_in-> place:new-york',
      'organisation:gazprom -based_in-> place:russia',
    ]],
    ['a country lies in no other; a city lies in a nation of the UK', 'Pakistan in England batted first. The plant is in Hampshire, England.', [
      'place:hampshire -located_in-> place:england',
    ]],
    ['sworn in as a country\'s leader', "Prabowo Subianto was sworn in as Indonesia's eighth president on Sunday.", [
      'person:prabowo-subianto -leads-> place:indonesia',
    ]],
    ['a role at an organisation said with "is" or "was"', 'Ann Higgins, 37, who is a major in the Marine Corps, spoke. Joseph Cicippio was acting comptroller at the American University of Beirut. The brother-in-law of Pol Pot was foreign minister in the Khmer Rouge government.', [
      'person:ann-higgins -works_for-> organisation:marine-corps',
      'person:joseph-cicippio -works_for-> organisation:american-university-of-beirut',
    ]],
    ['a firm named after its country and what it does; a capitalised Director-General', 'Danish drugmaker Bavarian Nordic said it could supply doses. WHO Director-General Tedros Adhanom Ghebreyesus agreed.', [
      'organisation:bavarian-nordic -based_in-> place:denmark',
      'person:tedros-adhanom-ghebreyesus -leads-> organisation:world-health-organization',
    ]],
    ['a deputy or a former head works for it, not leads it', 'Boeing vice president Tim Cook praised the deal. Congress former chairman John Roe disagreed.', [
      'person:john-roe -works_for-> organisation:congress',
      'person:tim-cook -works_for-> organisation:boeing',
    ]],
    ['a place inside a prepositional phrase is no subject', 'The talks in Geneva ended. Troops in Berlin attacked nobody.', []],
    ['the head of a possessor leads what it owns, not the possessor', "Doctor Emanuil Ceausu , head of Bucharest's Victor Babes hospital, said so. Dr Ana Pop , head of Cluj 's main hospital , agreed.", []],
    ['a team "at" a ground or a city is a fixture, not a base', 'Lancashire at Old Trafford won. CLEVELAND AT DETROIT.', []],
    ['a body stationed at a place is based there', 'Elements of the 82nd Airborne Division stationed at Fort Bragg left.', ['group:airborne-division -based_in-> place:fort-bragg']],
    ['a plural noun or "says" between two names is no verb', 'Rwanda says Zaire expels refugees. Union officials from the PSA were unavailable. They beat F.A. Cup champions Manchester United.', []],
    ['a clause after "that" names no object', 'Kremlin spokesman Dmitry Peskov denied that Russian forces had hit the port.', ['person:dmitry-peskov -works_for-> organisation:kremlin']],
    ['the governor of a region leads it', 'Oleh Kiper, the governor of the Odesa region, said a fire broke out.', ['person:oleh-kiper -leads-> place:odesa']],
    ['a possessive country before a leader title', "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met him. Russia's President Vladimir Putin spoke.", [
      'person:tamim-bin-hamad-al-thani -leads-> place:qatar',
      'person:vladimir-putin -leads-> place:russia',
    ]],
    ['a short name in brackets after the name it shortens hides nothing', 'Advanced Micro Devices Inc (AMD), based in Santa Clara, fell.', [
      'organisation:advanced-micro-devices-inc -based_in-> place:santa-clara',
    ]],
    ['an organisation quoting someone does not employ them: the person told it', 'The News Agency of Nigeria quoted police spokesman Umar Shelling as saying so.', [
      'person:umar-shelling -communicated_with-> organisation:news-agency-of-nigeria',
    ]],
    ['a body appointing a person employs them; a fine or an indictment acts against its object', 'Boeing on Monday appointed Stephanie Pope, a longtime executive. The European Commission fined Microsoft on Tuesday.', [
      'organisation:european-commission -opposes-> organisation:microsoft',
      'person:stephanie-pope -works_for-> organisation:boeing',
    ]],
    ['a relative clause names an officer', 'Intel, whose chief executive Pat Gelsinger visited Beijing, said so.', [
      'person:pat-gelsinger -leads-> organisation:intel',
      'person:pat-gelsinger -related_to-> place:beijing',
    ]],
    ['a country is in no city', 'Austria beat Brazil in Vienna on Sunday. Police in Vienna said so.', []],
    ['a list of countries or states puts none inside the next', 'Ministers from France, Germany, Italy and Spain met. Floods hit Ohio, Kentucky, West Virginia and Tennessee.', []],
  ])('%s', (_name, text, expected) => {
    expect(relationLines(extractText(text))).toEqual(expected);
  });

  it.each([
    ['a lone entity', 'Ryan Dillon spoke at length.'],
    ['entities joined by no verb', 'Moscow and Damascus are far apart.'],
    ['the agent of a passive is not the subject of the next verb', 'Fighters were trained by the Pentagon.'],
    ['a list of cities is not containment', 'Moscow, Damascus and Tehran agreed.'],
    ['a hyphenated modifier of a common noun is not the object', 'Ryan Dillon visited Iran-aligned militias.'],
    ['a place one is sent to is not who acts next', 'Troops were deployed to Aleppo to support the Kremlin.'],
  ])('nothing from %s', (_name, text) => {
    expect(relationLines(extractText(text))).toEqual([]);
  });

  it.each([
    ['negated', 'The Houthis did not attack the Red Cross.', 'group:houthis -opposes-> organisation:red-cross [negated]'],
    ['denied', 'The Houthis denied they attacked the Red Cross.', null],
    ['hedged by whether', 'Dillon would not say whether Russia backed the Taliban.', 'place:russia -supports-> group:taliban [hedged]'],
    ['hedged by a modal', 'Russia could pressure Turkey.', 'place:russia -opposes-> place:turkiye [hedged]'],
  ])('marks %s claims', (_name, text, expected) => {
    const lines = relationLines(extractText(text), { flags: true });
    if (expected === null) expect(lines.every((l) => l.includes('[negated]') || l.includes('[hedged]'))).toBe(true);
    else expect(lines).toEqual([expected]);
  });
});

describe('relation data', () => {
  it('every pattern has an id, a reason and examples, and ids are unique', () => {
    const ids = RELATION_PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of RELATION_PATTERNS) {
      expect(p.reason.length, p.id).toBeGreaterThan(10);
      expect(p.examples.length, p.id).toBeGreaterThan(0);
    }
  });

  it('inflects verbs, regular and irregular', () => {
    expect(inflect('train')).toEqual(expect.arrayContaining(['trains', 'trained', 'training']));
    expect(inflect('hold')).toEqual(expect.arrayContaining(['held', 'holds']));
    expect(inflect('hold')).not.toContain('holded');
    expect(inflect('control')).toContain('controlled');
    expect(inflect('cross over')).toContain('crossed over');
  });

  it('each relation keeps its sentence as evidence', () => {
    const text = 'Nothing here. The Houthis, who are supported by Iran, fired rockets.';
    const extraction = extractText(text);
    const relation = extraction.relations.find((r) => r.type === 'supports')!;
    expect(relation.evidence.sentence).toBe(1);
    expect(text.slice(relation.evidence.start, relation.evidence.end)).toBe('The Houthis, who are supported by Iran, fired rockets.');
    expect(relation.evidence.text).toBe('The Houthis, who are supported by Iran, fired rockets.');
    expect(relation.method).toBe('pattern:passive-by');
  });
});
