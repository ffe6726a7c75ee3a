// The article store: extractions kept in one SQLite file, so articles can be
// added and removed over time and the graph exported from what is stored.
export { openStore, type Store, type OpenStoreOptions } from './open.js';
export { addExtractions, planAdd, type AddOptions, type AddOutcome, type AddStatus } from './add.js';
export { refreshExtractions, type RefreshOutcome, type RefreshPair, type RefreshStatus } from './refresh.js';
export { removeDocuments } from './remove.js';
export { idsReadFrom, loadExtractions, storedHashes, storedIds } from './load.js';
export { readSnapshot, type StoreSnapshot } from './snapshot.js';
export { contentHash } from './hash.js';
export { STORE_VERSION, STORE_APPLICATION_ID } from './schema.js';
export { readPositions, savePositions, type SavePositionsOptions } from './positions.js';
