// The export stage: a graph in, the text of a file out. Everything here is
// pure and browser-safe; writing files is `writeExports` in ./write.ts
// (Node-only, so it is not re-exported here).
export { toJSON } from './json.js';
export { toGEXF, GEXF_NAMESPACE, GEXF_VIZ_NAMESPACE } from './gexf.js';
export type { GexfOptions } from './gexf.js';
export { GEXF_VERSIONS, DEFAULT_GEXF_VERSION, isGexfVersion, parseGexfVersion } from './gexf-version.js';
export type { GexfVersion } from './gexf-version.js';
export { toGraphML, GRAPHML_NAMESPACE } from './graphml.js';
export { toCSV, textCell, quoteField, NODE_CSV_COLUMNS, EDGE_CSV_COLUMNS, LIST_SEPARATOR } from './csv.js';
export type { CsvFiles, CsvOptions } from './csv.js';
export { EXPORT_FORMATS, OPTIONAL_EXPORT_FORMATS, ALL_EXPORT_FORMATS, EXPORT_FILES, isExportFormat, parseFormats } from './formats.js';
export { toNeo4j } from './neo4j.js';
export type { ExportFormat } from './formats.js';
export { NODE_TYPE_COLORS, UNKNOWN_TYPE_COLOR, colorForType, sizeForDegree } from './palette.js';
export { parseColor } from './color.js';
export type { RgbaColor } from './color.js';
export { sortedEdges, sortedNodeKeys, isGeneratedEdgeKey } from './order.js';
export type { OrderedEdge } from './order.js';
export { cleanXmlCharacters } from './xml.js';
export type { ExportGraph } from './graph-type.js';
