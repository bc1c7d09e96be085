// Service worker of the driver app (registered by /driver with scope /driver). It gives the
// app an offline shell: the last /driver page and the static files it loaded are served from
// the cache when the network is gone, so a driver who loses signal still sees the app, its
// "offline" notice and the positions it keeps buffering. Live data (/api, the socket) is
// never cached: it is either current or shown as unavailable.
const CACHE = "swifteats-driver-v1";
const SHELL_URL = "/driver";
const PRECACHE = [SHELL_URL, "/driver.webmanifest", "/driver-icon-192.png", "/driver-icon-512.png"];

// Only when no shell is cached yet (the cached shell is in the language the driver chose). A worker
// cannot read the NEXT_LOCALE cookie: the browser's language picks English or Dutch.
const OFFLINE_TEXT = {
  en: { title: "Driver · offline", heading: "You are offline", body: "The driver app opens as soon as you have a connection again.", retry: "Try again" },
  nl: { title: "Bezorger · offline", heading: "Je bent offline", body: "De bezorgersapp opent zodra je weer verbinding hebt.", retry: "Opnieuw proberen" },
};

function offlinePage() {
  const lang = (self.navigator.languages ?? [self.navigator.language]).some((l) => /^nl\b/i.test(l)) ? "nl" : "en";
  const text = OFFLINE_TEXT[lang];
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${text.title}</title><body style="font-family:system-ui;padding:24px"><h1>${text.heading}</h1>
<p>${text.body}</p><button onclick="location.reload()">${text.retry}</button></body></html>`;
}

/**
 * Keeps `html` as the shell and every build file it names: the scripts and styles the page
 * loaded before this worker controlled it went past it, and the shell needs them offline.
 */
async function keepShell(cache, response) {
  const html = await response.clone().text();
  await cache.put(SHELL_URL, response);
  const assets = new Set([...html.matchAll(/(?:\/_next\/)?static\/(?:chunks|css|media)\/[^"'\\\s)]+/g)].map((m) => `/_next/${m[0].replace(/^\/_next\//, "")}`));
  await Promise.all([...assets].map(async (url) => (await cache.match(url)) ?? cache.add(url).catch(() => undefined)));
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // One by one: a file that cannot be fetched now must not stop the install.
      await Promise.all(PRECACHE.filter((url) => url !== SHELL_URL).map((url) => cache.add(url).catch(() => undefined)));
      try {
        const shell = await fetch(SHELL_URL);
        if (shell.ok && !shell.redirected) await keepShell(cache, shell);
      } catch {
        // Offline while installing: the next visit keeps the shell.
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

async function networkFirstShell(event) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    // Kept in the background: the page must not wait for its files being cached.
    if (response.ok && !response.redirected) event.waitUntil(keepShell(cache, response.clone()));
    return response;
  } catch {
    return (await cache.match(SHELL_URL)) ?? new Response(offlinePage(), { headers: { "content-type": "text/html; charset=utf-8" } });
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && url.pathname.startsWith(SHELL_URL)) return event.respondWith(networkFirstShell(event));
  // Hashed build files never change under one name; the icons and manifest rarely do.
  if (url.pathname.startsWith("/_next/static/") || PRECACHE.includes(url.pathname)) return event.respondWith(cacheFirst(request));
});
