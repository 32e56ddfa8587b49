// WebKit (Safari's engine) for web-test-runner, from Debian's packages: WebKitWebDriver drives WebKitGTK's
// MiniBrowser. webdriverio cannot start WebKitWebDriver itself, so this launcher does, on first use: an
// X server (Xvfb, only when DISPLAY is unset: MiniBrowser has no headless mode), then the driver on a free
// port; it waits for the driver's /status, points webdriverio at it, and stops both in stop().
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export const webkitDriverPath = () => process.env.WEBKITWEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** MINIBROWSER_PATH, else Debian's MiniBrowser for this machine's architecture (/usr/lib/<triplet>/…). */
export function miniBrowserPath() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const fallback = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  let triplets = [];
  try {
    triplets = readdirSync('/usr/lib').filter((name) => name.endsWith('-linux-gnu'));
  } catch {
    return fallback;
  }
  for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
    for (const triplet of triplets) {
      const candidate = `/usr/lib/${triplet}/${api}/MiniBrowser`;
      if (existsSync(candidate)) return candidate;
    }
  }
  return fallback;
}

/** Absolute path of a command found on PATH, or undefined. */
export function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(`${dir}/${command}`)) return `${dir}/${command}`;
  }
  return undefined;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Children run in their own process group (detached), so one signal also reaches what they start:
// MiniBrowser and its WebKit web/network processes under WebKitWebDriver. Those outlive MiniBrowser for a
// moment when it quits (they are then orphans, still in the group), so we watch the group, not the child.
const groupAlive = (pgid) => {
  let pids = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return false;
  }
  return pids.some((pid) => {
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid pgrp ..."; comm may contain spaces and parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(pgrp) === pgid && state !== 'Z' && state !== 'X'; // zombies are dead already
    } catch {
      return false; // gone meanwhile
    }
  });
};

const killGroup = (child, signal) => {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
};

async function groupGone(child, ms) {
  const deadline = Date.now() + ms;
  while (groupAlive(child.pid)) {
    if (Date.now() > deadline) return false;
    await delay(50);
  }
  return true;
}

async function terminate(child) {
  if (!child?.pid) return;
  killGroup(child, 'SIGTERM');
  if (!(await groupGone(child, 3000))) {
    killGroup(child, 'SIGKILL');
    await groupGone(child, 2000);
  }
}

/** Starts Xvfb on the first free display; resolves with ':N'. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stderr = '';
    let out = '';
    xvfb.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    xvfb.once('error', (error) => reject(new Error(`could not start Xvfb (${error.message}); install it: apt-get install -y --no-install-recommends xvfb xauth`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before opening a display: ${stderr.trim().split('\n').pop()}`)));
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      const match = /^(\d+)\n/.exec(out);
      if (match) {
        xvfb.removeAllListeners('exit');
        xvfb.stdio[3].destroy();
        resolve({ process: xvfb, display: `:${match[1]}` });
      }
    });
  });
}

/** Starts WebKitWebDriver on a free port and waits until its /status says ready. */
async function startDriver(driverPath, env) {
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`, '--host=local'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
    env,
  });
  let stderr = '';
  driver.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  let failure;
  driver.once('error', (error) => (failure = new Error(`could not start ${driverPath} (${error.message})`)));
  driver.once('exit', (code, signal) => (failure ??= new Error(`${driverPath} exited (${code ?? signal}): ${stderr.trim()}`)));
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (failure) throw failure;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(2000) });
      const body = await response.json();
      if (response.ok && body?.value?.ready !== false) return { process: driver, port };
    } catch {
      // not listening yet
    }
    await delay(100);
  }
  await terminate(driver);
  throw new Error(`${driverPath} did not answer on port ${port} within 15 s`);
}

export class WebKitLauncher extends WebdriverLauncher {
  constructor({ driverPath = webkitDriverPath(), binary = miniBrowserPath(), args = ['--automation'] } = {}) {
    super({
      logLevel: 'error',
      hostname: '127.0.0.1',
      capabilities: {
        browserName: 'MiniBrowser',
        // Debian's driver refuses the BiDi session webdriverio asks for by default.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary, args },
      },
    });
    this.driverPath = driverPath;
    this.children = [];
    this.killOnExit = () => this.children.forEach((child) => groupAlive(child.pid) && killGroup(child, 'SIGKILL'));
    this.killOnSignal = (signal) => {
      this.killOnExit();
      process.exit(signal === 'SIGTERM' ? 143 : 129);
    };
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  // Called once, before the first test file runs in WebKit: nothing starts when WebKit is not selected
  // or no test file runs.
  async createDriverManager() {
    process.once('exit', this.killOnExit);
    process.once('SIGTERM', this.killOnSignal);
    process.once('SIGHUP', this.killOnSignal);
    const env = { ...process.env };
    try {
      if (!env.DISPLAY) {
        const xvfb = await startXvfb();
        this.children.push(xvfb.process);
        env.DISPLAY = xvfb.display;
      }
      const driver = await startDriver(this.driverPath, env);
      this.children.push(driver.process);
      this.options.port = driver.port;
    } catch (error) {
      await this.stopProcesses();
      throw error;
    }
    return super.createDriverManager();
  }

  async stop() {
    await super.stop(); // ends the webdriver session: MiniBrowser closes
    await this.stopProcesses();
  }

  async stopProcesses() {
    // The driver first (it owns MiniBrowser), then the X server.
    for (const child of this.children.reverse()) await terminate(child);
    this.children = [];
    process.off('exit', this.killOnExit);
    process.off('SIGTERM', this.killOnSignal);
    process.off('SIGHUP', this.killOnSignal);
  }
}

export const webkitLauncher = (options) => new WebKitLauncher(options);
