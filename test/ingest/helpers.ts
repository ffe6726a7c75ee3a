// Shared checks for ingest tests: zone invariants and reading fixtures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Doc, ZoneKind } from '../../src/types.js';

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/ingest/${name}`, import.meta.url))));
}

/** Zones are sorted, do not overlap, leave no gap and cover the whole text. */
export function expectZonesCoverText(doc: Doc): void {
  expect(doc.zones.length).toBeGreaterThan(0);
  expect(doc.zones[0]?.start).toBe(0);
  expect(doc.zones[doc.zones.length - 1]?.end).toBe(doc.text.length);
  doc.zones.forEach((zone, i) => {
    expect(zone.end).toBeGreaterThan(zone.start);
    if (i > 0) expect(zone.start).toBe(doc.zones[i - 1]?.end);
    expect(zone.reason).toMatch(/^[a-z0-9-]+: \S/);
  });
}

/** The kind of the zone holding the first occurrence of `needle`. */
export function kindAt(doc: Doc, needle: string): ZoneKind | undefined {
  const at = doc.text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  return doc.zones.find((zone) => zone.start <= at && at < zone.end)?.kind;
}

/** The trimmed text of every zone of one kind. */
export function zoneTexts(doc: Doc, kind: ZoneKind): string[] {
  return doc.zones.filter((zone) => zone.kind === kind).map((zone) => doc.text.slice(zone.start, zone.end).trim());
}
