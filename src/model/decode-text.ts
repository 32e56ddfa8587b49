/**
 * The bytes of a spreadsheet's CSV to text, honestly. `decodeBytes` (./decode-bytes.ts, shared by every
 * tool) reads UTF-8 and UTF-16 with a byte order mark, strictly, and refuses the rest; a JSON document must
 * be UTF-8. A CSV is different: Excel and LibreOffice on a French Windows save "CSV" in Windows-1252, and an
 * officer cannot choose. So bytes that are not UTF-8 and carry no byte order mark are read as Windows-1252,
 * and said so. A letter is never replaced by U+FFFD: bytes that fit neither encoding are reported with their
 * line, not guessed.
 *
 * Used by the command line and the authoring page (no Node API); never by the embed.
 */
import { decodeBytes, type Encoding } from './decode-bytes.js';

export type TextEncodingName = Encoding | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Lines (1-based) holding bytes that no encoding tried here gives a letter for. */
  readonly badLines: readonly number[];
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes);
  if (decoded.ok) return { text: decoded.text, encoding: decoded.encoding, badLines: [] };
  const marked = decoded.encoding !== 'utf-8' || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
  // A byte order mark promises an encoding that the bytes break: decoded so, with the broken lines named.
  if (marked) return withBadLines(new TextDecoder(decoded.encoding).decode(bytes), decoded.encoding, /\uFFFD/);
  // Windows-1252 gives a letter to every byte but five (0x81, 0x8D, 0x8F, 0x90, 0x9D), which the decoder
  // turns into C1 control characters; C1 controls never appear in real text, so they name the bad lines.
  return withBadLines(new TextDecoder('windows-1252').decode(bytes), 'windows-1252', /[\u0080-\u009F]/);
}

function withBadLines(text: string, encoding: TextEncodingName, bad: RegExp): DecodedText {
  const badLines: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (bad.test(line)) badLines.push(index + 1);
  });
  return { text, encoding, badLines };
}
