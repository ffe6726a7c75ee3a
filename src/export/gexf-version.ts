// The GEXF versions we write, and what differs between them. 1.3 is the
// current one (Gephi 0.10, networkx 3). 1.2draft is for older readers: the
// networkx 2.x that Debian and Ubuntu LTS ship reads only 1.1draft/1.2draft
// namespaces and fails on a 1.3 file with "No <graph> element".
//
// What the 1.2draft schema (gephi/gexf specs/1.2draft) does not allow, and
// how the writer carries that data instead:
// - edge `kind`: left out; the relation type stays in the `type` attvalue;
// - viz elements: the published 1.2draft RelaxNG and XSD both place them in
//   the main GEXF namespace (its gexf.rng includes viz.rng without the viz
//   `ns`; 1.3's does not have this fault), while Gephi and networkx look for
//   them in the viz namespace. No placement is both valid and read, so a
//   1.2draft file has no viz elements: x, y, size and color go out as plain
//   attvalues, and no default colour or size is made up for Gephi.
// Also different, but not in anything we write: 1.2draft has fewer attribute
// types (no list types but `liststring`), a required edge id, viz:position
// with a required z, and `weight` typed float rather than double.
import { UsageError } from '../errors.js';

export const GEXF_VERSIONS = ['1.3', '1.2draft'] as const;
export type GexfVersion = (typeof GEXF_VERSIONS)[number];
export const DEFAULT_GEXF_VERSION: GexfVersion = '1.3';

export interface GexfDialect {
  namespace: string;
  vizNamespace: string;
  /** The root's `version` attribute. */
  versionAttribute: string;
  /** Whether x, y, size and color go into viz elements (else into attvalues). */
  vizElements: boolean;
  /** Whether edges may carry `kind`. */
  edgeKind: boolean;
}

export const GEXF_DIALECTS: Readonly<Record<GexfVersion, GexfDialect>> = {
  '1.3': {
    namespace: 'http://gexf.net/1.3',
    vizNamespace: 'http://gexf.net/1.3/viz',
    versionAttribute: '1.3',
    vizElements: true,
    edgeKind: true,
  },
  '1.2draft': {
    namespace: 'http://www.gexf.net/1.2draft',
    vizNamespace: 'http://www.gexf.net/1.2draft/viz',
    versionAttribute: '1.2',
    vizElements: false,
    edgeKind: false,
  },
};

export function isGexfVersion(value: string): value is GexfVersion {
  return (GEXF_VERSIONS as readonly string[]).includes(value);
}

/** Reads a version named by a user (`--gexf-version 1.2draft`); `what` names the option in the error. */
export function parseGexfVersion(value: string, what = 'GEXF version'): GexfVersion {
  const trimmed = value.trim();
  if (isGexfVersion(trimmed)) return trimmed;
  throw new UsageError(`unknown ${what} "${value}"; choose from ${GEXF_VERSIONS.join(', ')}`);
}
