import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';

const places = (text: string) =>
  extractText(text)
    .entities.filter((entity) => entity.type === 'place')
    .map((entity) => `${entity.key} ${[...entity.aliases].sort().join('|')}`);

describe('a short name two places share', () => {
  it('means DR Congo on its own, as news style has it', () => {
    expect(places('Fighting near Goma displaced thousands, and Congo asked for help.')).toContain('place:dr-congo Congo|DR Congo');
  });

  it('joins DR Congo when the article names it in full', () => {
    const found = places('Fighting in the Democratic Republic of Congo displaced thousands. Aid groups said Congo needs more help.');
    expect(found.filter((line) => line.includes('congo'))).toEqual(['place:dr-congo Congo|DR Congo|Democratic Republic of Congo']);
  });

  it('means the Republic of the Congo when that is the one the article names in full, demonym included', () => {
    const found = places('Troops from the Republic of Congo crossed the river. Congo said they would stay, and Congolese officials agreed.');
    expect(found.filter((line) => line.includes('congo'))).toEqual(['place:republic-of-the-congo Congo|Congolese|Republic of Congo|Republic of the Congo']);
  });

  it('keeps the usual sense when the article names both in full', () => {
    const found = places('The Republic of Congo and the Democratic Republic of Congo met in Kinshasa. Congo hosted the talks.');
    expect(found.filter((line) => line.includes('congo'))).toEqual([
      'place:dr-congo Congo|DR Congo|Democratic Republic of Congo',
      'place:republic-of-the-congo Republic of Congo|Republic of the Congo',
    ]);
  });
});

describe('a short name that meant another place when the article was written', () => {
  it('is the Republic of the Congo in an article that calls DR Congo "Zaire", or is dated before May 1997', () => {
    const zaire = places('Zaire and Congo signed the accord in Kinshasa.').filter((line) => line.includes('congo'));
    expect(zaire).toEqual(['place:dr-congo DR Congo|Zaire', 'place:republic-of-the-congo Congo|Republic of the Congo']);
    const dated = places('Date: 1996-08-30\n\nTogo beat Congo 1-0 in Lome.').filter((line) => line.includes('congo'));
    expect(dated).toEqual(['place:republic-of-the-congo Congo|Republic of the Congo']);
    const later = places('Date: 2017-08-30\n\nTogo beat Congo 1-0 in Lome.').filter((line) => line.includes('congo'));
    expect(later).toEqual(['place:dr-congo Congo|DR Congo']);
  });
});
