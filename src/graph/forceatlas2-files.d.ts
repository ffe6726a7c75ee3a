// Two files of graphology-layout-forceatlas2 that ./forceatlas2-run.ts reads
// directly; the package ships no types for them. Typed unknown here and
// given their shape where they are unwrapped.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  const iterate: unknown;
  export default iterate;
}
declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: unknown;
  export default defaults;
}
