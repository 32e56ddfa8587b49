/**
 * Keeps the tests under the browsers' cap on history calls. WebKit throws a `SecurityError` past 100
 * `pushState`/`replaceState` calls in 10 s (Firefox past 200, Chromium ignores them): the boxes under test
 * record every view in the URL and the tests reset it between cases, so a fast machine runs enough cases in
 * 10 s to reach the cap. Then a test's own reset throws (mocha drops the rest of the file) or a box's write
 * is refused (its URL check fails) — a failure that depends on the machine's speed.
 *
 * This module counts the page's history calls and, before each test, waits until the last 10 s hold few
 * enough that the test's own calls (far fewer than `ROOM_PER_TEST`) stay under the cap, whatever window the
 * browser counts in. The box's behaviour when a call is refused has its own test (boite-a-idees.test.ts).
 */
const CAP = 100;
const WINDOW_MS = 10_000;
const ROOM_PER_TEST = 50;

const calls: number[] = [];
const recent = () => calls.filter((time) => performance.now() - time < WINDOW_MS + 250).length;

for (const method of ['pushState', 'replaceState'] as const) {
  const native = History.prototype[method];
  History.prototype[method] = function (this: History, ...args: Parameters<History['pushState']>) {
    calls.push(performance.now());
    return native.apply(this, args);
  };
}

beforeEach(async function () {
  this.timeout(WINDOW_MS * 2);
  while (recent() > CAP - ROOM_PER_TEST) await new Promise((resolve) => setTimeout(resolve, 250));
  calls.splice(0, calls.length - recent());
});
