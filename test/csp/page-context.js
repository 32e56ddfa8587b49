// A host page's own context provider, for test/csp/validate-cut.html: the chantier that the
// <freins-list> and <gouvernance-table> inside `[data-page-context]` show, answered through the context
// protocol that @lit/context speaks (a `context-request` event for the library's global key,
// Symbol.for('boite-a-idees/chantier'): src/shared/context.ts), as a page's own ContextProvider would. A
// classic script loaded before the bundle: the strict policy refuses inline scripts.
const CHANTIER = Symbol.for('boite-a-idees/chantier');
const chantier = {
  id: 'fourni-par-la-page',
  thematique: 'Emploi',
  titre: 'Un chantier fourni par la page',
  freins: { items: ['Un frein fourni par la page'] },
  gouvernance: { roles: [{ role: 'Pilote fourni par la page', texte: 'La mairie' }] },
};
document.addEventListener('context-request', (event) => {
  if (event.context !== CHANTIER || !event.composedPath()[0].closest?.('[data-page-context]')) return;
  event.stopImmediatePropagation();
  event.callback(chantier);
});

// The error events of the page's own lists and tables, as its script would hear them.
window.pageContextErrors = [];
for (const type of ['freins-list-error', 'gouvernance-table-error']) {
  document.addEventListener(type, (event) => window.pageContextErrors.push(`${type}: ${event.error.origin} ${event.error.kind}`));
}
