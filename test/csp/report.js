// Records what a strict host page reports, for test/csp.test.ts. A classic script loaded before the
// bundle: inline scripts are refused on these pages, and the listeners must exist before anything runs.
window.cspReport = { violations: [], errors: [] };
document.addEventListener(
  'securitypolicyviolation',
  (event) =>
    window.cspReport.violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      where: `${event.sourceFile}:${event.lineNumber}`,
    }),
  true,
);
window.addEventListener('error', (event) => window.cspReport.errors.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => window.cspReport.errors.push(`unhandledrejection: ${event.reason}`));
