/**
 * The built authoring page (dist/atelier/, `npm run build:atelier`) under the strict Content-Security-
 * Policy SECURITY.md gives it (test/csp/atelier.html, header from test/server-routes.mjs): its analysis
 * runs in its Worker, a rich paste and a .docx are read, and nothing is refused or fails. Under the embed's
 * header, which does not name its Trusted Types policy, it still works, on the page.
 */
import { expect } from '@open-wc/testing';
import { deepQueryAll, until } from './helpers.js';

/** What test/csp/report.js keeps in the page. */
interface Report {
  violations: { directive: string; blocked: string; sample: string; where: string }[];
  errors: string[];
}
type StrictWindow = Window & typeof globalThis & { cspReport: Report };

/** The header of test/server-routes.mjs (which cannot be imported here: it reads files with Node). */
const STRICT_CSP_ATELIER =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html atelier-boite";

type Atelier = HTMLElement & { analysisMode: string; updateComplete: Promise<unknown> };

async function openAtelier(path: string): Promise<{ frame: HTMLIFrameElement; win: StrictWindow; element: Atelier }> {
  const bundle = await fetch('/dist/atelier/atelier-boite.js', { method: 'HEAD' });
  expect(bundle.ok, 'dist/atelier/ is missing: run `npm run build:atelier` first (`npm test` does)').to.equal(true);
  const frame = document.createElement('iframe');
  frame.title = 'Atelier chez un hôte strict';
  frame.width = '1024';
  frame.height = '768';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as StrictWindow;
  await until(() => win.customElements.get('atelier-boite'), 'the page registers <atelier-boite>');
  const element = win.document.querySelector('atelier-boite') as Atelier;
  await element.updateComplete;
  return { frame, win, element };
}

const cardsIn = (element: Element) => deepQueryAll(element.shadowRoot!, 'chantier-card');
const field = (element: Element) => element.shadowRoot!.querySelector('textarea')!;

async function typeText(win: StrictWindow, element: Atelier, text: string) {
  field(element).value = text;
  field(element).dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
}

describe('the built authoring page under its strict Content-Security-Policy', () => {

  it('is served with the header SECURITY.md gives it', async () => {
    expect((await fetch('/test/csp/atelier.html')).headers.get('content-security-policy')).to.equal(STRICT_CSP_ATELIER);
  });

  it('analyses in its Worker, reads a Word paste and a .docx, with no violation and no error', async () => {
    const { frame, win, element } = await openAtelier('/test/csp/atelier.html');
    try {
      await typeText(win, element, await (await fetch('/data/restitution.txt')).text());
      await until(() => cardsIn(element).length === 3, 'the preview shows the seed');
      expect(element.analysisMode).to.equal('worker');
      const workers = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => /\/assets\/analysis-worker-[\w-]+\.js$/.test(entry.name));
      // Where the engine lists a Worker's script among the page's resources, it is the built one.
      for (const entry of workers) expect(new URL(entry.name).origin).to.equal(location.origin);

      // A paste from Word: its HTML read through the page's policy, nesting kept.
      const data = new win.DataTransfer();
      data.setData('text/html', await (await fetch('/test/fixtures/clipboard/word.html')).text());
      data.setData('text/plain', 'sans structure');
      field(element).focus();
      field(element).select();
      const paste = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
      if (!paste.clipboardData?.types.length) Object.defineProperty(paste, 'clipboardData', { value: data });
      field(element).dispatchEvent(paste);
      expect(paste.defaultPrevented, 'the HTML was converted').to.equal(true);
      await until(() => cardsIn(element).length === 1, 'the preview shows the pasted chantier');
      expect(field(element).value).to.contain('\n  - financement par la Région\n');

      // A .docx: the reader, loaded on demand, and its XML read through the policy.
      const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new win.DataTransfer();
      transfer.items.add(new win.File([await (await fetch('/test/fixtures/office/restitution.docx')).arrayBuffer()], 'restitution.docx'));
      input.files = transfer.files;
      input.dispatchEvent(new win.Event('change', { bubbles: true }));
      await until(() => /restitution\.docx ouvert/.test(element.shadowRoot!.querySelector('[role="status"]')!.textContent ?? ''), 'the .docx is read');

      expect(win.cspReport.violations).to.deep.equal([]);
      expect(win.cspReport.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('under the embed’s header, without its policy, still works: the analysis runs on the page', async () => {
    const { frame, win, element } = await openAtelier('/test/csp/atelier.html?policy=none');
    try {
      await typeText(win, element, await (await fetch('/data/restitution.txt')).text());
      await until(() => cardsIn(element).length === 3, 'the preview shows the seed');
      expect(element.analysisMode).to.equal('page');
      expect(win.cspReport.errors).to.deep.equal([]);
      // The only refusals, where the engine enforces Trusted Types: the policy's name, and the Worker's URL without it.
      for (const violation of win.cspReport.violations) expect(violation.directive).to.be.oneOf(['trusted-types', 'require-trusted-types-for']);
    } finally {
      frame.remove();
    }
  });
});
