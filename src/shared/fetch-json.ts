import type { LoadFailure } from './load-error.js';

/** A response's bytes and its content type (read by readJson: src/model/read-json.ts), or why there are none. */
export type FetchOutcome = { ok: true; bytes: Uint8Array; contentType: string } | { ok: false; failure: LoadFailure };

/** How long a request may take before the element gives up and offers to try again. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The longest delay a timer keeps: beyond it, browsers fire at once (a 32-bit count of milliseconds). */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** A `timeout` as given (attribute, property): not a positive number → the default; too long for a timer → the longest. */
const effectiveTimeout = (ms: number): number => (ms > 0 ? Math.min(ms, LONGEST_TIMER_MS) : DEFAULT_TIMEOUT_MS);

/**
 * Fetches a document's bytes, and gives up after the timeout by aborting the caller's `request` itself.
 * Never throws: every failure becomes a `LoadFailure` (the caller names the URL). An abort by the caller (a
 * newer `src`, a removed element) resolves as a failure too, which the caller, who aborted, ignores. The
 * bytes are read (decoded, parsed) with the data's checks, which load meanwhile (src/model/read-json.ts).
 * No credentials are sent to other origins and no cookies are set: the request is a plain GET.
 */
export async function fetchBytes(url: string, request: AbortController, requestedMs = DEFAULT_TIMEOUT_MS): Promise<FetchOutcome> {
  const ms = effectiveTimeout(requestedMs);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, ms);
  try {
    const response = await fetch(url, { signal: request.signal });
    // Bytes, not response.text(): that decodes anything as UTF-8, turning a Latin-1 "é" into "�" in silence.
    const bytes = new Uint8Array(await response.arrayBuffer());
    return response.ok
      ? { ok: true, bytes, contentType: response.headers.get('content-type') ?? '' }
      : { ok: false, failure: { kind: 'http', status: response.status, statusText: response.statusText } };
  } catch {
    return { ok: false, failure: timedOut ? { kind: 'timeout', ms } : { kind: 'network' } };
  } finally {
    clearTimeout(timer);
  }
}
