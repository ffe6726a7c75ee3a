// What ingest decided about a document, in the shape --verbose prints.
import type { Decision, Doc } from '../types.js';

const SNIPPET_LENGTH = 60;

/** One decision per zone: its kind, where it lies, how it starts, and the rule's reason. */
export function zoneDecisions(doc: Doc): Decision[] {
  return doc.zones.map((zone) => {
    const separator = zone.reason.indexOf(':');
    const rule = separator > 0 ? zone.reason.slice(0, separator) : zone.reason;
    const why = separator > 0 ? zone.reason.slice(separator + 1).trim() : zone.reason;
    const text = doc.text.slice(zone.start, zone.end).replace(/\s+/g, ' ').trim();
    const snippet = text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 1)}…` : text;
    return { stage: 'ingest', rule, message: `${zone.kind} [${zone.start}, ${zone.end}) "${snippet}": ${why}` };
  });
}
