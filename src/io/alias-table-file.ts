// Reading a user's alias table (merge decisions across articles) from a file,
// for `build --aliases` and `export --aliases`.
import { readFileSync } from 'node:fs';
import { BadInputError, NotFoundError } from '../errors.js';
import { parseAliasTable, type AliasTable } from '../resolve/across/index.js';

export function readAliasTableFile(path: string, flag = '--aliases'): AliasTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new NotFoundError(`${flag}: ${path} does not exist`, { cause: error });
    throw new BadInputError(`${flag}: cannot read ${path} (${code ?? (error as Error).message})`, { cause: error });
  }
  return parseAliasTable(text, path);
}
