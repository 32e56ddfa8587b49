/**
 * Print preview on screen: applies the `@media print` rules of every shadow root under `root`
 * unconditionally, so a designer (and a test, in any engine) sees the printed layout: every section
 * unfolded, no controls, one chantier per page. Returns how many print rules were applied.
 */
export function applyPrintRules(root: Element): number {
  let applied = 0;
  const visit = (element: Element) => {
    const shadow = element.shadowRoot;
    if (shadow) {
      const rules: string[] = [];
      for (const sheet of shadow.adoptedStyleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.conditionText === 'print') rules.push(...[...rule.cssRules].map((inner) => inner.cssText));
        }
      }
      if (rules.length) {
        const print = new CSSStyleSheet();
        print.replaceSync(rules.join('\n'));
        shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, print];
        applied += rules.length;
      }
      for (const child of shadow.querySelectorAll('*')) visit(child);
    }
    for (const child of element.children) visit(child);
  };
  visit(root);
  return applied;
}
