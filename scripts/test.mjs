// `npm test`: the pre-steps below (type check, data schema check, embed build), then the Node-side tests
// (test/node/*.test.mjs, when there are any) and every browser test in Chromium, Firefox ESR and WebKitGTK.
// Closes with one line per suite and engine, then the line CI counts: `tests: N passed, N failed`.
//
// Engines: BROWSERS=chromium,firefox,webkit (default: all) or `--browsers firefox`. Each chosen browser is
// checked first; a missing one is installed from Debian's packages when we are root with apt-get (as
// `playwright install --with-deps` would), otherwise we stop with one line giving the exact command.
// Other arguments go to web-test-runner (e.g. `npm test -- --files test/model.test.ts`).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

/** Steps that must pass before any test runs; a failing one stops the run. Add new ones here. */
const preSteps = [
  { name: 'typecheck', command: 'tsc', args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'schema check', command: 'node', args: ['scripts/build-schema.mjs', '--check'] },
  { name: 'build', command: 'npm', args: ['run', 'build', '--silent'] },
  { name: 'size budget', command: 'node', args: ['scripts/size.mjs'] },
  { name: 'screenshots (Chromium)', command: 'node', args: ['scripts/screenshots.mjs'] },
  // --built: the package check packs the build above instead of building again (its prepack).
  { name: 'package check', command: 'node', args: ['scripts/check-package.mjs', '--built'] },
  { name: 'manifest check', command: 'node', args: ['scripts/check-manifest.mjs'] },
  { name: 'storybook build', command: 'storybook', args: ['build', '-o', 'storybook-static', '--quiet'] },
];

/** Test suites; each runs when `when()` holds and returns its counts, per label. All run even if one fails. */
const suites = [
  { name: 'node tests', when: () => hasNodeTests('test/node'), run: runNodeTests },
  { name: 'browser tests', when: () => true, run: runBrowserTests },
];

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const env = { ...process.env, PATH: [resolve('node_modules/.bin'), process.env.PATH].join(delimiter) };

function run(command, args, extraEnv = {}) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.error) console.error(`${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function fail(message) {
  console.error(message);
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

// --- the browsers --------------------------------------------------------------------------------------
const wtrArgs = [];
for (let i = 2; i < process.argv.length; i += 1) {
  const arg = process.argv[i];
  if (arg === '--browsers') env.BROWSERS = process.argv[++i] ?? '';
  else if (arg.startsWith('--browsers=')) env.BROWSERS = arg.slice('--browsers='.length);
  else wtrArgs.push(arg);
}
process.env.BROWSERS = env.BROWSERS ?? ''; // the config reads it on import

let engines;
let selected;
try {
  const config = await import('../web-test-runner.config.mjs');
  engines = config.engines;
  selected = config.selectedEngines(env.BROWSERS);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
env.BROWSERS = selected.join(',');

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const missingExecutables = () =>
  selected.flatMap((name) => engines[name].executables().filter((exe) => !isExecutable(exe.path)).map((exe) => ({ ...exe, engine: name })));

const isRoot = process.getuid?.() === 0;
let missing = missingExecutables();
if (missing.length > 0) {
  const engineNames = [...new Set(missing.map((exe) => exe.engine))];
  const packages = [...new Set(engineNames.flatMap((name) => engines[name].packages))];
  const install = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Missing ${missing.map((exe) => `${exe.name} (${exe.path})`).join(', ')}: installing Debian's ${packages.join(', ')}.`);
    const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], aptEnv) === 0) run('apt-get', install.split(' ').slice(1), aptEnv);
    missing = missingExecutables();
  }
  if (missing.length > 0) {
    const present = selected.filter((name) => !missing.some((exe) => exe.engine === name));
    const overrides = missing.filter((exe) => exe.env).map((exe) => exe.env);
    console.error(
      `${missing.map((exe) => `${exe.name} is missing (${exe.path})`).join('; ')}. ` +
        `Install ${missing.length > 1 ? 'them' : 'it'} with: ` +
        (isRoot ? `apt-get update && ${install}` : `sudo sh -c 'apt-get update && ${install}'`) +
        (overrides.length > 0 ? ` (or set ${[...new Set(overrides)].join(' / ')})` : '') +
        (present.length > 0 ? `, or test only the engines present: BROWSERS=${present.join(',')} npm test` : '') +
        '.',
    );
    process.exit(1);
  }
}

// --- the run -------------------------------------------------------------------------------------------
for (const step of preSteps) {
  const since = Date.now();
  if (run(step.command, step.args) !== 0) fail(`\n${step.name} failed (${[step.command, ...step.args].join(' ')}).`);
  console.log(`${step.name}: ok (${seconds(since)})`);
}

const summary = [];
let ok = true;
for (const suite of suites) {
  if (!suite.when()) continue;
  const result = suite.run();
  ok &&= result.ok;
  summary.push(...result.lines);
}

console.log('');
let passed = 0;
let failed = 0;
for (const line of summary) {
  console.log(`${line.label}: ${line.passed} passed, ${line.failed} failed${line.note ? `, ${line.note}` : ''}`);
  passed += line.passed;
  failed += line.failed;
}
if (!ok && failed === 0) failed = 1;
console.log(`total time: ${seconds(started)}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);

// --- the suites ----------------------------------------------------------------------------------------
function hasNodeTests(dir) {
  try {
    return readdirSync(dir, { recursive: true }).some((file) => String(file).endsWith('.test.mjs'));
  } catch {
    return false;
  }
}

function runNodeTests() {
  const tap = '.tmp/node-tests.tap';
  rmSync(tap, { force: true });
  mkdirSync('.tmp', { recursive: true });
  const status = run('node', [
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    'test/node/',
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const total = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const line = { label: 'Node', passed: total('pass'), failed: total('fail') + total('cancelled') };
  if (status !== 0 && line.failed === 0) line.failed = 1;
  return { ok: status === 0, lines: [line] };
}

function runBrowserTests() {
  const counts = '.tmp/test-counts.json';
  rmSync(counts, { force: true });
  const status = run('web-test-runner', ['--static-logging', ...wtrArgs]);
  if (!existsSync(counts)) return { ok: false, lines: [{ label: 'browser tests', passed: 0, failed: 1, note: 'the run did not finish' }] };
  const perBrowser = JSON.parse(readFileSync(counts, 'utf8'));
  const lines = Object.entries(perBrowser).map(([browser, tally]) => ({
    label: browser,
    passed: tally.passed,
    failed: tally.failed + tally.fileErrors,
    note: [tally.skipped && `${tally.skipped} skipped`, tally.fileErrors && `${tally.fileErrors} test files failed to load`].filter(Boolean).join(', '),
  }));
  return { ok: status === 0, lines };
}
