// Where the shared evaluation data lives: the folder `shared/` beside this
// repository (as on the developers' machines and in CI), or NEWSGRAPH_SHARED.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = process.env.NEWSGRAPH_SHARED ?? fileURLToPath(new URL('../../shared/', import.meta.url));

export const sharedPath = (...parts: string[]) => join(SHARED, ...parts);
