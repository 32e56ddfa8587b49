/**
 * The loading state, shown for as long as one likes. A static Storybook has no server that can hold a
 * request open, and `data:`/`blob:` URLs would be refused by a strict Content-Security-Policy, so stories
 * point `src` at NEVER_ANSWERS_URL and this module (imported for its side effect) makes `fetch` leave that
 * one URL pending until the element aborts it (its `timeout`, a new `src`, or its removal). Every other
 * request goes to the network unchanged. The element takes the code path of a real slow server.
 */
export const NEVER_ANSWERS_URL = 'stories/fixtures/never-answers.json';

const MARK = Symbol.for('boite-a-idees/stories/never-answers');
type MarkedFetch = typeof fetch & { [MARK]?: true };

function install(): void {
  const current = globalThis.fetch as MarkedFetch;
  if (current[MARK]) return;
  const never = new URL(NEVER_ANSWERS_URL, document.baseURI).pathname;
  const wrapped: MarkedFetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname !== never) return current(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_resolve, reject) => {
      const abort = () => reject(signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
      if (signal?.aborted) abort();
      else signal?.addEventListener('abort', abort, { once: true });
    });
  };
  wrapped[MARK] = true;
  globalThis.fetch = wrapped;
}

install();
