// Checks for option values that come from users (CLI flags, URL parameters).
import { BadInputError } from '../errors.js';
import type { NodeType } from '../types.js';

/** Every node type a graph may hold. */
export const NODE_TYPES: readonly NodeType[] = ['person', 'organisation', 'place', 'group', 'document'];

/** Throws unless `type` is undefined or one of NODE_TYPES; `caller` names the function for the message. */
export function checkNodeType(type: string | undefined, caller: string): NodeType | undefined {
  if (type === undefined || (NODE_TYPES as readonly string[]).includes(type)) return type as NodeType | undefined;
  throw new BadInputError(`${caller}: unknown node type ${JSON.stringify(type)}; expected one of ${NODE_TYPES.join(', ')}`);
}

/** Throws unless `value` is an integer at least `min`. */
export function checkInteger(value: number, min: number, what: string): number {
  if (!Number.isInteger(value) || value < min) throw new BadInputError(`${what} must be a whole number of at least ${min}, got ${value}`);
  return value;
}
