// What `import load from './x.ts?after-load'` gives a page script: see after-load.mjs.
declare module '*?after-load' {
  /** Fetches the module once the page has loaded and painted; resolves to its exports. */
  const load: <Exports = unknown>() => Promise<Exports>;
  export default load;
}
