// The site's offline cache, appended to coi-serviceworker into the one service worker the site
// registers (public/coi-serviceworker.js; scripts/copy-pyodide.ts joins them). coi-serviceworker
// answers every request with `fetch(request)` plus the COOP/COEP headers a host may not send;
// this file replaces the worker's `fetch` with one that answers from the Cache API first, so
// both jobs compose without either knowing of the other:
// - Pyodide's files (/pyodide/, one cache per Pyodide version) and Astro's hashed bundles
//   (/_astro/) never change under their URL: cache first, so a second visit downloads none.
// - Everything else (pages, search index): network first, the cached copy when offline.
// A page tells the worker what it loaded (`{ type: 'cache', urls }`), so what came before the
// worker took control is cached too; the worker answers `{ type: 'cached' }`.
// Plain JS, not bundled: a service worker must be one classic script at a stable URL.
if (typeof window === 'undefined') {
  const PYODIDE_VERSION = '__PYODIDE_VERSION__'; // filled in by scripts/copy-pyodide.ts
  const PAGES = 'site-pages';
  const IMMUTABLE = `site-immutable-pyodide-${PYODIDE_VERSION}`;
  const CACHES = [PAGES, IMMUTABLE];
  const networkFetch = self.fetch.bind(self);

  const sameOrigin = (url) => new URL(url, self.location.href).origin === self.location.origin;
  const immutable = (url) => /^\/(pyodide|_astro)\//.test(new URL(url).pathname);

  async function cachedFetch(input, init) {
    const request = new Request(input, init);
    if (request.method !== 'GET' || !sameOrigin(request.url) || request.headers.has('range')) {
      return networkFetch(request);
    }
    if (immutable(request.url)) {
      const cache = await caches.open(IMMUTABLE);
      const hit = await cache.match(request);
      if (hit) return hit;
      const response = await networkFetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    }
    const cache = await caches.open(PAGES);
    try {
      const response = await networkFetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (offline) {
      const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
      if (hit) return hit;
      throw offline;
    }
  }
  self.fetch = cachedFetch;

  /** Caches what a page loaded before the worker controlled it (already in the HTTP cache). */
  async function remember(urls) {
    await Promise.all(urls.filter(sameOrigin).map(async (url) => {
      const cache = await caches.open(immutable(url) ? IMMUTABLE : PAGES);
      if (await cache.match(url)) return;
      const response = await networkFetch(url).catch(() => null);
      if (response?.ok) await cache.put(url, response);
    }));
  }

  self.addEventListener('message', (event) => {
    if (event.data?.type !== 'cache') return;
    event.waitUntil(remember(event.data.urls).then(() => event.source?.postMessage({ type: 'cached' })));
  });

  // A new Pyodide version leaves the old one's files behind: drop caches this worker doesn't use.
  self.addEventListener('activate', (event) => {
    event.waitUntil(caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith('site-') && !CACHES.includes(k)).map((k) => caches.delete(k)))));
  });
}
