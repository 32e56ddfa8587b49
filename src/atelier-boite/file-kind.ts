/**
 * What a file is, from its first bytes rather than its name: a .docx named .txt, a text named .docx, a
 * PDF or an image renamed are each told apart before anything reads them. Small and loaded with the
 * page; the reader of office files (office-file.ts) is loaded only when one is opened.
 */

/** Bigger files are refused before they are read: no restitution is that long (20 MB is about 5,000 pages). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** `zip`: a .docx or .odt (or another zip); `ole`: a legacy .doc or a password-protected Office file. */
export type FileKind = 'zip' | 'ole' | 'pdf' | 'rtf' | 'empty' | 'binary' | 'text';

export function sniffFile(bytes: Uint8Array): FileKind {
  if (!bytes.length) return 'empty';
  const starts = (...codes: number[]) => codes.every((code, index) => bytes[index] === code);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf';
  // UTF-16 text has NUL bytes, and says so with its byte order mark; other NUL bytes mean a binary file.
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return 'text';
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? 'binary' : 'text';
}
