// What a reader should get back from an XML export: the original attributes
// with the characters XML cannot carry dropped or replaced (the writer's only
// allowed change to text).
import { cleanXmlCharacters } from '../../src/export/xml.js';

export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return cleanXmlCharacters(value) as T;
  if (Array.isArray(value)) return value.map((item) => xmlSafe(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T;
  }
  return value;
}
