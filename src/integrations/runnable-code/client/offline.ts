// Makes the page work offline once visited: registers the site's service worker (which
// coi-serviceworker's own script registers only on hosts without COOP/COEP headers) and hands it
// what this page loaded, the site's bundles (dist/offline-manifest.json, so CodeMirror works
// offline too) and Pyodide's files, to keep. Runs after the worker's warm-up, so the
// caching never competes with the first boot (those files then come from the HTTP cache).
// When the worker has them, <html data-offline="ready"> says so (for tests).

const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

export async function keepForOffline(pyodideURL: string): Promise<void> {
  const sw = navigator.serviceWorker;
  if (!sw || !window.isSecureContext) return;
  await sw.register(`${import.meta.env.BASE_URL}coi-serviceworker.js`);
  const registration = await sw.ready;
  const page = new URL(location.href);
  page.hash = '';
  const bundles = await fetch(`${import.meta.env.BASE_URL}offline-manifest.json`)
    .then((r) => (r.ok ? r.json() as Promise<string[]> : []), () => []);
  const urls = [
    page.href,
    ...bundles.map((path) => new URL(path, location.href).href),
    ...performance.getEntriesByType('resource').map((e) => e.name),
    ...PYODIDE_FILES.map((f) => new URL(f, pyodideURL).href),
  ].filter((url) => new URL(url).origin === location.origin);
  const done = new Promise<void>((resolve) => {
    const listen = (e: MessageEvent) => {
      if ((e.data as { type?: string } | null)?.type !== 'cached') return;
      sw.removeEventListener('message', listen);
      resolve();
    };
    sw.addEventListener('message', listen);
  });
  registration.active?.postMessage({ type: 'cache', urls: [...new Set(urls)] });
  await done;
  document.documentElement.dataset.offline = 'ready';
}
