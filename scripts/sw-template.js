/* Deploy Notes service worker — generated at build time by scripts/service-worker.mjs.
 * Offline reading after one visit: the whole export (pages, scripts, styles, search index) is
 * precached on install. Pages are network-first, so a learner online always gets the newest build;
 * the cache answers only when the network does not. Hashed assets are cache-first (immutable).
 * Each build has a new VERSION, so the browser installs the new worker and old caches are deleted. */
const VERSION = "__VERSION__";
const PRECACHE_URLS = __PRECACHE__;
const CACHE = `deploy-notes-${VERSION}`;
const RUNTIME = "deploy-notes-runtime";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE_URLS))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE && k !== RUNTIME).map((k) => caches.delete(k))))
      .then(() => caches.open(RUNTIME))
      .then((runtime) => runtime.keys().then((reqs) => Promise.all(reqs.filter((r) => !new URL(r.url).pathname.startsWith("/_next/static/media/")).map((r) => runtime.delete(r)))))
      .then(() => self.clients.claim()),
  );
});

const isImmutable = (url) => url.pathname.startsWith("/_next/static/");

async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(RUNTIME)).put(request, response.clone());
  return response;
}

async function networkFirst(request, url) {
  try {
    const response = await fetch(request);
    if (response.ok && url.search === "") (await caches.open(CACHE)).put(request, response.clone());
    return response;
  } catch (error) {
    const cached =
      (await caches.match(request, { ignoreSearch: true })) ||
      (request.mode === "navigate" ? await caches.match(url.pathname.replace(/\.html$/, "").replace(/\/$/, "") || "/") : undefined);
    if (cached) return cached;
    if (request.mode === "navigate") {
      const home = await caches.match("/");
      if (home) return home;
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(isImmutable(url) ? cacheFirst(request) : networkFirst(request, url));
});
