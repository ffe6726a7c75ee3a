// The label set and what may follow what. Tags are IOB2: every span starts
// with B-; I-X may only continue a B-X or I-X of the same type.

export const ENTITY_CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityClass = (typeof ENTITY_CLASSES)[number];

export const LABELS: readonly string[] = ['O', ...ENTITY_CLASSES.flatMap((c) => [`B-${c}`, `I-${c}`])];
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

export function labelIndex(tag: string): number {
  const index = LABELS.indexOf(tag);
  return index < 0 ? OUTSIDE : index;
}

/** Class of a label index, or undefined for O. */
export function labelClass(label: number): EntityClass | undefined {
  return label === OUTSIDE ? undefined : ENTITY_CLASSES[(label - 1) >> 1];
}

export function isInside(label: number): boolean {
  return label !== OUTSIDE && (label - 1) % 2 === 1;
}

/** May `next` follow `previous` (-1 = sentence start)? */
export function allowedTransition(previous: number, next: number): boolean {
  if (!isInside(next)) return true;
  if (previous < 0 || previous === OUTSIDE) return false;
  return labelClass(previous) === labelClass(next);
}

/** Rewrites IOB1 (I- may start a span) to IOB2; IOB2 input comes back unchanged. */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  let previous = 'O';
  for (const tag of tags) {
    if (tag.startsWith('I-')) {
      const type = tag.slice(2);
      const continues = previous !== 'O' && previous.slice(2) === type;
      out.push(continues ? tag : `B-${type}`);
    } else {
      out.push(tag);
    }
    previous = tag;
  }
  return out;
}

export interface TagSpan {
  /** First token, inclusive. */
  start: number;
  /** Last token, exclusive. */
  end: number;
  type: EntityClass;
}

/** Spans of IOB2 label indices of one sentence. */
export function labelSpans(labels: ArrayLike<number>): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | undefined;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] ?? OUTSIDE;
    const type = labelClass(label);
    if (open && (type === undefined || !isInside(label) || type !== open.type)) {
      spans.push(open);
      open = undefined;
    }
    if (type !== undefined && !open) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
  }
  if (open) spans.push(open);
  return spans;
}
