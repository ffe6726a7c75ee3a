// A trained tagger in memory: one or two weight stages sharing a gazetteer.
// Stage 1 tags with word and document-case features; stage 2 (optional) also
// sees what stage 1 found elsewhere in the document.
import type { DecoderName } from './decode.js';
import { OFFSETS, type SentenceContext, type WordInfo, infoAt, pushContextFeatures } from './features.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import { HashIndex } from './hash-index.js';
import { LABEL_COUNT } from './tags.js';

const L = LABEL_COUNT;
const SLOTS = 1 + OFFSETS.length;

export class ModelStage {
  /** Summed weights of each word's own features and of its neighbour features, per slot. */
  private readonly wordScores = new WeakMap<WordInfo, Float32Array>();

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

  private scoresOf(info: WordInfo): Float32Array {
    let scores = this.wordScores.get(info);
    if (scores) return scores;
    scores = new Float32Array(SLOTS * L);
    const sum = new Float64Array(L);
    const groups = [info.intrinsic, ...info.neighbour];
    groups.forEach((features, slot) => {
      sum.fill(0);
      for (const feature of features) this.addFeature(feature, sum, 0);
      scores.set(sum, slot * L);
    });
    this.wordScores.set(info, scores);
    return scores;
  }

  /** Label scores of every token of a sentence, into emissions[i * L + label]. */
  emissions(sentence: SentenceContext, documentFeatures: readonly number[][] | undefined, out: Float64Array): void {
    const n = sentence.infos.length;
    out.fill(0, 0, n * L);
    const context: number[] = [];
    for (let i = 0; i < n; i++) {
      const base = i * L;
      const own = this.scoresOf(infoAt(sentence.infos, i));
      for (let y = 0; y < L; y++) out[base + y] = own[y] ?? 0;
      for (let slot = 0; slot < OFFSETS.length; slot++) {
        const neighbour = this.scoresOf(infoAt(sentence.infos, i + (OFFSETS[slot] ?? 0)));
        const offset = (slot + 1) * L;
        for (let y = 0; y < L; y++) out[base + y] = (out[base + y] ?? 0) + (neighbour[offset + y] ?? 0);
      }
      context.length = 0;
      pushContextFeatures(sentence, i, context);
      for (const feature of documentFeatures?.[i] ?? []) context.push(feature);
      for (const feature of context) this.addFeature(feature, out, base);
    }
  }
}

export interface NerModel {
  decoder: DecoderName;
  gazetteer: Gazetteer;
  gazetteerData: GazetteerData;
  stages: ModelStage[];
  /** Free-form facts saved with the model (training data, epochs, seed, dev scores). */
  info: Record<string, unknown>;
}
