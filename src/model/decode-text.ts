/**
 * Bytes of a file to text, honestly: a byte order mark says the encoding (UTF-8, UTF-16); otherwise the
 * bytes must be valid UTF-8, else they are read as Windows-1252, the encoding of a spreadsheet saved as
 * "CSV" by Excel or LibreOffice on a French Windows. A letter is never replaced by U+FFFD: bytes that fit
 * neither encoding are reported with their line, not guessed.
 *
 * Kept small and apart on purpose: the command line and the authoring page share it (no Node API).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Lines (1-based) holding bytes that no encoding tried here gives a letter for. */
  readonly badLines: readonly number[];
}

const BOMS: readonly [TextEncodingName, readonly number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

export function decodeText(bytes: Uint8Array): DecodedText {
  for (const [encoding, bom] of BOMS) {
    if (bom.every((byte, index) => bytes[index] === byte)) {
      return strict(encoding, bytes.subarray(bom.length)) ?? lenient(encoding, bytes.subarray(bom.length));
    }
  }
  return strict('utf-8', bytes) ?? windows1252(bytes);
}

function strict(encoding: TextEncodingName, bytes: Uint8Array): DecodedText | undefined {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, badLines: [] };
  } catch {
    return undefined;
  }
}

/** A file whose mark promises an encoding that its bytes break: decoded, with the broken lines named. */
function lenient(encoding: TextEncodingName, bytes: Uint8Array): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, badLines: linesWith(text, /\uFFFD/) };
}

/**
 * Windows-1252 gives a letter to every byte but five (0x81, 0x8D, 0x8F, 0x90, 0x9D), which the decoder
 * turns into C1 control characters; C1 controls never appear in real text, so they name the bad lines.
 */
function windows1252(bytes: Uint8Array): DecodedText {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return { text, encoding: 'windows-1252', badLines: linesWith(text, /[\u0080-\u009F]/) };
}

function linesWith(text: string, pattern: RegExp): number[] {
  const lines: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (pattern.test(line)) lines.push(index + 1);
  });
  return lines;
}
