/**
 * The authoring page's analysis, off the page's main thread: a draft in, its `DraftAnalysis` out (import,
 * validation, places of every problem). A 100 KB paste or a restored draft then never freezes the page;
 * draft-analyzer.ts starts this Worker and falls back to the page when it cannot.
 */
import { analyzeDraft } from './analyze-draft.js';

/** A request from the page: analyse `text`; the answer carries the same `id`. */
export interface AnalysisRequest {
  readonly id: number;
  readonly text: string;
}

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalysisRequest>) => void): void;
  postMessage(message: unknown): void;
};

scope.addEventListener('message', (event) => {
  const { id, text } = event.data;
  scope.postMessage({ id, analysis: analyzeDraft(text) });
});
