// The embed's size budgets. `node scripts/size.mjs` prints the minified, gzip and brotli sizes of each
// entry of the embed (build them first: `npm run build:embed`), of the chunks it loads on demand, and of
// the most it can load (the entry and every chunk), and exits 1 when an entry's gzip exceeds its ceiling,
// when an entry statically imports another file, or when Lit's development build got bundled. Over its
// budget but under its ceiling, an entry is reported with the gap, and the run goes on. One file
// only: `node scripts/size.mjs FILE`.
//
// `node scripts/size.mjs --analyze` (the box's entry; `--analyze --card` the card's) builds the bundle again with a source map (into .tmp/size, dist is left
// alone) and attributes every byte of the minified output to the module it came from; for each module it
// prints its minified bytes and its gzip contribution: gzip(bundle) − gzip(bundle without that module's
// bytes). Contributions do not add up exactly to the total (gzip shares repeated strings between modules),
// but they rank what to cut. See BENCHMARKS.md for the method and the latest table.
//
// The source map is read with @jridgewell/trace-mapping (Rollup's and Vite's own decoder). source-map-explorer
// and rollup-plugin-visualizer give bytes per module but not where they are, which a gzip contribution
// needs; test/node/size.test.mjs checks that the bytes per module are source-map-explorer's.
import { decodedMappings, TraceMap } from '@jridgewell/trace-mapping';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * What a page loads first, and its budget (gzip bytes): the whole box, every element and feature (15 KB,
 * aim 12 KB), and the single-chantier entry (11 KB). Chunks (dist/chunks/: the data's checks, English words,
 * failure messages…)
 * load only when needed: reported, with the most a page can load, not budgeted.
 *
 * Both budgets are met (issue 19, BENCHMARKS.md); the ceiling is what each entry weighs after the last cut,
 * rounded up to a multiple of 32 B, so that the room under the budget is not spent unseen (the box's aim
 * is 12 KB). Nothing may make an entry heavier than its ceiling; every cut lowers it (set it to the new
 * size), never raises it. Without a ceiling, an entry over its budget fails the run.
 */
export const ENTRIES = [
  { file: 'dist/boite-a-idees.js', budget: 15 * 1024, aim: 12 * 1024, ceiling: 13_120 },
  { file: 'dist/chantier-card.js', budget: 11 * 1024, ceiling: 11_136 },
];
const ONE_FILE = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const BUNDLE = ONE_FILE ?? ENTRIES[0].file;

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) =>
  brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

export function sizesOf(buffer) {
  return { min: buffer.length, gzip: gzip(buffer), brotli: brotli(buffer) };
}

/** The chunks a file loads (`import()` or `import … from`), and theirs, as paths. */
function chunksOf(file, seen = new Set()) {
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    const chunk = join(dirname(file), path);
    if (!seen.has(chunk) && existsSync(chunk)) {
      seen.add(chunk);
      chunksOf(chunk, seen);
    }
  }
  return seen;
}

function check() {
  const entries = ONE_FILE ? [{ file: ONE_FILE }] : ENTRIES;
  let over = 0;
  for (const { file, budget, aim, ceiling } of entries) {
    if (!existsSync(file)) {
      console.error(`size: ${file} is missing; build it first with \`npm run build:embed\`.`);
      process.exit(1);
    }
    const bundle = readFileSync(file);
    // Lit's development builds (the `development` export condition) warn in the console and weigh twice as much.
    if (bundle.includes('Lit is in dev mode')) {
      console.error(`size: ${file} contains Lit's development build: the build must resolve the 'production' condition (vite.config.ts).`);
      process.exit(1);
    }
    // A static import would be a second file the page must fetch before anything runs (and one this
    // budget would not count): the entry must hold everything a page needs first.
    if (/^import[^(]|[;}]import\s*[{*\w"'`]/m.test(bundle.toString('utf8'))) {
      console.error(`size: ${file} statically imports another file: what a page needs first must be in the entry (vite.config.ts).`);
      over += 1;
    }
    const s = sizesOf(bundle);
    console.log(`${file}: ${s.min} B minified (${kb(s.min)}), ${s.gzip} B gzip (${kb(s.gzip)}), ${s.brotli} B brotli (${kb(s.brotli)})`);
    let most = s.gzip;
    for (const chunk of [...chunksOf(file, new Set([join(file)]))].slice(1)) {
      const c = sizesOf(readFileSync(chunk));
      most += c.gzip;
      console.log(`  + ${chunk}, loaded on demand: ${c.min} B minified, ${c.gzip} B gzip, ${c.brotli} B brotli`);
    }
    if (most > s.gzip) console.log(`  the most it loads, with every chunk: ${most} B gzip (${kb(most)})`);
    if (budget === undefined) continue;
    const analyzeHint = 'Run `node scripts/size.mjs --analyze` to see which modules weigh most (BENCHMARKS.md).';
    if (ceiling !== undefined && s.gzip > ceiling) {
      console.error(
        `size: over its ceiling: ${file} is ${s.gzip} B gzip, more than its ${ceiling} B (${kb(ceiling)}) ceiling by ${s.gzip - ceiling} B ` +
          `(budget ${kb(budget)}, not met yet): a change may not make it heavier. ${analyzeHint}`,
      );
      over += 1;
    } else if (s.gzip > budget) {
      const message = `size: over budget: ${file} is ${s.gzip} B gzip, more than its ${budget} B (${kb(budget)}) budget by ${s.gzip - budget} B. ${analyzeHint}`;
      if (ceiling === undefined) {
        console.error(message);
        over += 1;
      } else console.warn(`${message} Not met yet (issue 19); under its ${kb(ceiling)} ceiling, the run goes on.`);
    } else console.log(`  within budget (${kb(s.gzip)} of ${kb(budget)} gzip${aim ? `; aim ${kb(aim)}` : ''}).`);
  }
  if (over) process.exit(1);
}

// --- analysis ------------------------------------------------------------------------------------------
async function analyze() {
  const outDir = resolve('.tmp/size');
  mkdirSync(outDir, { recursive: true });
  const { build } = await import('vite');
  // `--analyze --card`: the single-chantier entry (`vite build --mode card`) instead of the box's.
  const card = process.argv.includes('--card');
  const name = card ? 'chantier-card.js' : 'boite-a-idees.js';
  await build({ logLevel: 'warn', mode: card ? 'card' : 'production', build: { outDir, emptyOutDir: true, sourcemap: true } });
  const code = readFileSync(`${outDir}/${name}`);
  const map = JSON.parse(readFileSync(`${outDir}/${name}.map`, 'utf8'));
  const owners = ownerOfEveryByte(code, map, outDir);
  const total = sizesOf(code);

  const byModule = new Map();
  owners.forEach((owner, index) => {
    const entry = byModule.get(owner) ?? [];
    entry.push(index);
    byModule.set(owner, entry);
  });
  const rows = [...byModule].map(([name, indexes]) => {
    const keep = new Uint8Array(code.length).fill(1);
    for (const index of indexes) keep[index] = 0;
    const without = Buffer.from(code.filter((_, index) => keep[index]));
    return { name, min: indexes.length, gzip: total.gzip - gzip(without) };
  });
  rows.sort((a, b) => b.gzip - a.gzip);

  const groups = new Map();
  for (const row of rows) {
    const group = groupOf(row.name);
    const entry = groups.get(group) ?? { name: group, min: 0, gzip: 0, modules: [] };
    entry.modules.push(row.name);
    groups.set(group, entry);
  }
  for (const group of groups.values()) {
    // A group's contribution is measured as a whole (its modules share strings with one another).
    const set = new Set(group.modules);
    const kept = [];
    owners.forEach((owner, index) => {
      if (set.has(owner)) group.min += 1;
      else kept.push(code[index]);
    });
    group.gzip = total.gzip - gzip(Buffer.from(kept));
  }

  console.log(`bundle: ${total.min} B minified, ${total.gzip} B gzip, ${total.brotli} B brotli\n`);
  console.log('| group | min B | gzip contribution B |\n|---|---:|---:|');
  for (const group of [...groups.values()].sort((a, b) => b.gzip - a.gzip)) console.log(`| ${group.name} | ${group.min} | ${group.gzip} |`);
  console.log('\n| module | min B | gzip contribution B |\n|---|---:|---:|');
  for (const row of rows) console.log(`| ${row.name} | ${row.min} | ${row.gzip} |`);
}

function groupOf(name) {
  if (name.startsWith('node_modules/')) {
    const parts = name.slice('node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (name.startsWith('src/')) return `src/${name.split('/')[1].replace(/\.ts$/, '')}`;
  return name;
}

/**
 * For each output byte, the (project-relative) source file its source-map segment points to. `mapDir` is
 * the folder of the map, against which its sources resolve.
 */
export function ownerOfEveryByte(code, map, mapDir) {
  const sources = map.sources.map((source) => {
    const path = relative(process.cwd(), resolve(mapDir, map.sourceRoot ?? '', source));
    return path.replace(/^.*node_modules\//, 'node_modules/');
  });
  const owners = new Array(code.length).fill('(unmapped: banner, runtime glue)');
  // Per generated line, segments [column, source index, …] with absolute values.
  const segmentsByLine = decodedMappings(new TraceMap(map));
  const text = code.toString('utf8');
  let lineStart = 0;
  text.split('\n').forEach((line, lineIndex) => {
    const segments = segmentsByLine[lineIndex] ?? [];
    // The map counts columns in UTF-16 units; the bundle is measured in bytes: convert per line.
    const byteAt = new Int32Array(line.length + 1);
    let bytes = 0;
    for (let i = 0; i < line.length; i += 1) {
      byteAt[i] = bytes;
      const unit = line.charCodeAt(i);
      if (unit >= 0xd800 && unit < 0xdc00) {
        byteAt[i + 1] = bytes;
        bytes += 4;
        i += 1;
      } else bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
    }
    byteAt[line.length] = bytes;
    segments.forEach(([column, source], index) => {
      if (source === undefined) return;
      const from = lineStart + byteAt[Math.min(column, line.length)];
      const next = segments[index + 1];
      const to = lineStart + (next ? byteAt[Math.min(next[0], line.length)] : bytes);
      for (let at = from; at < to; at += 1) owners[at] = sources[source];
    });
    lineStart += bytes + 1;
  });
  return owners;
}

// Run as a script (the test imports ownerOfEveryByte only).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--analyze')) await analyze();
  else check();
}
