/**
 * The words every element shows without its data (loading, failure), one object per language with the
 * same keys: `fr` below, `en` in labels-en.ts (TypeScript refuses an `en` that lacks a key). **Adding a label
 * is one line in each.** The words of the data's rendering travel with it, beside the data (`frData` in
 * data-labels.ts, `enData` in labels-en.ts), and so do those only the box's view uses (`frView` in
 * src/boite-a-idees/box-view-labels.ts, `enView` in labels-en.ts).
 * The words of failures (alert details, validation messages) follow the same shape in messages.ts; the
 * follow-up's own words, both languages, travel with its rendering (render-suivi.ts, a chunk).
 *
 * French is in the embed bundle; English is loaded on first use (`import()`), so only pages that ask for it
 * download it, and so are the failure messages, only when something fails (BoiteElement.need waits for them
 * and renders again). The data itself is never translated: it is the participants' words.
 */
import { EMBED } from './embed.js';
import { onDemand, type OnDemand } from './on-demand.js';

export type Lang = 'fr' | 'en';

/**
 * The language of the data: the workshops wrote in French. When the interface speaks another language,
 * the elements mark the data with `lang="fr"` (RGAA 8.7) so screen readers pronounce it right.
 */
export const DATA_LANG: Lang = 'fr';

/** The `lang` attribute value for data shown in an interface of language `lang`, or `undefined` when equal. */
export const dataLangFor = (lang: Lang): Lang | undefined => (lang === DATA_LANG ? undefined : DATA_LANG);

export const fr = {
  loading: 'Chargement des données…',
  failed: "Ces données n'ont pas pu être affichées.",
  retry: 'Réessayer',
};

export type Labels = typeof fr;
// A failed download leaves the French words: a page in the wrong language, not an empty one.
const LABELS: Record<Lang, OnDemand<Labels>> = {
  fr: onDemand(fr),
  en: onDemand(() => import('./labels-en.js').then((module) => module.en), fr),
};

/** The labels of a language; `.get()` is undefined until they are loaded (`.load()`). */
export const labelsOf = (lang: Lang): OnDemand<Labels> => LABELS[lang];

/**
 * The language of an element: its own `lang` or its nearest ancestor's, across shadow roots, so a box
 * inside a `lang="en"` page section speaks English. French unless English is asked for.
 */
export function langOf(element: Element): Lang {
  // Never in the embed, which no server renders (embed.ts).
  if (!EMBED && typeof Element === 'undefined') {
    // Server rendering (Lit's `isServer`, tested without importing Lit, which the command line bundles
    // without): no DOM tree, but Lit's renderer links each element to its shadow host (`__host`).
    for (let host: (Element & { __host?: Element }) | undefined = element; host; host = host.__host) {
      if (host.hasAttribute('lang')) return host.getAttribute('lang')!.toLowerCase().startsWith('en') ? 'en' : 'fr';
    }
    return 'fr';
  }
  for (let node: Node | null = element; node; ) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang')!.toLowerCase().startsWith('en') ? 'en' : 'fr';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'fr';
}
