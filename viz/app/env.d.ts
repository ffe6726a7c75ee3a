// Vite's `?url` imports give the built asset's address as a string.
declare module '*?url' {
  const url: string;
  export default url;
}

// One ForceAtlas2 iteration over the flat matrices (CommonJS, untyped in the package).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(settings: object, nodes: Float32Array, edges: Float32Array): void;
}
