/**
 * Runs the draft's analysis in a Worker (analysis-worker.ts), one request at a time: while one runs, only
 * the latest text waits, and an answer for a text the author has since replaced is dropped. When no
 * Worker can start (a Content-Security-Policy without `worker-src 'self'`, Trusted Types without the
 * `atelier-boite` policy, a page opened from the disk), the analysis runs on the page, after a pause that
 * lets the page paint: the importer is linear, so a long text then costs time, never a freeze that grows
 * with it. The Worker's URL goes through the `atelier-boite` Trusted Types policy (trusted-types.ts).
 */
import type { DraftAnalysis } from './analyze-draft.js';
import type { AnalysisRequest } from './analysis-worker.js';
import { trustedWorkerUrl } from './trusted-types.js';

/** Where the analysis runs: in the Worker, or on the page when no Worker could start. */
export type AnalysisMode = 'worker' | 'page';

/**
 * The browser's Worker, given its URL through our Trusted Types policy. Named `Worker` on purpose: the
 * bundler (Vite) finds the Worker's file through the literal `new Worker(new URL('…', import.meta.url))`
 * below, bundles it, and writes its built URL there.
 */
class Worker extends globalThis.Worker {
  constructor(url: URL, options: WorkerOptions) {
    super(trustedWorkerUrl(url.href), options);
  }
}

export class DraftAnalyzer {
  private worker?: globalThis.Worker;
  private failed = false;
  private nextId = 1;
  /** The request in the Worker, and the latest text waiting for it. */
  private running?: { id: number; text: string; resolve: (analysis: DraftAnalysis | undefined) => void };
  private waiting?: { text: string; resolve: (analysis: DraftAnalysis | undefined) => void };

  get mode(): AnalysisMode {
    return this.failed ? 'page' : 'worker';
  }

  /** The analysis of `text`; `undefined` when a later call replaced this one before it ran. */
  analyze(text: string): Promise<DraftAnalysis | undefined> {
    return new Promise((resolve) => {
      if (this.running) {
        this.waiting?.resolve(undefined);
        this.waiting = { text, resolve };
      } else this.start(text, resolve);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.running?.resolve(undefined);
    this.waiting?.resolve(undefined);
    this.running = this.waiting = undefined;
  }

  private start(text: string, resolve: (analysis: DraftAnalysis | undefined) => void): void {
    const worker = this.failed ? undefined : this.ensureWorker();
    const id = this.nextId++;
    this.running = { id, text, resolve };
    if (worker) worker.postMessage({ id, text } satisfies AnalysisRequest);
    // The analysis code is already in the Worker's file: the page loads its own copy only when it needs it.
    else void import('./analyze-draft.js').then(({ analyzeDraft }) => setTimeout(() => this.finish(id, analyzeDraft(text)), 0));
  }

  private finish(id: number, analysis: DraftAnalysis): void {
    if (this.running?.id !== id) return;
    const { resolve } = this.running;
    this.running = undefined;
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) {
      // A newer text waits: this answer is already out of date.
      resolve(undefined);
      this.start(waiting.text, waiting.resolve);
    } else resolve(analysis);
  }

  private ensureWorker(): globalThis.Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<{ id: number; analysis: DraftAnalysis }>) => this.finish(event.data.id, event.data.analysis));
      // The script could not load (refused by the page's policy, missing): the page takes over.
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        this.fallBack();
      });
      this.worker = worker;
      return worker;
    } catch {
      this.failed = true;
      return undefined;
    }
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.failed = true;
    const running = this.running;
    if (running) {
      this.running = undefined;
      this.start(running.text, running.resolve);
    }
  }
}
