import type { Extraction } from '../types.js';
import type { CliIO } from './io.js';

/** --verbose: each decision a stage took, with the rule that took it. */
export function printDecisions(extraction: Extraction, io: CliIO): void {
  io.stderr(`── ${extraction.doc.id}\n`);
  for (const zone of extraction.doc.zones) {
    io.stderr(`[ingest] ${zone.kind} ${zone.start}-${zone.end}: ${sanitise(zone.reason)}\n`);
  }
  for (const d of extraction.decisions) io.stderr(`[${d.stage}] ${d.rule}: ${sanitise(d.message)}\n`);
}

/** Names come from untrusted articles: no control characters reach the terminal. */
export function sanitise(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}
