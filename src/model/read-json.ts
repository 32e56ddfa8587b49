/**
 * A document's JSON, from the bytes of a response or the text of an inline `<script>`, strictly: bytes must
 * be UTF-8 (or UTF-16 with its byte order mark: decodeBytes), the text must not be blank, the JSON must be
 * well formed. The elements read their data with it once the data's checks are there (it comes with them:
 * validate.ts, a chunk of the embed loaded beside the fetch), so the entry carries none of it.
 */
import { decodeBytes } from './decode-bytes.js';

/** Why there is no JSON (the elements' LoadFailure includes these). */
export type JsonFailure =
  | { readonly kind: 'json'; readonly contentType?: string; readonly detail: string }
  /** Bytes that are not UTF-8 (nor UTF-16 with a byte order mark); `charset` as the server declared it. */
  | { readonly kind: 'encoding'; readonly charset?: string }
  | { readonly kind: 'empty' };

export type JsonRead = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly failure: JsonFailure };

/** `contentType`: the response's header, for fetched bytes (its charset explains bytes that are not UTF-8). */
export function readJson(input: Uint8Array | string, contentType?: string): JsonRead {
  let text = input;
  if (typeof text !== 'string') {
    // JSON is UTF-8 (RFC 8259): the bytes decide, and a declared charset only explains bytes that are not.
    const decoded = decodeBytes(text);
    if (!decoded.ok) return { ok: false, failure: { kind: 'encoding', charset: /charset="?([^";]+)/i.exec(contentType ?? '')?.[1] } };
    text = decoded.text;
  }
  if (!text.trim()) return { ok: false, failure: { kind: 'empty' } };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, failure: contentType === undefined ? { kind: 'json', detail } : { kind: 'json', contentType: contentType.split(';')[0], detail } };
  }
}
