// Vite's `?url` imports give the built asset's address as a string.
declare module '*?url' {
  const url: string;
  export default url;
}
