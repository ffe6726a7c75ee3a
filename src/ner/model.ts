// A trained tagger in memory: one or two weight stages sharing a gazetteer.
// Stage 1 tags with word and document-case features; stage 2 (optional) also
// sees what stage 1 found elsewhere in the document.
import type { DecoderName } from './decode.js';
import { currentGeneration, OFFSETS, type WordInfo } from './features.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import { HashIndex } from './hash-index.js';
import { LABEL_COUNT } from './tags.js';

const L = LABEL_COUNT;
/** Per word: its own summed weights, then one block per neighbour offset. */
const SLOTS = 1 + OFFSETS.length;
const BLOCK = SLOTS * L;

/** Flat per-sentence feature lists: token i has values[offsets[i] .. offsets[i + 1]). */
export interface TokenFeatures {
  values: Uint32Array;
  offsets: Int32Array;
}

export class ModelStage {
  // Word-level weight sums, cached by WordInfo id for the current generation.
  private cacheGeneration = -1;
  private cached = new Float32Array(0);
  private filled = new Uint8Array(0);

  constructor(
    readonly index: HashIndex,
    /** rows × labels. */
    readonly weights: Float32Array,
    /** (labels + 1) × labels; row 0 is the sentence start. */
    readonly transitions: Float32Array,
  ) {}

  addFeature(feature: number, into: Float64Array, base: number): void {
    const row = this.index.get(feature);
    if (row < 0) return;
    const w = this.weights;
    const offset = row * L;
    for (let y = 0; y < L; y++) into[base + y] = (into[base + y] ?? 0) + (w[offset + y] ?? 0);
  }

  private readonly scratch = new Float64Array(L);
  private readonly uncached = new Float32Array(BLOCK);

  private fillBlock(info: WordInfo, into: Float32Array, at: number): void {
    const sum = this.scratch;
    for (let slot = 0; slot < SLOTS; slot++) {
      const features = slot === 0 ? info.intrinsic : info.neighbour[slot - 1];
      sum.fill(0);
      if (features) for (let k = 0; k < features.length; k++) this.addFeature(features[k] ?? 0, sum, 0);
      into.set(sum, at + slot * L);
    }
  }

  /** Where the cached sums of `info` start in `this.cached`, filling them on first use. */
  private wordBlock(info: WordInfo): number {
    const id = info.id;
    if (id >= this.filled.length) {
      const capacity = Math.max(1024, (id + 1) * 2);
      const filled = new Uint8Array(capacity);
      filled.set(this.filled);
      const cached = new Float32Array(capacity * BLOCK);
      cached.set(this.cached);
      this.filled = filled;
      this.cached = cached;
    }
    if (!this.filled[id]) {
      this.fillBlock(info, this.cached, id * BLOCK);
      this.filled[id] = 1;
    }
    return id * BLOCK;
  }

  private addWord(info: WordInfo, slot: number, out: Float64Array, base: number): void {
    let source = this.cached;
    let from: number;
    if (info.generation === this.cacheGeneration) {
      from = this.wordBlock(info) + slot * L;
      source = this.cached;
    } else {
      // A word from before the memo was last dropped: sum it afresh.
      source = this.uncached;
      this.fillBlock(info, source, 0);
      from = slot * L;
    }
    for (let y = 0; y < L; y++) out[base + y] = (out[base + y] ?? 0) + (source[from + y] ?? 0);
  }

  /**
   * Label scores of every token of a sentence into out[i * L + label]: cached
   * word sums, then the context features, then any extra per-token features.
   */
  emissions(infos: readonly WordInfo[], context: TokenFeatures, extra: readonly (number[] | undefined)[] | undefined, before: WordInfo, after: WordInfo, out: Float64Array): void {
    const n = infos.length;
    out.fill(0, 0, n * L);
    const generation = currentGeneration();
    if (this.cacheGeneration !== generation) {
      this.cacheGeneration = generation;
      this.filled = new Uint8Array(0);
      this.cached = new Float32Array(0);
    }
    for (let i = 0; i < n; i++) {
      const base = i * L;
      this.addWord(infos[i] ?? after, 0, out, base);
      for (let slot = 0; slot < OFFSETS.length; slot++) {
        const j = i + (OFFSETS[slot] ?? 0);
        this.addWord(j < 0 ? before : j >= n ? after : (infos[j] ?? after), slot + 1, out, base);
      }
      for (let k = context.offsets[i] ?? 0, end = context.offsets[i + 1] ?? 0; k < end; k++) this.addFeature(context.values[k] ?? 0, out, base);
      const more = extra?.[i];
      if (more) for (const feature of more) this.addFeature(feature, out, base);
    }
  }
}

export interface NerModel {
  decoder: DecoderName;
  gazetteer: Gazetteer;
  gazetteerData: GazetteerData;
  stages: ModelStage[];
  /** The corpus this model tags as, when it was trained on several (see domain-features.ts). */
  domain?: string;
  /** Free-form facts saved with the model (training data, epochs, seed, dev scores). */
  info: Record<string, unknown>;
}
