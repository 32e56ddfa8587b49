/**
 * The history entries the boxes add. A box records a view with `pushState` (or refines it with
 * `replaceState`), keeping the host's `history.state` as it is, for routers that store theirs there.
 *
 * It also remembers the entries it left that way, for the page's lifetime: arriving back at one of them
 * is going back to the view before (the empty one, when its URL carries no key of the box), while any
 * other navigation without the box's keys is the host's (an anchor, a route) and leaves the view alone.
 * An entry is known by the Navigation API's key where the browser has it (a host anchor that leads to
 * the same URL is then a new entry), else by its URL. The memory can be this short: after a reload, the
 * entries of the previous page load their URL afresh.
 */
const departures = new Set<string>();

const currentEntry = () => globalThis.navigation?.currentEntry?.key ?? location.href;

/**
 * Records a URL; `false` when the browser refused. Safari refuses more than 100 history calls in 10 s
 * (a `SecurityError`): a fast typist can reach that, and the box must not throw for it.
 */
export function recordUrl(href: string, replace: boolean): boolean {
  const from = currentEntry();
  try {
    if (replace) history.replaceState(history.state, '', href);
    else history.pushState(history.state, '', href);
  } catch {
    return false;
  }
  if (!replace) departures.add(from);
  return true;
}

/** Whether a box left the current entry to record a view (so arriving back here is going back to a view). */
export const departedFromHere = (): boolean => departures.has(currentEntry());
