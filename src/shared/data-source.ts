import type { ReactiveController, ReactiveElement } from 'lit';
import { isServer } from 'lit';
import { parseDocument, type ParseResult } from '../model/parse-document.js';
import type { IdeaBoxDocument } from '../model/types.js';
import { fetchJson, parseInlineJson } from './fetch-json.js';
import type { LoadError, LoadFailure, Origin } from './load-error.js';

/** What an element shows: nothing yet, a pending fetch, its data, or a failure. */
export type View<T> =
  | { readonly status: 'empty' }
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'ready'; readonly value: T; readonly origin: Origin | 'context'; readonly document?: IdeaBoxDocument }
  | { readonly status: 'error'; readonly error: LoadError };

/** The attributes every data element shares (`src`, `chantier`, `timeout`). */
export interface DataHost extends ReactiveElement {
  src?: string;
  chantier?: string;
  timeout: number;
  /** The last render lacked words still loading (BoiteElement.need): events wait for the next one. */
  incomplete?: boolean;
}

export type Selection<T> = { ok: true; value: T } | { ok: false; failure: LoadFailure };

export interface DataSourceOptions<T> {
  /** The value set from JavaScript (`.data`, `.freins`…), `undefined` when none. */
  property(): unknown;
  /** Validates a value given directly: the property, or inline JSON that is not a whole document. */
  parse(value: unknown): ParseResult<T>;
  /** Picks this element's data out of a whole document, using the `chantier` attribute when needed. */
  select(document: IdeaBoxDocument, chantierId: string | undefined): Selection<T>;
  /** Data provided by an enclosing element through context, used when the element has none of its own. */
  fromContext?(): T | undefined;
  /** Builds the element's typed events. */
  loadEvent(value: T, origin: Origin): Event;
  errorEvent(error: LoadError): Event;
}

type Fetched = { url: string; result: ParseResult<IdeaBoxDocument> | { ok: false; error: LoadError } };

const isDocumentShaped = (json: unknown) =>
  typeof json === 'object' && json !== null && !Array.isArray(json) && ('chantiers' in json || 'version' in json);

/**
 * Resolves an element's data from, in this order: its property, an inline `<script type="application/json">`
 * child, its `src` URL (+ `chantier` id), or context. Fetches with abort on change and on removal, and a
 * timeout; validates untrusted input; fires `<tag>-load` once data from `src` or inline JSON is shown, and
 * `<tag>-error` on every failure. Nothing it does can throw into the host page.
 */
export class DataSource<T> implements ReactiveController {
  /** What to render; recomputed only when an input changes, so events fire once per outcome. */
  view: View<T> = { status: 'empty' };

  private inlineText: string | null = null;
  private request?: { url: string; controller: AbortController };
  private fetched?: Fetched;
  private inputs: unknown[] = [];
  private notified?: View<T>;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataSourceOptions<T>,
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
    const property = this.options.property();
    const context = this.options.fromContext?.();
    const { src, chantier } = this.host;
    const inputs = [property, this.inlineText, src, chantier, this.fetched, context];
    if (inputs.length === this.inputs.length && inputs.every((value, index) => value === this.inputs[index])) return;
    this.inputs = inputs;
    this.view = this.resolve(property, src, chantier, context);
  }

  hostUpdated(): void {
    const view = this.view;
    if (view === this.notified || this.host.incomplete) return;
    this.notified = view;
    if (view.status === 'error') this.host.dispatchEvent(this.options.errorEvent(view.error));
    else if (view.status === 'ready' && (view.origin === 'src' || view.origin === 'inline')) {
      this.host.dispatchEvent(this.options.loadEvent(view.value, view.origin));
    }
  }

  private resolve(property: unknown, src: string | undefined, chantier: string | undefined, context: T | undefined): View<T> {
    if (property !== undefined) {
      this.abort();
      const parsed = this.options.parse(property);
      return parsed.ok
        ? { status: 'ready', value: parsed.value, origin: 'property' }
        : { status: 'error', error: { origin: 'property', kind: 'invalid', errors: parsed.errors, count: parsed.errorCount } };
    }
    if (this.inlineText !== null) {
      this.abort();
      return this.fromJson(parseInlineJson(this.inlineText), 'inline', undefined, chantier);
    }
    if (src) {
      const url = absoluteUrl(src);
      if (this.fetched?.url === url) {
        this.abort(); // back to the document already here: a request for another one must not replace it
        return this.fromJson(this.fetched.result, 'src', url, chantier);
      }
      // A removed element fetches nothing (it may have left before its first update); hostConnected
      // asks again when it comes back.
      if (this.request?.url !== url && this.host.isConnected) this.startFetch(url);
      return { status: 'loading', url };
    }
    this.abort();
    if (context !== undefined) return { status: 'ready', value: context, origin: 'context' };
    return { status: 'empty' };
  }

  private fromJson(
    result: { ok: true; json: unknown } | ParseResult<IdeaBoxDocument> | { ok: false; error: LoadError },
    origin: Origin,
    url: string | undefined,
    chantier: string | undefined,
  ): View<T> {
    if (!result.ok) {
      return { status: 'error', error: 'error' in result ? result.error : { origin, url, kind: 'invalid', errors: result.errors, count: result.errorCount } };
    }
    let document: IdeaBoxDocument;
    if ('value' in result) document = result.value;
    else if (origin === 'inline' && !isDocumentShaped(result.json)) {
      // Inline JSON may hold just this element's data (one chantier in a card), not a whole document.
      const own = this.options.parse(result.json);
      return own.ok
        ? { status: 'ready', value: own.value, origin }
        : { status: 'error', error: { origin, kind: 'invalid', errors: own.errors, count: own.errorCount } };
    } else {
      const parsed = parseDocument(result.json);
      if (!parsed.ok) return { status: 'error', error: { origin, url, kind: 'invalid', errors: parsed.errors, count: parsed.errorCount } };
      document = parsed.value;
    }
    const selected = this.options.select(document, chantier);
    return selected.ok
      ? { status: 'ready', value: selected.value, origin, document }
      : { status: 'error', error: { origin, url, ...selected.failure } };
  }

  private startFetch(url: string): void {
    this.abort();
    if (isServer) return;
    const controller = new AbortController();
    this.request = { url, controller };
    void fetchJson(url, controller.signal, this.host.timeout).then((outcome) => {
      if (controller.signal.aborted || this.request?.controller !== controller) return; // a newer request won
      this.request = undefined;
      // Validated once here, not on every render; the element picks its chantier from the result.
      const result = outcome.ok ? parseDocument(outcome.json) : 'error' in outcome ? outcome : undefined;
      if (!result) return;
      this.fetched = { url, result };
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
