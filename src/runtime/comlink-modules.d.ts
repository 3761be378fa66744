// Types for the by-path ES module imports of Comlink (see comlink.ts): the package ships .d.ts
// beside its .mjs files, which TypeScript does not pair up on its own.
declare module 'comlink/dist/esm/comlink.mjs' {
  export * from 'comlink';
}
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/umd/node-adapter';
}
