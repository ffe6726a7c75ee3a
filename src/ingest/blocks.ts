// The text cut into the units that zones are made of: paragraphs (split at
// blank lines), each also knowing its lines so a paragraph can be divided
// where furniture starts inside it.

export interface Span {
  start: number;
  end: number;
}

export interface Block extends Span {
  lines: Span[];
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: Span[] = [];
  let position = 0;
  const flush = (): void => {
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (first && last) blocks.push({ start: first.start, end: last.end, lines });
    lines = [];
  };
  for (const line of text.split('\n')) {
    const span = { start: position, end: position + line.length };
    position = span.end + 1;
    if (line.trim() === '') flush();
    else lines.push(span);
  }
  flush();
  return blocks;
}

/** The block made of lines [from, to) of `block`. */
export function subBlock(block: Block, from: number, to: number = block.lines.length): Block {
  const lines = block.lines.slice(from, to);
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) throw new RangeError(`subBlock: no lines in [${from}, ${to})`);
  return { start: first.start, end: last.end, lines };
}

export function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
