// Comlink's ES module build, by path: the package's `main` is UMD, which Node's ESM loader
// cannot read named exports from. One import site for the page, the workers and Node.
export * from 'comlink/dist/esm/comlink.mjs';
