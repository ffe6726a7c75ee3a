// newsgraph's public API. Every export is named here; nothing else is public.

// Types of every stage and of the graph file contract.
export type {
  Doc, DocFormat, DocMeta, Zone, ZoneKind, Token, Sentence, Mention, MentionForm, Entity, MergeDecision,
  Relation, RelationType, Evidence, Decision, Extraction, EntityType, NodeType,
  NodeAttributes, EdgeAttributes, EdgeEvidence, GraphAttributes, GraphDocInfo,
} from './types.js';
export { ENTITY_TYPES, SYMMETRIC_RELATIONS, STORY_ZONES, SCHEMA_VERSION } from './types.js';
export { NewsgraphError, BadInputError, NotFoundError, UsageError } from './errors.js';

// Stages, in pipeline order, and the pipeline that runs them.
export { ingest, MAX_INPUT_BYTES } from './ingest/index.js';
export { segment, tokenize } from './segment/index.js';
export { findMentions, type Recogniser } from './mentions/index.js';
export { modelRecogniser } from './mentions/finders/model.js';
export { loadModel, type NerModel } from './ner/index.js';
export { resolveEntities } from './resolve/index.js';
export { extractRelations } from './relations/index.js';
export { RELATION_PATTERNS } from './relations/patterns.js';
export { extract, DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from './pipeline.js';
export { buildGraph, DEFAULT_GRAPH_OPTIONS, type GraphOptions, type NewsGraph, type Position } from './graph/index.js';
export { assembleGraph, type AssembleOptions, type Assembled } from './corpus/assemble.js';
export { resolveAcross, parseAliasTable, validateAliasTable, serialiseAliasTable, type AliasTable, type CrossMerge } from './resolve/across/index.js';
export { toNeo4j } from './export/neo4j.js';
export { documentsFile, documentEntry, toDocumentsJSON, DOCUMENTS_FILE, DOCUMENTS_VERSION, type DocumentsFile, type DocumentEntry, type DocumentMention } from './export/documents.js';

// Files: reading articles, writing exports (Node only).
export { readInputs } from './io/read-inputs.js';
export { loadRecogniser } from './io/recogniser.js';
export { toJSON, toGEXF, toGraphML, toCSV, parseFormats, EXPORT_FORMATS, type ExportFormat } from './export/index.js';
export { writeExports } from './export/write.js';
export { writeDocuments } from './export/write-documents.js';

// The article store: one SQLite file of extractions (Node only).
export { openStore, addExtractions, planAdd, removeDocuments, loadExtractions, storedIds, readPositions, savePositions, type Store } from './store/index.js';

// Queries over a built graph.
export * from './query/index.js';
