// Which stretch of the text is story and which is not. The article is read
// top-down in three phases: the head (title, lede, byline, datelines,
// labelled metadata), the story body, and the end furniture, which starts
// at the first line that only pages put after a story and lasts to the end.
import type { Zone, ZoneKind } from '../types.js';
import { splitBlocks, subBlock, textOf, type Block } from './blocks.js';
import { matchBoilerplate, type BoilerplateRule } from './boilerplate-rules.js';
import { creditedAuthors, matchHeader, PLACE_DATELINE, WIRE_DATELINE, type HeaderFinding } from './header-rules.js';
import type { PartialMeta } from './meta.js';
import { readTitle, TITLE_LABEL } from './title.js';

export interface ZoneResult {
  zones: Zone[];
  /** `known` with the gaps filled from what the text says. */
  meta: PartialMeta;
}

const REASONS = {
  lede: 'lede-under-title: stands between the title and the byline or dateline',
  story: 'story: paragraph of the story',
  headerMetaLate: 'labelled-meta: labelled list of tags after the story',
} as const;

type Phase = 'head' | 'body' | 'furniture';

/**
 * Zones for `text`, given what the format reader already knows (`known` wins
 * over what the text says) and the title the document states, if any.
 */
export function findZones(text: string, known: PartialMeta, statedTitle?: string): ZoneResult {
  const meta: PartialMeta = { ...known, tags: [...(known.tags ?? [])] };
  const queue = splitAtBoilerplate(text, splitBlocks(text));
  const found: Zone[] = [];
  const add = (start: number, end: number, kind: ZoneKind, reason: string): void => {
    found.push({ start, end, kind, reason });
  };
  let phase: Phase = 'head';
  let endedBy: BoilerplateRule | undefined;
  let titleSeen = false;
  let ledeSeen = false;

  for (let index = 0; index < queue.length; index++) {
    let block = queue[index] as Block;
    const firstLine = textOf(text, block.lines[0] ?? block);
    const boilerplate = matchBoilerplate(firstLine);

    if (phase === 'furniture') {
      if (boilerplate) {
        applySource(meta, boilerplate.rule, boilerplate.match);
        add(block.start, block.end, 'boilerplate', `${boilerplate.rule.id}: ${boilerplate.rule.reason}`);
        continue;
      }
      // Tag lists often close the page; they still say what the article is about.
      const tags = matchHeader(textOf(text, block));
      if (tags?.rule.kind === 'meta') {
        applyFinding(meta, tags.finding);
        add(block.start, block.end, 'meta', REASONS.headerMetaLate);
      } else {
        add(block.start, block.end, 'boilerplate', `after-furniture: follows the ${endedBy?.id ?? 'furniture'} line that ends the story`);
      }
      continue;
    }
    if (boilerplate) {
      if (phase === 'body' && boilerplate.rule.endsStory) {
        phase = 'furniture';
        endedBy = boilerplate.rule;
      }
      applySource(meta, boilerplate.rule, boilerplate.match);
      add(block.start, block.end, 'boilerplate', `${boilerplate.rule.id}: ${boilerplate.rule.reason}`);
      continue;
    }

    if (phase === 'head') {
      let header = matchHeader(textOf(text, block));
      if (!header && block.lines.length > 1) {
        // "By Jane Doe" on its own line, with the next line in the same paragraph.
        const lineHeader = matchHeader(firstLine);
        if (lineHeader && lineHeader.rule.id !== 'labelled-meta') {
          queue.splice(index + 1, 0, subBlock(block, 1));
          block = subBlock(block, 0, 1);
          header = lineHeader;
        }
      }
      if (header) {
        applyFinding(meta, header.finding);
        add(block.start, block.end, header.rule.kind, `${header.rule.id}: ${header.rule.reason}`);
        continue;
      }
      if (!titleSeen && found.every((zone) => zone.kind !== 'body' && zone.kind !== 'lede')) {
        const title = readTitle(text, block, statedTitle, index < queue.length - 1);
        if (title) {
          if (title.rest) queue.splice(index + 1, 0, title.rest);
          titleSeen = true;
          // "Title: ..." as scraped articles label it: the label is no part of the title.
          meta.title ??= textOf(text, title.block).trim().replace(TITLE_LABEL, '');
          add(title.block.start, title.block.end, 'title', title.reason);
          continue;
        }
      }
      if (titleSeen && !ledeSeen && found[found.length - 1]?.kind === 'title' && headerFollows(text, queue, index + 1)) {
        ledeSeen = true;
        add(block.start, block.end, 'lede', REASONS.lede);
        continue;
      }
      phase = 'body';
      const wire = WIRE_DATELINE.pattern.exec(textOf(text, block));
      if (wire && wire[0].length < block.end - block.start) {
        applyFinding(meta, { publisher: (wire[1] ?? '').trim() });
        add(block.start, block.start + wire[0].length, 'dateline', `${WIRE_DATELINE.id}: ${WIRE_DATELINE.reason}`);
        add(block.start + wire[0].length, block.end, 'body', REASONS.story);
        continue;
      }
      const dateline = PLACE_DATELINE.pattern.exec(textOf(text, block));
      if (dateline && PLACE_DATELINE.isPlace((dateline[1] ?? '').trim())) {
        add(block.start, block.start + dateline[0].length, 'dateline', `${PLACE_DATELINE.id}: ${PLACE_DATELINE.reason}`);
        add(block.start + dateline[0].length, block.end, 'body', REASONS.story);
        continue;
      }
    }

    const late = matchHeader(textOf(text, block));
    if (late?.rule.kind === 'meta') {
      applyFinding(meta, late.finding);
      add(block.start, block.end, 'meta', REASONS.headerMetaLate);
    } else {
      add(block.start, block.end, 'body', REASONS.story);
    }
  }
  return { zones: coverText(mergeAlike(found), text.length), meta };
}

/** Furniture may begin on any line of a paragraph: cut paragraphs there. */
function splitAtBoilerplate(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    let from = 0;
    for (let line = 1; line < block.lines.length; line++) {
      const span = block.lines[line];
      if (span && matchBoilerplate(textOf(text, span))) {
        out.push(subBlock(block, from, line));
        from = line;
      }
    }
    out.push(from === 0 ? block : subBlock(block, from));
  }
  return out;
}

/** Whether one of the next two paragraphs is a byline, dateline or labelled metadata. */
function headerFollows(text: string, queue: readonly Block[], from: number): boolean {
  return queue.slice(from, from + 2).some((block) => {
    const first = block.lines[0];
    return matchHeader(textOf(text, block)) !== undefined || (first !== undefined && matchHeader(textOf(text, first))?.rule.kind === 'byline');
  });
}

function applyFinding(meta: PartialMeta, finding: HeaderFinding): void {
  if (finding.author) meta.author ??= finding.author;
  if (finding.date) meta.date ??= finding.date;
  if (finding.url) meta.url ??= finding.url;
  if (finding.tags) meta.tags = [...(meta.tags ?? []), ...finding.tags];
  const publisher = finding.publisher;
  if (publisher) {
    // The first publisher named is the copy's outlet; another one is where it came from.
    if (meta.outlet === undefined) meta.outlet = publisher;
    else if (meta.source === undefined && comparable(publisher) !== comparable(meta.outlet)) meta.source = publisher;
  }
}

function applySource(meta: PartialMeta, rule: BoilerplateRule, match: RegExpExecArray): void {
  const source = match[1]?.trim();
  if (rule.setsSource && source) meta.source = source;
  // With no byline, the credit line is where a wire story names its reporters.
  if (rule.id === 'wire-credits') meta.author ??= creditedAuthors(match.input);
}

function mergeAlike(zones: readonly Zone[]): Zone[] {
  const merged: Zone[] = [];
  for (const zone of zones) {
    const last = merged[merged.length - 1];
    if (last && last.kind === zone.kind && last.reason === zone.reason) last.end = zone.end;
    else merged.push({ ...zone });
  }
  return merged;
}

/** Each zone runs to where the next starts, so the zones cover every character once. */
function coverText(zones: Zone[], length: number): Zone[] {
  zones.forEach((zone, i) => {
    if (i === 0) zone.start = 0;
    zone.end = zones[i + 1]?.start ?? length;
  });
  return zones;
}

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
