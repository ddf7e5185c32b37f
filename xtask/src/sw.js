// The app's service worker on a personal device (kiosks get none: xtask/src/loader.js registers
// it only outside kiosk mode). xtask/src/split.rs writes it into dist/sw.js with this build's
// file list, so a new build is a new worker, which waits until the person accepts the update.
//
// - The app's pages open from the cache: the page, the content-hashed wasm, JavaScript and
//   styles, the icons, the journeys that need no server, and each language file once fetched.
// - Nothing under /api/ is ever answered from here, nor anything personal: only the files above.
const VERSION = __VERSION__;
const PRECACHE = __PRECACHE__;
const CACHE = `essc-${VERSION}`;

self.addEventListener("install", (event) => {
  // The files are content-hashed and already in the HTTP cache after the first visit.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("essc-") && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "update") {
    // The person chose "reload" for the new version.
    self.skipWaiting();
  } else if (Array.isArray(event.data?.keep)) {
    // The active language's files, fetched by the page before this worker controlled it.
    event.waitUntil(
      caches.open(CACHE).then((cache) =>
        Promise.all(event.data.keep.filter(cacheable).map((url) => cache.add(url).catch(() => {}))),
      ),
    );
  }
});

// Files whose name or query carries their content's hash: kept for good once fetched.
const HASHED = /-[0-9a-f]{16,}(_bg)?\.(wasm|js|css)$/;
function cacheable(href) {
  const url = new URL(href, location.origin);
  if (url.origin !== location.origin || url.pathname.startsWith("/api/")) return false;
  return (
    HASHED.test(url.pathname) ||
    (url.pathname.startsWith("/locales/") && url.searchParams.has("v")) ||
    url.pathname.startsWith("/icons/")
  );
}

// An address of the app's own pages (not a file such as /robots.txt, not the API).
function appPage(url) {
  return url.origin === location.origin && !url.pathname.startsWith("/api/") && !url.pathname.split("/").pop().includes(".");
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (request.mode === "navigate" && appPage(url)) {
    // The cached page of this version, whatever the path (the app routes in the browser); the
    // network only when it is missing.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => (await cache.match("/")) || fetch(request)),
    );
  } else if (cacheable(request.url)) {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const hit = await cache.match(request);
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok && response.type === "basic") await cache.put(request, response.clone());
        return response;
      }),
    );
  }
});
