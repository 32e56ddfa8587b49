import type { LoadError, LoadFailure } from './load-error.js';

export type FetchOutcome = { ok: true; json: unknown } | { ok: false; error: LoadError } | { ok: false; aborted: true };

/** How long a request may take before the element gives up and offers to try again. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The longest delay a timer keeps: beyond it, browsers fire at once (a 32-bit count of milliseconds). */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** A `timeout` as given (attribute, property): not a positive number → the default; too long for a timer → the longest. */
const effectiveTimeout = (ms: number): number => (ms > 0 ? Math.min(ms, LONGEST_TIMER_MS) : DEFAULT_TIMEOUT_MS);

/**
 * Fetches and parses a JSON document. Never throws: every failure becomes a `LoadError` naming the URL;
 * an abort by the caller (a newer `src`, a removed element) resolves as `aborted`, to be ignored.
 * No credentials are sent to other origins and no cookies are set: the request is a plain GET.
 */
export async function fetchJson(url: string, signal: AbortSignal, requestedMs = DEFAULT_TIMEOUT_MS): Promise<FetchOutcome> {
  const timeoutMs = effectiveTimeout(requestedMs);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const failed = (failure: LoadFailure): FetchOutcome => ({ ok: false, error: { origin: 'src', url, ...failure } });
  try {
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { signal: timeout.signal });
      text = await response.text();
    } catch {
      if (signal.aborted) return { ok: false, aborted: true };
      return timeout.signal.aborted ? failed({ kind: 'timeout', ms: timeoutMs }) : failed({ kind: 'network' });
    }
    if (!response.ok) return failed({ kind: 'http', status: response.status, statusText: response.statusText });
    if (!text.trim()) return failed({ kind: 'empty' });
    try {
      return { ok: true, json: JSON.parse(text) };
    } catch (error) {
      const contentType = response.headers.get('content-type')?.split(';')[0] ?? '';
      return failed({ kind: 'json', contentType, detail: (error as Error).message });
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/** Parses the text of an inline `<script type="application/json">`, with the same errors as a fetch. */
export function parseInlineJson(text: string): { ok: true; json: unknown } | { ok: false; error: LoadError } {
  if (!text.trim()) return { ok: false, error: { origin: 'inline', kind: 'empty' } };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: { origin: 'inline', kind: 'json', detail: (error as Error).message } };
  }
}
