// Practice Paths service worker. Source for the sw.js that tools/vite-plugin-offline.ts writes into each build,
// after a first line defining BUILD: { version, precache: [{ url, revision }], runtime: [url] }.
//
// - Precache, revisioned: the page and every script and style, each stored under its URL and content revision,
//   so an update downloads only what changed, a failed download is retried alone, and a file that arrives with
//   other content than the build said (a deploy in between) fails the install instead of being kept.
// - Sounds and art are cached the first time they are used (and only the files this build knows).
// - Only a page navigation falls back to the cached page. A script, style, sound or picture that cannot be had
//   fails as a network error: it is never answered with index.html.
// - Updates wait for the player: a new version installs beside the one in use and takes over when every open
//   game has closed (or when a page posts { type: 'skip-waiting' }). The files of the version before stay
//   cached one more generation, so a page still open on it keeps loading its lazy chunks.
/* global BUILD */

const PRECACHE = 'practice-paths-precache';
const RUNTIME = 'practice-paths-media';
const scope = self.registration.scope;
const absolute = (path) => new URL(path, scope).href;
const MANIFEST = absolute('./__practice-paths-cache-manifest');
const SHELL = absolute('./index.html');

/** URL (no query) → cache key of this build's revision. The page is reachable as ./ and ./index.html. */
const precacheKeys = new Map(
  BUILD.precache.map(({ url, revision }) => [absolute(url), `${absolute(url)}?__revision=${revision}`]),
);
precacheKeys.set(absolute('./'), precacheKeys.get(SHELL));
const revisions = new Map(BUILD.precache.map(({ url, revision }) => [absolute(url), revision]));
const runtimeUrls = new Set(BUILD.runtime.map(absolute));

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(pruneAndClaim());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.search = '';
  url.hash = '';
  const path = url.href;
  if (request.mode === 'navigate') {
    if (path.startsWith(scope)) event.respondWith(navigation(request, path));
    return;
  }
  if (precacheKeys.has(path)) event.respondWith(precached(request, precacheKeys.get(path)));
  else if (runtimeUrls.has(path)) event.respondWith(cachedAsUsed(request, path));
  else if (path.startsWith(absolute('./assets/'))) event.respondWith(earlierVersion(request));
});

async function precache() {
  const cache = await caches.open(PRECACHE);
  const wanted = [...new Set(BUILD.precache.map(({ url }) => absolute(url)))];
  const missing = [];
  for (const url of wanted) if (!(await cache.match(precacheKeys.get(url)))) missing.push(url);
  await Promise.all(
    missing.map(async (url) => {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok || response.redirected)
        throw new Error(
          `Offline cache: ${url} answered ${response.status}${response.redirected ? ' (redirected)' : ''}.`,
        );
      const body = await response.clone().arrayBuffer();
      if ((await revisionOf(body)) !== revisions.get(url))
        throw new Error(`Offline cache: ${url} is not the file this version was built with.`);
      await cache.put(precacheKeys.get(url), response);
    }),
  );
}

async function revisionOf(body) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Keep this build's files and the previous build's; drop older ones and the caches of earlier service workers. */
async function pruneAndClaim() {
  const precache = await caches.open(PRECACHE);
  const runtime = await caches.open(RUNTIME);
  const stored = await precache.match(MANIFEST);
  const previous = stored ? await stored.json() : { precache: [], runtime: [] };
  const current = { precache: [...new Set(precacheKeys.values())], runtime: [...runtimeUrls] };
  const keepPrecache = new Set([...current.precache, ...previous.precache, MANIFEST]);
  const keepRuntime = new Set([...current.runtime, ...previous.runtime]);
  for (const request of await precache.keys()) if (!keepPrecache.has(request.url)) await precache.delete(request);
  for (const request of await runtime.keys()) if (!keepRuntime.has(request.url)) await runtime.delete(request);
  await precache.put(
    MANIFEST,
    new Response(JSON.stringify(current), { headers: { 'content-type': 'application/json' } }),
  );
  for (const name of await caches.keys())
    if (name.startsWith('practice-paths-') && name !== PRECACHE && name !== RUNTIME) await caches.delete(name);
  await self.clients.claim();
}

/** The game's page: the cached page of this version; another page in scope: the network, or the game's page offline. */
async function navigation(request, path) {
  const shell = precacheKeys.get(path);
  if (shell) return (await caches.match(shell, { cacheName: PRECACHE })) || fetch(request);
  try {
    return await fetch(request);
  } catch (error) {
    const fallback = await caches.match(precacheKeys.get(SHELL), { cacheName: PRECACHE });
    if (fallback) return fallback;
    throw error;
  }
}

async function precached(request, key) {
  return (await caches.match(key, { cacheName: PRECACHE })) || fetch(request);
}

async function cachedAsUsed(request, path) {
  const cache = await caches.open(RUNTIME);
  const hit = await cache.match(path);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.status === 200 && response.type === 'basic') await cache.put(path, response.clone());
  return response;
}

/** A file of the build before this one, asked for by a page still open on it. */
async function earlierVersion(request) {
  return (await caches.match(request, { ignoreSearch: true })) || fetch(request);
}
