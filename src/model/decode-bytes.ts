/**
 * Turns the bytes of a file or a response into text, strictly, the same way in every tool (the command line,
 * the authoring page, the elements' `src`): UTF-8, with or without its byte order mark, or UTF-16 when a byte
 * order mark says so. Anything else is refused with the offset of the first bad byte, never decoded into
 * replacement characters (U+FFFD) or guessed: a Windows-1252 file (Notepad, older Word exports) is named as
 * not UTF-8, and its author saves it again as UTF-8. The embed bundle carries `decodeBytes` only.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding }
  | { readonly ok: false; readonly encoding: Encoding };

/** The largest file the command line and the authoring page read (10 MiB): the seed is 40 KB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Bytes as mebibytes with one decimal, as a file manager shows a size ("200", "10", "1.5"). */
export const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');

export function decodeBytes(bytes: Uint8Array): Decoded {
  const encoding: Encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    // The decoder drops the byte order mark itself: it is not text (editors do not count it in columns).
    return { ok: true, encoding, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, encoding };
  }
}

/**
 * Where strict decoding failed, for the tools that show it to an author (the elements only say that it did).
 * TextDecoder does not say; decoding with replacement does, at each U+FFFD: the bytes before it are valid, so
 * their length is the offset, unless that U+FFFD was written in the file.
 */
export function firstBadByte(bytes: Uint8Array, encoding: Encoding): number {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const utf8 = new TextEncoder();
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) {
    if (encoding === 'utf-8') {
      offset += utf8.encode(text.slice(from, at)).length;
      if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
      offset += 3;
      from = at + 1;
    } else {
      offset = 2 * at;
      const unit = encoding === 'utf-16le' ? bytes[offset] | (bytes[offset + 1] << 8) : (bytes[offset] << 8) | bytes[offset + 1];
      if (unit !== 0xfffd) return offset;
    }
  }
  return bytes.length;
}
