/**
 * The host page opened at one of its own anchors (`page.html#contact`): the browser scrolls there as soon
 * as the anchor exists, before the elements above it have fetched and rendered their data and grown by
 * thousands of pixels, which leaves the anchor far below the window (browsers without scroll anchoring, or
 * anchoring on a node that moved too). So each element, once it has rendered its data or its error, asks
 * to bring the anchor back into view, as the browser would have done had the page been complete.
 *
 * Only for the first load of the page (not a reload or a return, where the browser restores the visitor's
 * own position), and only until the visitor scrolls, clicks or types: from then on the position is theirs.
 *
 * A chunk of the embed, loaded only by a page opened at a fragment (host-anchor.ts).
 */
// Imports nothing (not even Lit's isServer: host-anchor.ts loads it in browsers only), so that no bundle
// splits the modules it would share with the entry into a file of their own.
const INTENT = ['wheel', 'touchstart', 'keydown', 'mousedown'];
let stopped = false;
let scheduled = false;
let listening = false;

/** Stops for good: the visitor moved, or an element showed what a link pointed to. */
export function stopKeepingHostAnchor(): void {
  stopped = true;
  for (const type of INTENT) removeEventListener(type, stopKeepingHostAnchor, true);
}

/** Whether the page was opened by a link or the address bar (not reloaded, not a return in history). */
function firstLoad(): boolean {
  const [entry] = performance.getEntriesByType?.('navigation') ?? [];
  return !entry || (entry as PerformanceNavigationTiming).type === 'navigate';
}

/** The host's element that the fragment names (`#contact`, or `<a name>`), if any. */
function anchorTarget(): Element | null {
  const raw = location.hash.slice(1);
  // No anchor of a page is named by a kilobyte: a longer fragment (a crafted link, a box's view) is none.
  if (!raw || raw.length > 1024) return null;
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // a malformed escape: look the fragment up as written
  }
  return document.getElementById(name) ?? document.querySelector(`a[name="${CSS.escape(name)}"]`);
}

/** After an element rendered: scrolls the host's anchor back into view on the next frame, if it applies. */
export function keepHostAnchorInView(): void {
  if (stopped || scheduled) return;
  if (!firstLoad()) return stopKeepingHostAnchor();
  if (!listening) {
    listening = true;
    for (const type of INTENT) addEventListener(type, stopKeepingHostAnchor, { capture: true, passive: true });
  }
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    const target = stopped ? null : anchorTarget();
    // Instant: a smooth scroll (`scroll-behavior: smooth` on many themes) would still be on its way.
    target?.scrollIntoView({ block: 'start', behavior: 'instant' });
  });
}
