// `npm test`: type check, data schema check, embed build, then every browser test. Closes with the line
// CI counts: `tests: N passed, N failed`. Provisions Debian's Chromium when it is missing and we are root
// (as `playwright install --with-deps` would); otherwise says the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (command, args, options = {}) => {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
};
const step = (command, args) => {
  if (run(command, args) !== 0) {
    console.error(`\n${[command, ...args].join(' ')} failed.`);
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
};

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const install = 'apt-get update && apt-get install -y chromium';
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium is missing at ${chromium}: installing Debian's package (${install}).`);
    execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${install}`], { stdio: 'inherit' });
  } else {
    console.error(`Chromium is missing at ${chromium}. Install it with: sudo sh -c '${install}' (or set CHROME_PATH).`);
    process.exit(1);
  }
}

step('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('node', ['scripts/build-schema.mjs', '--check']);
step('npx', ['vite', 'build', '--logLevel', 'warn']);

rmSync('.tmp/test-counts.json', { force: true });
const status = run('npx', ['web-test-runner', '--static-logging', ...process.argv.slice(2)]);
let passed = 0;
let failed = status === 0 ? 0 : 1;
if (existsSync('.tmp/test-counts.json')) {
  const perBrowser = JSON.parse(readFileSync('.tmp/test-counts.json', 'utf8'));
  passed = 0;
  failed = 0;
  for (const [browser, tally] of Object.entries(perBrowser)) {
    console.log(`${browser}: ${tally.passed} passed, ${tally.failed} failed${tally.fileErrors ? `, ${tally.fileErrors} test files failed to load` : ''}`);
    passed += tally.passed;
    failed += tally.failed + tally.fileErrors;
  }
  if (status !== 0 && failed === 0) failed = 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
