// Starts the app (xtask/src/split.rs puts this, minified, into index.html).
// On an entry page (size-budget.json) it first paints the page's heading and lead in the chosen
// language, so people read something before the wasm arrives; the app replaces it once its first
// page is complete (src/startup.rs).
// The language is chosen as src/i18n/negotiate.rs chooses it: `?lang=`, then the stored
// choice (never read in kiosk mode), then the browser's languages, each exactly or by its
// primary subtag; English otherwise. Its file and the wasm then download at the same time.
// The app takes the started request from `esscPrefetch` (src/browser.rs) when the URL matches.
const languages = __LANGUAGES__;
const params = new URLSearchParams(location.search);
const kiosk =
  /^(1|true|yes)$/.test(params.get("kiosk") || "") ||
  document.querySelector('meta[name="app-mode"]')?.content === "kiosk";
let stored = null;
if (!kiosk) {
  try {
    stored = localStorage.getItem("essc.lang");
  } catch {}
}
const browserLanguages = navigator.languages?.length ? navigator.languages : [navigator.language];
const primary = (tag) => tag.split(/[-_]/)[0].toLowerCase();
// A pseudo-locale only from `?lang=` and only where the server allows them (--pseudo-locales).
const pseudoAllowed = document.querySelector('meta[name="app-pseudo-locales"]')?.content === "on";
const offered = languages.filter((l) => !l.pseudo);
const pick = () => {
  const asked = params.get("lang")?.toLowerCase();
  const pseudo = languages.find((l) => l.pseudo && pseudoAllowed && l.id.toLowerCase() === asked);
  if (pseudo) return pseudo;
  for (const wanted of [params.get("lang"), stored, ...browserLanguages]) {
    if (!wanted) continue;
    const exact = offered.find((l) => l.id.toLowerCase() === wanted.toLowerCase());
    const near = offered.find((l) => primary(l.id) === primary(wanted));
    if (exact || near) return exact || near;
  }
  return offered.find((l) => l.id === "en");
};
const language = pick();
const path = location.pathname.replace(/(.)\/+$/, "$1");

// The entry page's heading and lead, and the header's words, come from the language's own
// file as soon as it arrives (the app waits for the same request): index.html carries no
// language's words. Each is one line `id = text` (checked at build time, split.rs).
const firstPaint = __FIRST_PAINT__;
const ids = firstPaint.pages[path];
const shell = document.querySelector(".app-shell");
// Set when the app cannot start: nothing is painted after that.
let unavailable = false;
const paint = (ftl) => {
  const message = (id) => ftl.match(new RegExp(`^${id} = (.*)$`, "m"))?.[1].trim();
  const [service, serviceShort, signIn] = firstPaint.header.map(message);
  const page = ids.map(message);
  if (unavailable || !shell?.isConnected || page.some((w) => !w) || !service) return;
  const text = (value) => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  document.documentElement.lang = language.id;
  document.documentElement.dir = language.dir;
  document.title = `${page[0]} – ${service}`;
  // The header as src/components/layout.rs draws it for someone not signed in (logo, service
  // name, sign-in link, language switcher), so the heading does not move when the app
  // replaces this; first-paint.spec.ts checks that at 320 and 1280 px.
  shell.className = "app-first-paint";
  shell.innerHTML =
    '<header class="app-header"><div class="app-header__inner app-width-container">' +
    '<span class="app-header__service"><svg class="app-header__logo" aria-hidden="true" viewBox="0 0 32 32" width="32" height="32"><rect x="2" y="6" width="28" height="20" rx="3" fill="none" stroke="currentColor" stroke-width="2.5"/><rect x="6" y="11" width="8" height="10" rx="1" fill="currentColor"/><path d="M17 13h9M17 17h9M17 21h6" stroke="currentColor" stroke-width="2"/></svg>' +
    `<span class="app-header__service-full">${text(service)}</span><span class="app-header__service-short" aria-hidden="true">${text(serviceShort)}</span></span>` +
    `<div class="app-header__account"><span class="app-header__sign-in">${text(signIn)}</span></div>` +
    '<div class="app-language"><span class="app-language__toggle"><svg class="app-language__icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M2 12h20M12 2c3 3 4 6.5 4 10s-1 7-4 10c-3-3-4-6.5-4-10s1-7 4-10z" fill="none" stroke="currentColor" stroke-width="2"/></svg>' +
    `<span>${text(language.name)}</span></span></div></div></header>` +
    `<div class="app-width-container"><main class="app-main"><h1 class="app-heading-xl">${text(page[0])}</h1>` +
    `<p class="app-body-l">${text(page[1])}</p></main></div>`;
};

const preloads = __PRELOADS__;
for (const index of preloads.pages[path] || []) {
  const [href, integrity] = preloads.files[index];
  const link = Object.assign(document.createElement("link"), {
    rel: "preload",
    as: "fetch",
    type: "application/wasm",
    crossOrigin: "anonymous",
    integrity,
    href: `/${href}`,
  });
  document.head.append(link);
}

const url = `/locales/${language.id}.ftl?v=${language.hash}`;
const text = fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.status))));
if (ids && !language.pseudo) text.then(paint, () => {});
text.catch(() => {});
window.esscPrefetch = { [url]: text };

// On a personal device, a service worker (dist/sw.js, from xtask/src/sw.js) keeps the app for
// an offline start; a kiosk gets none. A new version waits until the person accepts it: the
// app shows the offer when `essc-update` fires (src/components/layout.rs) and calls
// `esscUpdate()`, which hands over to the new worker and reloads.
if (!kiosk && "serviceWorker" in navigator) {
  const keep = [url, ...Object.entries(language.parts).map(([part, hash]) => `/locales/${language.id}/${part}.ftl?v=${hash}`)];
  // After the page's own files, so that keeping the rest never slows the first start.
  addEventListener("load", () => navigator.serviceWorker.register("/sw.js").then(
    (registration) => {
      // A browser that refuses workers (as the end-to-end suite's does) may answer nothing.
      if (!registration) return;
      const offer = () => {
        if (registration.waiting && navigator.serviceWorker.controller) {
          window.esscUpdate = () => {
            navigator.serviceWorker.addEventListener("controllerchange", () => location.reload());
            registration.waiting?.postMessage("update");
          };
          dispatchEvent(new Event("essc-update"));
        }
      };
      offer();
      registration.addEventListener("updatefound", () =>
        registration.installing?.addEventListener("statechange", offer),
      );
      navigator.serviceWorker.ready.then((ready) => ready.active?.postMessage({ keep }));
    },
    () => {},
  ));
}
try {
  const { default: init } = await import("__GLUE__");
  await init({ module_or_path: fetch("__WASM__", { integrity: "__WASM_INTEGRITY__" }) });
} catch (error) {
  unavailable = true;
  // The shell, painted or not.
  shell?.setAttribute("hidden", "");
  document.getElementById("app-unavailable")?.removeAttribute("hidden");
  throw error;
}
