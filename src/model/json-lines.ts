/**
 * Where things are in a JSON text, so a data author is sent to a line of their file, not only to a path:
 * the value at a JSON path (`chantiers[1].freins.items[0]`, the format of `formatPath` in parse-document.ts)
 * and the first syntax error.
 *
 * A small scanner of its own, because `JSON.parse` keeps no positions and words its errors differently in
 * every engine ("at position 45", "line 3 column 5", or nothing). It accepts exactly what `JSON.parse`
 * accepts (a property test checks it) and keeps its own stack, so deep nesting cannot overflow ours.
 * Lines and columns are 1-based; a column counts UTF-16 code units, as editors do; "\r\n", "\n" and "\r"
 * each end a line.
 */

export interface JsonPosition {
  /** 0-based offset in the text. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

export interface JsonSyntaxError extends JsonPosition {
  /** The unexpected character, or `""` when the text ends too early. */
  readonly found: string;
}

export interface JsonPathPosition extends JsonPosition {
  /** `false` when the path does not exist (a missing key): the position is then its deepest existing parent's. */
  readonly exact: boolean;
}

/** A value of the text: where it starts, and its children for objects and arrays. */
interface JsonNode {
  offset: number;
  members?: Map<string, JsonNode>;
  items?: JsonNode[];
}

type Scan = { ok: true; root: JsonNode } | { ok: false; offset: number };

/** The line and column of an offset. */
export function positionAt(text: string, offset: number): JsonPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/** The first syntax error of a JSON text, or `undefined` when `JSON.parse` would accept it. */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  const scan = scanJson(text);
  return scan.ok ? undefined : { ...positionAt(text, scan.offset), found: text.charAt(scan.offset) };
}

/**
 * Where the value at `path` starts; for a missing key, where its parent object starts (`exact: false`).
 * `undefined` when the text is not JSON.
 */
export function locatePath(text: string, path: string): JsonPathPosition | undefined {
  const scan = scanJson(text);
  if (!scan.ok) return undefined;
  let node = scan.root;
  let exact = true;
  for (const key of parsePath(path)) {
    const child = typeof key === 'number' ? node.items?.[key] : node.members?.get(key);
    if (!child) {
      exact = false;
      break;
    }
    node = child;
  }
  return { ...positionAt(text, node.offset), exact };
}

/** `chantiers[1]["clé bizarre"].items[0]` → `['chantiers', 1, 'clé bizarre', 'items', 0]`; `""` → `[]`. */
export function parsePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const segment = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  for (let match = segment.exec(path); match; match = segment.exec(path)) {
    keys.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3]) as string)));
  }
  return keys;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrtu';

/** Reads the whole text as JSON (RFC 8259, as `JSON.parse`), recording where each value starts. */
function scanJson(text: string): Scan {
  const length = text.length;
  let index = 0;
  let root: JsonNode | undefined;
  // Open objects and arrays, innermost last; `key` is the member an object's next value belongs to.
  const stack: { node: JsonNode; key?: string }[] = [];
  let mode: 'value' | 'after' | 'key' = 'value';

  const skipSpace = () => {
    while (index < length) {
      const char = text[index];
      if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') break;
      index += 1;
    }
  };
  const attach = (node: JsonNode) => {
    const parent = stack.at(-1);
    if (!parent) root = node;
    else if (parent.node.items) parent.node.items.push(node);
    else parent.node.members!.set(parent.key!, node);
  };
  /** Skips a string starting at `index`; returns the offset of the error, or -1. */
  const skipString = (): number => {
    index += 1;
    while (index < length) {
      const char = text.charCodeAt(index);
      if (char === 34) {
        index += 1;
        return -1;
      }
      if (char < 0x20) return index;
      if (char === 92) {
        const escape = text[index + 1];
        if (escape === undefined) return length;
        if (!ESCAPES.includes(escape)) return index + 1;
        if (escape === 'u') {
          for (let digit = 2; digit < 6; digit += 1) {
            if (index + digit >= length) return length;
            if (!/[0-9a-fA-F]/.test(text[index + digit])) return index + digit;
          }
          index += 6;
        } else index += 2;
      } else index += 1;
    }
    return length;
  };

  for (;;) {
    skipSpace();
    if (mode === 'value') {
      const start = index;
      const char = text[index];
      if (char === '{' || char === '[') {
        const node: JsonNode = char === '{' ? { offset: start, members: new Map() } : { offset: start, items: [] };
        attach(node);
        index += 1;
        skipSpace();
        if (text[index] === (char === '{' ? '}' : ']')) {
          index += 1;
          mode = 'after';
        } else {
          stack.push({ node });
          mode = char === '{' ? 'key' : 'value';
        }
        continue;
      }
      if (char === '"') {
        const error = skipString();
        if (error >= 0) return { ok: false, offset: error };
      } else if (char === '-' || (char >= '0' && char <= '9')) {
        NUMBER.lastIndex = index;
        const number = NUMBER.exec(text);
        // "-" alone, "-x": the error is at the character after the sign.
        if (!number) return { ok: false, offset: index + 1 };
        index += number[0].length;
        // "1." or "1e": the digits that should follow are missing.
        if (/[.eE]/.test(text[index] ?? '')) return { ok: false, offset: index + 1 };
      } else {
        const word = char === 't' ? 'true' : char === 'f' ? 'false' : char === 'n' ? 'null' : '';
        if (!word) return { ok: false, offset: index };
        for (const expected of word) {
          if (text[index] !== expected) return { ok: false, offset: index };
          index += 1;
        }
      }
      attach({ offset: start });
      mode = 'after';
    } else if (mode === 'key') {
      if (text[index] !== '"') return { ok: false, offset: index };
      const start = index;
      const error = skipString();
      if (error >= 0) return { ok: false, offset: error };
      stack.at(-1)!.key = JSON.parse(text.slice(start, index)) as string;
      skipSpace();
      if (text[index] !== ':') return { ok: false, offset: index };
      index += 1;
      mode = 'value';
    } else {
      const open = stack.at(-1);
      if (!open) return index < length ? { ok: false, offset: index } : { ok: true, root: root! };
      const close = open.node.items ? ']' : '}';
      if (text[index] === ',') {
        index += 1;
        mode = open.node.items ? 'value' : 'key';
      } else if (text[index] === close) {
        index += 1;
        stack.pop();
      } else return { ok: false, offset: index };
    }
  }
}
