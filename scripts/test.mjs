// `npm test`: the pre-steps below (type check, data schema check, embed build…), then the Node-side tests
// (test/node/*.test.mjs, when there are any) beside every browser test in Chromium, Firefox ESR and WebKitGTK.
// Closes with one line per suite and engine, then the line CI counts: `tests: N passed, N failed`.
//
// Engines: BROWSERS=chromium,firefox,webkit (default: all) or `--browsers firefox`. Each chosen browser is
// checked first; a missing one is installed from Debian's packages when we are root with apt-get (as
// `playwright install --with-deps` would), otherwise we stop with one line giving the exact command.
// Other arguments go to web-test-runner (e.g. `npm test -- --files test/model.test.ts`).
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

/**
 * Steps that must pass before any test runs; a failing one stops the run. Add new ones here. The steps
 * marked `beside` run at the same time as the other `beside` steps next to them (they read the build and
 * write apart: .tmp/screenshots, .tmp/ssr and a temporary consumer, .tmp/manifest, storybook-static), each
 * output shown whole once it ends: much of their time is waiting (a browser, npm), so two cores overlap it.
 */
const preSteps = [
  { name: 'typecheck', command: 'tsc', args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'schema check', command: 'node', args: ['scripts/build-schema.mjs', '--check'] },
  { name: 'build', command: 'npm', args: ['run', 'build', '--silent'] },
  { name: 'size budget', command: 'node', args: ['scripts/size.mjs'] },
  { name: 'screenshots (Chromium)', command: 'node', args: ['scripts/screenshots.mjs'], beside: true },
  // --built: the package check packs the build above instead of building again (its prepack).
  { name: 'package check', command: 'node', args: ['scripts/check-package.mjs', '--built'], beside: true },
  { name: 'manifest check', command: 'node', args: ['scripts/check-manifest.mjs'], beside: true },
  { name: 'storybook build', command: 'storybook', args: ['build', '-o', 'storybook-static', '--quiet'], beside: true },
];

/** Node tests that rebuild dist/ (test/node/start.test.mjs runs `npm start`): never beside the browsers. */
const REBUILDS_DIST = ['test/node/start.test.mjs'];

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const env = { ...process.env, PATH: [resolve('node_modules/.bin'), process.env.PATH].join(delimiter) };

function run(command, args, extraEnv = {}) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.error) console.error(`${command}: ${result.error.message}`);
  // A run that ends without a word (a fresh clone's browser run once stopped midway, silently): say how.
  if (result.signal) console.error(`${command}: stopped by ${result.signal}`);
  else if (result.status !== 0) console.error(`${command}: exit status ${result.status}`);
  return result.status ?? 1;
}

/**
 * Starts a command beside what runs meanwhile, its output into `log` (the terminal would interleave it);
 * resolves with its exit status. The output goes to a file, not a pipe: a pipe would fill while a
 * synchronous step holds the event loop.
 */
function start(command, args, log) {
  mkdirSync('.tmp', { recursive: true });
  const fd = openSync(log, 'w');
  const child = spawn(command, args, { stdio: ['ignore', fd, fd], env });
  closeSync(fd);
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ status: 1, error }));
    child.on('exit', (code) => resolve({ status: code ?? 1 }));
  });
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
for (let index = 0; index < preSteps.length; ) {
  const step = preSteps[index];
  const since = Date.now();
  if (!step.beside) {
    if (run(step.command, step.args) !== 0) fail(`\n${step.name} failed (${[step.command, ...step.args].join(' ')}).`);
    console.log(`${step.name}: ok (${seconds(since)})`);
    index += 1;
    continue;
  }
  const group = [];
  for (; index < preSteps.length && preSteps[index].beside; index += 1) group.push(preSteps[index]);
  const logOf = (member) => `.tmp/step-${member.name.replace(/\W+/g, '-')}.log`;
  const results = await Promise.all(group.map((member) => start(member.command, member.args, logOf(member)).then((result) => ({ member, result, took: seconds(since) }))));
  for (const { member, result, took } of results) {
    console.log(`\n> ${[member.command, ...member.args].join(' ')}`);
    process.stdout.write(readFileSync(logOf(member), 'utf8'));
    if (result.error) console.error(`${member.command}: ${result.error.message}`);
    if (result.status !== 0) fail(`\n${member.name} failed (${[member.command, ...member.args].join(' ')}).`);
    console.log(`${member.name}: ok (${took}, beside ${group.length - 1} other step${group.length > 2 ? 's' : ''})`);
  }
}

// The Node-side tests run beside the browser tests (their output shown after them), except those that
// rebuild dist/, which the browser tests read (`npm start`): they run first. All of them always run.
const nodeFiles = nodeTestFiles('test/node');
const rebuilding = nodeFiles.filter((file) => REBUILDS_DIST.includes(file));
const nodeFirst = rebuilding.length > 0 ? await nodeTests(rebuilding, 'first') : undefined;
const nodeBeside = nodeFiles.length > rebuilding.length ? nodeTests(nodeFiles.filter((file) => !rebuilding.includes(file)), 'beside') : undefined;
const browserResult = runBrowserTests();
const nodeResults = [nodeFirst, nodeBeside && (await nodeBeside)].filter(Boolean);
const summary = [
  ...(nodeResults.length > 0
    ? [{ label: 'Node', passed: nodeResults.reduce((sum, result) => sum + result.passed, 0), failed: nodeResults.reduce((sum, result) => sum + result.failed, 0) }]
    : []),
  ...browserResult.lines,
];
const ok = browserResult.ok && nodeResults.every((result) => result.ok);

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
function nodeTestFiles(dir) {
  try {
    return readdirSync(dir, { recursive: true })
      .map((file) => `${dir}/${String(file)}`)
      .filter((file) => file.endsWith('.test.mjs'))
      .sort();
  } catch {
    return [];
  }
}

/** Runs Node test files (beside whatever runs meanwhile); their output is shown once they end. */
async function nodeTests(files, name) {
  const tap = `.tmp/node-tests-${name}.tap`;
  const log = `.tmp/node-tests-${name}.log`;
  rmSync(tap, { force: true });
  const args = ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files];
  const { status } = await start('node', args, log);
  console.log(`\n> node ${args.join(' ')}`);
  process.stdout.write(readFileSync(log, 'utf8'));
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const total = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const counts = { passed: total('pass'), failed: total('fail') + total('cancelled') };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  return { ok: status === 0, ...counts };
}

function runBrowserTests() {
  const counts = '.tmp/test-counts.json';
  const progress = '.tmp/test-progress.json';
  rmSync(counts, { force: true });
  rmSync(progress, { force: true });
  const first = runWebTestRunner(wtrArgs);
  if (existsSync(counts)) return browserLines([readJson(counts)], first.status === 0);
  // The runner stopped before the end (twice on a fresh machine, exit status 1 and no failure: the preload
  // now says why, above). The files every engine finished keep their results; the others run once more, on
  // their own: a test that failed is never run again, and what has not run is not counted as passed. The
  // run's files are the runner's own (its `files` pattern, resolved), written by the reporter as it starts.
  const { files: all = [], done = {} } = existsSync(progress) ? readJson(progress) : {};
  const left = all.filter((file) => !(file in done));
  const stopped = `web-test-runner stopped before the run finished (${first.how})`;
  if (wtrArgs.length > 0 || Object.keys(done).length === 0 || left.length === 0 || left.length === all.length) {
    return { ok: false, lines: [{ label: 'browser tests', passed: 0, failed: 1, note: `${stopped}; the run did not finish` }] };
  }
  console.error(`\n${stopped}, with ${Object.keys(done).length} of ${all.length} test files done in every engine. Running the other ${left.length} again: ${left.join(' ')}`);
  const again = runWebTestRunner(['--files', ...left]);
  if (!existsSync(counts)) {
    return { ok: false, lines: [{ label: 'browser tests', passed: 0, failed: 1, note: `${stopped}, and again when running the other ${left.length} files (${again.how})` }] };
  }
  const lines = browserLines([...Object.values(done), readJson(counts)], again.status === 0);
  lines.lines.forEach((line) => (line.note = [line.note, `${left.length} files run again after the runner stopped early`].filter(Boolean).join(', ')));
  return lines;
}

/** One web-test-runner run; `how` says how it ended. */
function runWebTestRunner(args) {
  // The preload says why, should the runner's process end before the run has finished (it then exits 1 without
  // a word: scripts/wtr-exit-reason.cjs).
  const preload = `--require ${JSON.stringify(resolve('scripts/wtr-exit-reason.cjs'))}`;
  const status = run('web-test-runner', ['--static-logging', ...args], { NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' ') });
  return { status, how: `exit status ${status}` };
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The summary's lines from tallies per browser (several, added up: the files done, then those run again). */
function browserLines(tallies, statusOk) {
  const perBrowser = {};
  for (const tally of tallies) {
    for (const [browser, counts] of Object.entries(tally)) {
      const sum = (perBrowser[browser] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
      for (const key of Object.keys(sum)) sum[key] += counts[key] ?? 0;
    }
  }
  const lines = Object.entries(perBrowser).map(([browser, tally]) => ({
    label: browser,
    passed: tally.passed,
    failed: tally.failed + tally.fileErrors,
    note: [tally.skipped && `${tally.skipped} skipped`, tally.fileErrors && `${tally.fileErrors} test files failed to load`].filter(Boolean).join(', '),
  }));
  return { ok: statusOk, lines };
}
