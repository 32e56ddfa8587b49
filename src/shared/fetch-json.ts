import { decodeBytes } from '../model/decode-bytes.js';
import type { LoadError, LoadFailure } from './load-error.js';

/** JSON, or why there is none. */
export type JsonOutcome = { ok: true; json: unknown } | { ok: false; error: LoadError };

export type FetchOutcome = JsonOutcome | { ok: false; aborted: true };

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
    let bytes: Uint8Array;
    try {
      response = await fetch(url, { signal: timeout.signal });
      // Bytes, not response.text(): that decodes anything as UTF-8, turning a Latin-1 "é" into "�" in silence.
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch {
      if (signal.aborted) return { ok: false, aborted: true };
      return timeout.signal.aborted ? failed({ kind: 'timeout', ms: timeoutMs }) : failed({ kind: 'network' });
    }
    if (!response.ok) return failed({ kind: 'http', status: response.status, statusText: response.statusText });
    const contentType = response.headers.get('content-type') ?? '';
    // JSON is UTF-8 (RFC 8259): the bytes decide, and a declared charset only explains bytes that are not.
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return failed({ kind: 'encoding', charset: /charset="?([^";]+)/i.exec(contentType)?.[1] });
    const text = decoded.text;
    if (!text.trim()) return failed({ kind: 'empty' });
    try {
      return { ok: true, json: JSON.parse(text) };
    } catch (error) {
      return failed({ kind: 'json', contentType: contentType.split(';')[0], detail: (error as Error).message });
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/** Parses the text of an inline `<script type="application/json">`, with the same errors as a fetch. */
export function parseInlineJson(text: string): JsonOutcome {
  if (!text.trim()) return { ok: false, error: { origin: 'inline', kind: 'empty' } };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: { origin: 'inline', kind: 'json', detail: (error as Error).message } };
  }
}
