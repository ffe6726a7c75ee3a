// The text of an object that several lists of one file hold. An evidence item
// is one object for every edge its sentence supports (src/graph/build.ts): in
// CoNLL-2003 train, 33,068 items of the edges' evidence are 4,723 objects. A
// writer counts the uses first, renders a shared item once, and keeps the
// text only until its last use, so what is held at a time stays small
// (keeping every text to the end of the file added ~80 MB to the peak memory
// of an 8x corpus build).

export class SharedItems<Text = string> {
  private readonly usesLeft = new Map<object, number>();
  private readonly texts = new Map<object, Text>();

  /** Counts each object item of `lists`; anything else is rendered at each use. */
  constructor(lists: Iterable<unknown>) {
    for (const list of lists) {
      if (!Array.isArray(list)) continue;
      for (const item of list) {
        if (typeof item === 'object' && item !== null) this.usesLeft.set(item, (this.usesLeft.get(item) ?? 0) + 1);
      }
    }
  }

  /** The text of `item`, made by `render` on its first use; kept while more uses are to come. */
  text(item: unknown, render: (item: unknown) => Text): Text {
    if (typeof item !== 'object' || item === null) return render(item);
    const left = this.usesLeft.get(item) ?? 0;
    let text = this.texts.get(item);
    if (text === undefined) text = render(item);
    if (left > 1) {
      this.usesLeft.set(item, left - 1);
      this.texts.set(item, text);
    } else {
      this.usesLeft.delete(item);
      this.texts.delete(item);
    }
    return text;
  }

  /** Texts held now: each waits for a use still to come. */
  get held(): number {
    return this.texts.size;
  }
}
