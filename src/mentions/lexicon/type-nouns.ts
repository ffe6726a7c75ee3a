// Common nouns that, in an apposition, say what kind of thing a name is:
// "Hodeidah, a port city in western Yemen"; "Maersk, the Danish shipping group".
import type { EntityType } from '../../types.js';
import { ROLE_NOUNS } from './titles.js';

const PLACE = ['city', 'town', 'village', 'port', 'province', 'region', 'district', 'capital', 'county', 'state', 'country', 'suburb', 'island', 'enclave', 'governorate', 'municipality', 'neighbourhood', 'neighborhood', 'border town', 'oasis'];
const ORGANISATION = [
  'company', 'firm', 'agency', 'party', 'newspaper', 'broadcaster', 'bank', 'union', 'ministry', 'carrier', 'airline',
  'manufacturer', 'charity', 'organisation', 'organization', 'ngo', 'network', 'outlet', 'maker', 'conglomerate',
  'insurer', 'retailer', 'operator', 'university', 'group', 'watchdog', 'regulator', 'think tank', 'thinktank', 'lender',
  'producer', 'exporter', 'startup', 'publisher', 'channel', 'website', 'daily', 'weekly', 'court', 'council', 'body',
  'unit', 'subsidiary', 'division', 'affiliate', 'alliance', 'drugmaker', 'carmaker', 'automaker', 'chipmaker', 'miner',
];
// "alliance" alone is a body ("Gavi, the vaccine alliance"); an armed one is a group.
const GROUP = ['militia', 'movement', 'faction', 'rebel group', 'armed group', 'militant group', 'jihadist group', 'insurgent group', 'rebel alliance', 'militia alliance', 'coalition', 'tribe', 'clan'];

export const APPOSITION_TYPE_NOUNS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...PLACE.map((n) => [n, 'place'] as [string, EntityType]),
  ...ORGANISATION.map((n) => [n, 'organisation'] as [string, EntityType]),
  ...GROUP.map((n) => [n, 'group'] as [string, EntityType]),
  ...[...ROLE_NOUNS].map((n) => [n, 'person'] as [string, EntityType]),
]);
