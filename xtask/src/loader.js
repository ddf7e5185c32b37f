// Starts the app (xtask/src/split.rs puts this, minified, into index.html).
// The language is chosen as src/i18n.rs `negotiate` chooses it: `?lang=`, then the stored
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
const pick = () => {
  for (const wanted of [params.get("lang"), stored, ...browserLanguages]) {
    if (!wanted) continue;
    const exact = languages.find((l) => l.id.toLowerCase() === wanted.toLowerCase());
    const near = languages.find((l) => primary(l.id) === primary(wanted));
    if (exact || near) return exact || near;
  }
  return languages.find((l) => l.id === "en");
};
const language = pick();
const url = `/locales/${language.id}.ftl?v=${language.hash}`;
const text = fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.status))));
text.catch(() => {});
window.esscPrefetch = { [url]: text };
try {
  const { default: init } = await import("__GLUE__");
  await init({ module_or_path: fetch("__WASM__", { integrity: "__WASM_INTEGRITY__" }) });
} catch (error) {
  document.querySelector(".app-shell")?.setAttribute("hidden", "");
  document.getElementById("app-unavailable")?.removeAttribute("hidden");
  throw error;
}
