/**
 * Memory: connecting and disconnecting elements a thousand times — with `src` on a server that never
 * answers in time, and with data — must leave nothing behind: no live timer, no request in flight, no
 * listener on an AbortSignal, on window or on document. The test counts them itself (it wraps the
 * functions that create and remove them), so it can fail, and says what is left over.
 */
import { expect } from '@open-wc/testing';
import { until } from './helpers.js';
import '../src/define.js';

const CYCLES = 1000;
const BATCH = 50;

/** Counts what the code creates while `tracking` is on, and what of it is still alive. */
class Ledger {
  tracking = false;
  generation = 0;
  readonly timers = new Map<number, string>();
  inFlight = 0;
  fetches = 0;
  readonly signalListeners = new Map<AbortSignal, Set<EventListenerOrEventListenerObject>>();
  readonly globalListeners = new Map<string, number>();
  private restore: (() => void)[] = [];

  install() {
    const ledger = this;
    const realSetTimeout = window.setTimeout;
    const realClearTimeout = window.clearTimeout;
    const realSetInterval = window.setInterval;
    const realClearInterval = window.clearInterval;
    const realFetch = window.fetch;
    const signalAdd = AbortSignal.prototype.addEventListener;
    const signalRemove = AbortSignal.prototype.removeEventListener;
    const targetAdd = EventTarget.prototype.addEventListener;
    const targetRemove = EventTarget.prototype.removeEventListener;

    window.setTimeout = function (handler: TimerHandler, ms?: number, ...args: unknown[]) {
      if (!ledger.tracking) return realSetTimeout(handler, ms, ...args);
      const id: number = realSetTimeout(
        (...callArgs: unknown[]) => {
          ledger.timers.delete(id);
          if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...callArgs);
        },
        ms,
        ...args,
      );
      ledger.timers.set(id, `setTimeout(${ms})`);
      return id;
    } as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) ledger.timers.delete(id);
      realClearTimeout(id);
    }) as typeof window.clearTimeout;
    window.setInterval = function (handler: TimerHandler, ms?: number, ...args: unknown[]) {
      const id = realSetInterval(handler, ms, ...args);
      if (ledger.tracking) ledger.timers.set(id, `setInterval(${ms})`);
      return id;
    } as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) ledger.timers.delete(id);
      realClearInterval(id);
    }) as typeof window.clearInterval;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (!ledger.tracking) return realFetch(input, init);
      ledger.fetches += 1;
      ledger.inFlight += 1;
      // Counted against the test that made it, even when it settles later (WebKit rejects aborted requests
      // a task or two after the abort).
      const generation = ledger.generation;
      const settle = () => {
        if (generation === ledger.generation) ledger.inFlight -= 1;
      };
      const request = realFetch(input, init);
      request.then(settle, settle);
      return request;
    };
    AbortSignal.prototype.addEventListener = function (this: AbortSignal, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (ledger.tracking && listener) {
        const listeners = ledger.signalListeners.get(this) ?? new Set();
        listeners.add(listener);
        ledger.signalListeners.set(this, listeners);
        // A `once` listener goes away when it fires.
        if (typeof options === 'object' && options.once) signalAdd.call(this, type, () => listeners.delete(listener), { once: true });
      }
      if (!listener) return;
      signalAdd.call(this, type, listener, options);
    };
    AbortSignal.prototype.removeEventListener = function (this: AbortSignal, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (!listener) return;
      ledger.signalListeners.get(this)?.delete(listener);
      signalRemove.call(this, type, listener, options);
    };
    const globalName = (target: EventTarget) =>
      target === window ? 'window' : target === document ? 'document' : target === document.body ? 'body' : target === document.documentElement ? 'html' : undefined;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      const name = ledger.tracking && listener ? globalName(this) : undefined;
      if (name && !(typeof options === 'object' && options.once)) {
        const key = `${name} ${type}`;
        ledger.globalListeners.set(key, (ledger.globalListeners.get(key) ?? 0) + 1);
      }
      if (listener) targetAdd.call(this, type, listener, options);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      const name = ledger.tracking && listener ? globalName(this) : undefined;
      const key = `${name} ${type}`;
      if (name && ledger.globalListeners.has(key)) ledger.globalListeners.set(key, ledger.globalListeners.get(key)! - 1);
      if (listener) targetRemove.call(this, type, listener, options);
    };
    this.restore = [
      () => {
        window.setTimeout = realSetTimeout;
        window.clearTimeout = realClearTimeout;
        window.setInterval = realSetInterval;
        window.clearInterval = realClearInterval;
        window.fetch = realFetch;
        AbortSignal.prototype.addEventListener = signalAdd;
        AbortSignal.prototype.removeEventListener = signalRemove;
        EventTarget.prototype.addEventListener = targetAdd;
        EventTarget.prototype.removeEventListener = targetRemove;
      },
    ];
  }

  uninstall() {
    this.restore.forEach((restore) => restore());
  }

  reset() {
    this.generation += 1;
    this.timers.clear();
    this.signalListeners.clear();
    this.globalListeners.clear();
    this.inFlight = 0;
    this.fetches = 0;
  }

  /** What is still alive, by kind; all zero when everything was cleaned up. */
  leftovers() {
    return {
      timers: this.timers.size,
      requestsInFlight: this.inFlight,
      abortSignalListeners: [...this.signalListeners.values()].reduce((total, listeners) => total + listeners.size, 0),
      windowAndDocumentListeners: Object.fromEntries([...this.globalListeners].filter(([, count]) => count !== 0)),
    };
  }
}

const CLEAN = { timers: 0, requestsInFlight: 0, abortSignalListeners: 0, windowAndDocumentListeners: {} };

/** A small chantier that still has every part (the nested elements, the context): the count matters here, not the text. */
const SMALL = {
  id: 'petit',
  thematique: 'Logement',
  atelier: { titre: 'Atelier', question: 'Question ?' },
  titre: 'Un petit chantier',
  enjeu: { texte: 'Enjeu', items: ['un', { texte: 'deux', items: ['trois'] }] },
  gouvernance: { roles: [{ role: 'Pilote', texte: 'la ville' }], notes: ['une note'] },
  freins: { items: ['un frein'] },
};

interface Kind {
  tag: string;
  property: string;
  value: unknown;
}
const KINDS: Kind[] = [
  { tag: 'chantier-card', property: 'data', value: SMALL },
  { tag: 'freins-list', property: 'freins', value: SMALL.freins },
  { tag: 'gouvernance-table', property: 'gouvernance', value: SMALL.gouvernance },
  { tag: 'boite-a-idees', property: 'data', value: { version: 1, chantiers: [SMALL], glossaire: [{ sigle: 'CAF', definition: 'Caisse d’allocations familiales' }] } },
];

const SLOW = '/test-server/slow?ms=60000';

describe(`memory: ${CYCLES} connections and disconnections leave nothing behind`, function () {
  const ledger = new Ledger();
  let container: HTMLElement;

  before(() => ledger.install());
  after(() => ledger.uninstall());
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    ledger.reset();
    ledger.tracking = true;
  });
  afterEach(() => {
    ledger.tracking = false;
    container.remove();
  });

  /** Waits (a little) for aborted requests to settle, then reads what is left. */
  async function leftovers() {
    ledger.tracking = false; // the test's own waiting is not counted
    // A leak never settles: the guard then ends the wait and the ledger below names what is left.
    await until(() => ledger.inFlight === 0 && ledger.timers.size === 0, 'aborted requests and timers settle').catch(() => {});
    return ledger.leftovers();
  }

  const create = (kind: Kind, attributes: Record<string, string>, withData = false) => {
    const element = document.createElement(kind.tag) as HTMLElement & { updateComplete: Promise<unknown> };
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (withData) (element as unknown as Record<string, unknown>)[kind.property] = kind.value;
    return element;
  };
  /** Every kind in turn, `CYCLES` elements in all, connected by batches, each batch rendered, then removed. */
  async function cycle(make: (kind: Kind, index: number) => HTMLElement & { updateComplete: Promise<unknown> }) {
    for (let done = 0; done < CYCLES; done += BATCH) {
      const batch = Array.from({ length: BATCH }, (_, index) => make(KINDS[(done + index) % KINDS.length], done + index));
      container.append(...batch);
      await Promise.all(batch.map((element) => element.updateComplete));
      batch.forEach((element) => element.remove());
    }
  }
  const kinds = KINDS.map((kind) => `<${kind.tag}>`).join(', ');

  it(`${kinds} loading from a server that does not answer: each request aborted, its timer cleared`, async () => {
    await cycle((kind, index) => create(kind, { src: `${SLOW}&n=${index}`, chantier: 'petit' }));
    expect(ledger.fetches, 'every element did start a request').to.equal(CYCLES);
    expect(await leftovers()).to.deep.equal(CLEAN);
  });

  it(`${kinds} with their data: nothing left`, async () => {
    await cycle((kind) => create(kind, {}, true));
    expect(await leftovers()).to.deep.equal(CLEAN);
  });

  for (const kind of KINDS) {
    it(`<${kind.tag}> moved ${CYCLES} times while loading: one request at a time, none left`, async () => {
      const element = create(kind, { src: SLOW, chantier: 'petit' });
      const other = document.createElement('div');
      container.append(other, element);
      for (let move = 0; move < CYCLES; move += 1) {
        (move % 2 ? container : other).append(element);
        if (move % 10 === 0) await element.updateComplete; // it starts a request again here
      }
      await element.updateComplete;
      expect(ledger.fetches, 'it fetched again after moves').to.be.at.least(CYCLES / 10);
      await until(() => ledger.inFlight <= 1, 'aborted requests settle').catch(() => {}); // the expect below names a leak
      expect(ledger.inFlight, 'at most the current request is in flight').to.be.at.most(1);
      element.remove();
      expect(await leftovers()).to.deep.equal(CLEAN);
    });
  }

  it(`connected and removed in the same task, ${CYCLES} elements start no request at all`, async () => {
    for (let index = 0; index < CYCLES; index += 1) {
      const kind = KINDS[index % KINDS.length];
      const element = document.createElement(kind.tag);
      element.setAttribute('src', SLOW);
      container.append(element);
      element.remove();
    }
    await Promise.resolve(); // their first (and only) update runs now, while they are out of the page
    // Updates are microtasks: past a task boundary and a frame, any request they would start has started.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise(requestAnimationFrame);
    expect(ledger.fetches).to.equal(0);
    expect(await leftovers()).to.deep.equal(CLEAN);
  });
});
