// The saved model: one JSON document, weights as base64 little-endian typed
// arrays (feature keys Uint32, weights Int16 times a per-stage scale). It
// parses with JSON.parse and plain typed arrays, so browsers can load it too.
import { BadInputError } from '../errors.js';
import { decodeBase64, encodeInt16LE, encodeUint32LE } from './base64.js';
import type { DecoderName } from './decode.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import { HashIndex } from './hash-index.js';
import { ModelStage, type NerModel } from './model.js';
import { LABEL_COUNT, LABELS } from './tags.js';
import { readSavedModel } from './saved-model.js';

export const MODEL_FORMAT = 'newsgraph-ner';
export const MODEL_VERSION = 1;
const L = LABEL_COUNT;

interface SavedStage {
  rows: number;
  scale: number;
  keys: string;
  weights: string;
  transitions: number[];
}

export interface SavedModel {
  format: typeof MODEL_FORMAT;
  version: number;
  labels: string[];
  decoder: DecoderName;
  info: Record<string, unknown>;
  gazetteer: GazetteerData;
  /** Present only for a model trained on several corpora: the one it tags as (see domain-features.ts). */
  domain?: string;
  stages: SavedStage[];
}

/** Averaged weights rounded to Int16 steps; rows whose weights all round to 0 are dropped. */
export function quantiseStage(
  keys: Uint32Array,
  weights: ArrayLike<number>,
  transitions: ArrayLike<number>,
  minimumWeight = 0,
): { stage: ModelStage; saved: SavedStage } {
  let largest = 0;
  for (let i = 0; i < keys.length * L; i++) largest = Math.max(largest, Math.abs(weights[i] ?? 0));
  const scale = largest > 0 ? largest / 32767 : 1;
  const threshold = Math.max(minimumWeight, scale / 2);
  const keptKeys: number[] = [];
  const keptWeights: number[] = [];
  for (let row = 0; row < keys.length; row++) {
    let keep = false;
    for (let y = 0; y < L; y++) if (Math.abs(weights[row * L + y] ?? 0) >= threshold) keep = true;
    if (!keep) continue;
    keptKeys.push(keys[row] ?? 0);
    for (let y = 0; y < L; y++) {
      const w = weights[row * L + y] ?? 0;
      keptWeights.push(Math.abs(w) >= threshold ? Math.round(w / scale) : 0);
    }
  }
  const saved: SavedStage = {
    rows: keptKeys.length,
    scale,
    keys: encodeUint32LE(keptKeys),
    weights: encodeInt16LE(keptWeights),
    transitions: Array.from(transitions, (t) => Math.round(t * 1e4) / 1e4),
  };
  return { stage: stageFromSaved(saved), saved };
}

/** Turns base64 text into bytes; Node callers may pass a native one (Buffer) for speed. */
export type Base64Decoder = (text: string) => Uint8Array;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function stageFromSaved(saved: SavedStage, decode: Base64Decoder = decodeBase64): ModelStage {
  const keyBytes = decode(saved.keys);
  const weightBytes = decode(saved.weights);
  if (keyBytes.length !== saved.rows * 4 || weightBytes.length !== saved.rows * L * 2) {
    throw new BadInputError(`NER model: a stage says ${saved.rows} rows but its arrays have other lengths; the file is damaged`);
  }
  const keys = new Uint32Array(saved.rows);
  const quantised = new Int16Array(saved.rows * L);
  if (LITTLE_ENDIAN) {
    // The saved byte order is the machine's: copy (the copy also fixes alignment).
    new Uint8Array(keys.buffer).set(keyBytes);
    new Uint8Array(quantised.buffer).set(weightBytes);
  } else {
    const keyView = new DataView(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength);
    const weightView = new DataView(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
    for (let i = 0; i < keys.length; i++) keys[i] = keyView.getUint32(i * 4, true);
    for (let i = 0; i < quantised.length; i++) quantised[i] = weightView.getInt16(i * 2, true);
  }
  const weights = new Float32Array(quantised.length);
  for (let i = 0; i < weights.length; i++) weights[i] = (quantised[i] as number) * saved.scale;
  if (saved.transitions.length !== (L + 1) * L) {
    throw new BadInputError(`NER model: transitions have ${saved.transitions.length} values, expected ${(L + 1) * L}`);
  }
  return new ModelStage(HashIndex.fromKeys(keys), weights, Float32Array.from(saved.transitions));
}

export function buildModel(
  stages: SavedStage[],
  decoder: DecoderName,
  gazetteer: GazetteerData,
  info: Record<string, unknown>,
  domain?: string,
): { model: NerModel; saved: SavedModel } {
  const saved: SavedModel = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    labels: [...LABELS],
    decoder,
    info,
    gazetteer,
    // Only when set, so the files of single-corpus models keep their bytes.
    ...(domain !== undefined ? { domain } : {}),
    stages,
  };
  return { model: loadModel(saved), saved };
}

export function serialiseModel(saved: SavedModel): string {
  return `${JSON.stringify(saved)}\n`;
}

/** A model from its saved form: the JSON text or the parsed object. */
export function loadModel(data: string | SavedModel, options: { decodeBase64?: Base64Decoder } = {}): NerModel {
  const saved = readSavedModel(data, { what: 'NER model', format: MODEL_FORMAT, version: MODEL_VERSION, labels: LABELS });
  return {
    decoder: saved.decoder,
    gazetteer: new Gazetteer(saved.gazetteer),
    gazetteerData: saved.gazetteer,
    stages: saved.stages.map((stage) => stageFromSaved(stage, options.decodeBase64)),
    info: saved.info,
    ...(typeof saved.domain === 'string' ? { domain: saved.domain } : {}),
  };
}
