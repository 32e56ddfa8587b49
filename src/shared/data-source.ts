import type { ReactiveController, ReactiveElement } from 'lit';
import { isServer } from 'lit';
import type { ParseResult } from '../model/parse-document.js';
import type { IdeaBoxDocument } from '../model/types.js';
import { keepHostAnchorInView } from './host-anchor.js';
import { failure, type Failure } from './failure.js';
import { fetchBytes } from './fetch-json.js';
import type { LoadError, LoadFailure, Origin } from './load-error.js';
import type { OnDemand } from './on-demand.js';
import { validation, type Validation } from './validation.js';

/** What an element shows: nothing yet, a pending fetch, its data, or a failure. */
export type View<T> =
  | { readonly status: 'empty' }
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'ready'; readonly value: T; readonly origin: Origin | 'context'; readonly document?: IdeaBoxDocument }
  | { readonly status: 'error'; readonly error: LoadError };

/** The attributes every data element shares (`src`, `chantier`, `timeout`), and BoiteElement's `need`. */
export interface DataHost extends ReactiveElement {
  src?: string;
  chantier?: string;
  timeout: number;
  /** The last render lacked words still loading (BoiteElement.need): events wait for the next one. */
  incomplete?: boolean;
  need<V>(value: OnDemand<V>): V | undefined;
}

export type Selection<T> = { ok: true; value: T } | { ok: false; failure: LoadFailure };

/**
 * What an element tells its DataSource: one object per element class (a static member), not per instance,
 * so 1,000 cards hold no 1,000 sets of closures; the functions that read the element receive it.
 */
export interface DataSourceOptions<T, H extends DataHost = DataHost> {
  /** The value set from JavaScript (`.data`, `.freins`…), `undefined` when none. */
  property(host: H): unknown;
  /**
   * A value given directly (the property, or inline JSON that is not a whole document): valid data, or
   * `undefined`, by `checks` (loaded on demand: src/shared/validation.ts).
   */
  valid(value: unknown, host: H, checks: Validation): T | undefined;
  /** Says what is wrong with a value `valid` refused, with the full parsers (loaded then). */
  explain(value: unknown, parsers: Failure, host: H): ParseResult<unknown>;
  /** Picks this element's data out of a whole document, using the `chantier` attribute when needed. */
  select(document: IdeaBoxDocument, chantierId: string | undefined): Selection<T>;
  /** Data provided by an enclosing element through context, used when the element has none of its own. */
  fromContext?(host: H): T | undefined;
  /** Builds the element's typed events. */
  loadEvent(value: T, origin: Origin): Event;
  errorEvent(error: LoadError): Event;
}

/**
 * A fetched document: the document when valid, else its JSON (explained when shown), or why there is none.
 * The raw JSON of a valid document is dropped (the document is its checked copy): 1,000 chantiers, MBs.
 */
type Fetched = { url: string; document?: IdeaBoxDocument; json?: unknown; error?: LoadError };

const EMPTY = { status: 'empty' } as const;
const failed = (error: LoadError) => ({ status: 'error', error }) as const;

const isDocumentShaped = (json: unknown) =>
  typeof json === 'object' && json !== null && !Array.isArray(json) && ('chantiers' in json || 'version' in json);

/**
 * Resolves an element's data from, in this order: its property, an inline `<script type="application/json">`
 * child, its `src` URL (+ `chantier` id), or context. Fetches with abort on change and on removal, and a
 * timeout; validates untrusted input (validate.ts, loaded on demand beside the fetch: validation.ts; an invalid
 * one is explained by the parsers loaded then);
 * fires `<tag>-load` once data from `src` or inline JSON is shown, and `<tag>-error` on every failure.
 * Nothing it does can throw into the host page.
 */
export class DataSource<T, H extends DataHost = DataHost> implements ReactiveController {
  /** What to render; recomputed only when an input changes, so events fire once per outcome. */
  view: View<T> = EMPTY;

  private inlineText: string | null = null;
  private request?: { url: string; controller: AbortController };
  private fetched?: Fetched;
  private inputs: unknown[] = [];
  private notified?: View<T>;
  /** An input waits for the checks or the parsers that explain it: resolved again when they arrive. */
  private waiting = false;

  constructor(
    private readonly host: H,
    private readonly options: DataSourceOptions<T, H>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return; // server rendering: no light DOM to read (the data comes as a property)
    // Read at connection: a CMS page writes the JSON once; a script would set the property instead.
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const inlineText = script ? (script.textContent ?? '') : null;
    // Recompute only when something changed while the element was away: its inline JSON, or a fetch that
    // the removal aborted (or that never started, when the element left before its first update). A plain
    // move keeps its view, so it fires no second load event.
    const interrupted = this.view.status === 'loading' && !this.request;
    if (inlineText !== this.inlineText || interrupted) {
      this.inlineText = inlineText;
      this.inputs = [];
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.abort();
  }

  /** Forgets a failed or finished fetch and asks for the document again ("Réessayer"). */
  reload(): void {
    this.abort();
    this.fetched = undefined;
    this.inputs = [];
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const property = this.options.property(this.host);
    const context = this.options.fromContext?.(this.host);
    const { src, chantier } = this.host;
    const inputs = [property, this.inlineText, src, chantier, this.fetched, context];
    if (inputs.length === this.inputs.length && inputs.every((value, index) => value === this.inputs[index])) return;
    this.waiting = false;
    this.view = this.resolve(property, src, chantier, context);
    this.inputs = this.waiting ? [] : inputs;
  }

  hostUpdated(): void {
    const view = this.view;
    if (view === this.notified || this.host.incomplete) return;
    this.notified = view;
    // What was shown grew or moved the page: the host's anchor, if the page opened at one, comes back.
    if (view.status === 'ready' || view.status === 'error') keepHostAnchorInView();
    if (view.status === 'error') this.host.dispatchEvent(this.options.errorEvent(view.error));
    else if (view.status === 'ready' && (view.origin === 'src' || view.origin === 'inline')) {
      this.host.dispatchEvent(this.options.loadEvent(view.value, view.origin));
    }
  }

  private resolve(property: unknown, src: string | undefined, chantier: string | undefined, context: T | undefined): View<T> {
    if (property !== undefined) {
      this.abort();
      return this.own(property, 'property');
    }
    if (this.inlineText !== null) {
      this.abort();
      const checks = this.checks('inline');
      if ('status' in checks) return checks;
      const inline = checks.readJson(this.inlineText);
      if (!inline.ok) return failed({ origin: 'inline', ...inline.failure });
      // Inline JSON may hold just this element's data (one chantier in a card), not a whole document.
      if (!isDocumentShaped(inline.json)) return this.own(inline.json, 'inline');
      return this.fromDocument(inline.json, checks.validDocument(inline.json), 'inline', undefined, chantier);
    }
    if (src) {
      const url = absoluteUrl(src);
      const fetched = this.fetched;
      if (fetched?.url === url) {
        this.abort(); // back to the document already here: a request for another one must not replace it
        return fetched.error ? failed(fetched.error) : this.fromDocument(fetched.json, fetched.document, 'src', url, chantier);
      }
      // A removed element fetches nothing (it may have left before its first update); hostConnected
      // asks again when it comes back.
      if (this.request?.url !== url && this.host.isConnected) this.startFetch(url);
      return { status: 'loading', url };
    }
    this.abort();
    // Shown as given (its provider's to check: a card's own data passed the checks), but only once the checks
    // are here, for its rendering comes with them (beside-data.ts): inside a card they are; a page's own
    // context provider waits for them, and when they cannot be loaded gets the alert any data gets.
    return context === undefined ? EMPTY : this.own(context, 'context', (value) => value as T);
  }

  /** The element's own data, given directly (or by a context), once the checks are here; `valid` by default. */
  private own(value: unknown, origin: LoadError['origin'], valid = this.options.valid): View<T> {
    const checks = this.checks(origin);
    if ('status' in checks) return checks;
    const checked = valid(value, this.host, checks);
    return checked !== undefined ? { status: 'ready', value: checked, origin } : this.invalid(origin, undefined, (parsers) => this.options.explain(value, parsers, this.host));
  }

  /** The element's data picked out of a whole document (`document` when valid). */
  private fromDocument(json: unknown, document: IdeaBoxDocument | undefined, origin: Origin, url: string | undefined, chantier: string | undefined): View<T> {
    if (!document) return this.invalid(origin, url, (parsers) => parsers.parseDocument(json));
    const selected = this.options.select(document, chantier);
    return selected.ok ? { status: 'ready', value: selected.value, origin, document } : failed({ origin, url, ...selected.failure });
  }

  /**
   * The checks, or what to show without them: nothing while they load (resolved again when they arrive),
   * an alert when they could not be loaded. Never the data unchecked.
   */
  private checks(origin: LoadError['origin']): Validation | View<T> {
    const checks = this.host.need(validation);
    if (checks) return checks;
    if (validation.failed()) return failed({ origin, kind: 'unchecked' });
    this.waiting = true;
    return EMPTY;
  }

  /** An invalid input, explained by the full parsers; nothing is shown while they load. */
  private invalid(origin: LoadError['origin'], url: string | undefined, explain: (parsers: Failure) => ParseResult<unknown>): View<T> {
    const parsers = this.host.need(failure);
    if (!parsers) {
      this.waiting = true;
      return EMPTY;
    }
    const result = explain(parsers);
    const [errors, count] = result.ok ? [[], 0] : [result.errors, result.errorCount];
    return failed({ origin, url, kind: 'invalid', errors, count });
  }

  private startFetch(url: string): void {
    this.abort();
    if (isServer) return;
    const controller = new AbortController();
    this.request = { url, controller };
    // The checks load beside the request (a chunk of the embed, at most once a page): no waiting added.
    const checking = validation.load();
    void fetchBytes(url, controller, this.host.timeout).then(async (fetched) => {
      const checks = fetched.ok ? await checking : undefined;
      // Aborted here (`abort` forgets its request): a newer request won, or the element left. A timeout
      // aborts the request too, but leaves it ours: its failure is shown.
      if (this.request?.controller !== controller) return;
      this.request = undefined;
      // Read and validated once here, not on every render; the element picks its chantier from the result.
      const read = !fetched.ok ? fetched : checks ? checks.readJson(fetched.bytes, fetched.contentType) : { ok: false as const, failure: { kind: 'unchecked' as const } };
      const document = read.ok ? checks!.validDocument(read.json) : undefined;
      this.fetched = read.ok ? { url, document, json: document ? undefined : read.json } : { url, error: { origin: 'src', url, ...read.failure } };
      this.host.requestUpdate();
    });
  }

  private abort(): void {
    this.request?.controller.abort();
    this.request = undefined;
  }
}

function absoluteUrl(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src; // an unparsable URL: fetch fails on it and the message names it as written
  }
}

/** The usual `select` of elements that show one chantier or a part of it. */
export function selectChantier<T>(
  document: IdeaBoxDocument,
  chantierId: string | undefined,
  pick: (chantier: IdeaBoxDocument['chantiers'][number]) => T,
): Selection<T> {
  const known = document.chantiers.map((chantier) => chantier.id);
  if (!chantierId) {
    // A document with a single chantier needs no id; otherwise the author must say which one.
    return document.chantiers.length === 1
      ? { ok: true, value: pick(document.chantiers[0]) }
      : { ok: false, failure: { kind: 'missing-id', known } };
  }
  const found = document.chantiers.find((chantier) => chantier.id === chantierId);
  return found ? { ok: true, value: pick(found) } : { ok: false, failure: { kind: 'unknown-id', id: chantierId, known } };
}
