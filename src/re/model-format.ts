// The saved relation model: one JSON document, feature keys as base64 Uint32
// and weights as base64 Int16 times a scale (little-endian), like the NER
// model. It loads with JSON.parse and typed arrays, so browsers can read it.
import { BadInputError } from '../errors.js';
import { decodeBase64, encodeInt16LE, encodeUint32LE } from '../ner/base64.js';
import { HashIndex } from '../ner/hash-index.js';
import { CLASS_COUNT, RELATION_LABELS } from './labels.js';
import type { RelationModel } from './model.js';
import { readSavedModel } from '../ner/saved-model.js';

export const RE_MODEL_FORMAT = 'newsgraph-re';
export const RE_MODEL_VERSION = 1;
const C = CLASS_COUNT;

export interface SavedRelationModel {
  format: typeof RE_MODEL_FORMAT;
  version: number;
  labels: string[];
  bias: number;
  /** Optional per-class biases (index 0, none, is 0). */
  classBias?: number[];
  info: Record<string, unknown>;
  rows: number;
  scale: number;
  keys: string;
  weights: string;
}

/** Rounds weights to Int16 steps and drops rows that round to all zeros. */
export function saveModel(keys: Uint32Array, weights: ArrayLike<number>, bias: number, info: Record<string, unknown>, classBias?: readonly number[]): SavedRelationModel {
  let largest = 0;
  for (let i = 0; i < keys.length * C; i++) largest = Math.max(largest, Math.abs(weights[i] ?? 0));
  const scale = largest > 0 ? largest / 32767 : 1;
  const keptKeys: number[] = [];
  const keptWeights: number[] = [];
  for (let row = 0; row < keys.length; row++) {
    const rounded = Array.from({ length: C }, (_, y) => Math.round((weights[row * C + y] ?? 0) / scale));
    if (rounded.every((w) => w === 0)) continue;
    keptKeys.push(keys[row] ?? 0);
    keptWeights.push(...rounded);
  }
  return {
    format: RE_MODEL_FORMAT,
    version: RE_MODEL_VERSION,
    labels: [...RELATION_LABELS],
    bias: Math.round(bias * 1e4) / 1e4,
    ...(classBias ? { classBias: classBias.map((b) => Math.round(b * 1e4) / 1e4) } : {}),
    info,
    rows: keptKeys.length,
    scale,
    keys: encodeUint32LE(keptKeys),
    weights: encodeInt16LE(keptWeights),
  };
}

export function serialiseRelationModel(saved: SavedRelationModel): string {
  return `${JSON.stringify(saved)}\n`;
}

export function loadRelationModel(data: string | SavedRelationModel): RelationModel {
  const saved = readSavedModel(data, { what: 'relation model', format: RE_MODEL_FORMAT, version: RE_MODEL_VERSION, labels: RELATION_LABELS });
  const keyBytes = decodeBase64(saved.keys);
  const weightBytes = decodeBase64(saved.weights);
  if (keyBytes.length !== saved.rows * 4 || weightBytes.length !== saved.rows * C * 2) {
    throw new BadInputError(`relation model: it says ${saved.rows} rows but its arrays have other lengths; the file is damaged`);
  }
  const keyView = new DataView(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength);
  const weightView = new DataView(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
  const keys = new Uint32Array(saved.rows);
  for (let i = 0; i < keys.length; i++) keys[i] = keyView.getUint32(i * 4, true);
  const weights = new Float32Array(saved.rows * C);
  for (let i = 0; i < weights.length; i++) weights[i] = weightView.getInt16(i * 2, true) * saved.scale;
  const model: RelationModel = { index: HashIndex.fromKeys(keys), weights, bias: saved.bias, info: saved.info };
  if (saved.classBias !== undefined) {
    if (!Array.isArray(saved.classBias) || saved.classBias.length !== C || !saved.classBias.every(Number.isFinite)) {
      throw new BadInputError(`relation model: "classBias" must be ${C} numbers, one per label`);
    }
    model.classBias = saved.classBias;
  }
  return model;
}
