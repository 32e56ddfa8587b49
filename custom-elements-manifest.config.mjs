// Custom Elements Manifest of boite-a-idees (`npm run analyze` → custom-elements.json). Storybook's docs
// tables read it, and scripts/check-manifest.mjs fails when the committed file is stale.
import path from 'node:path';

/** Names that are never public API, whatever their TypeScript modifier says. */
const isInternalName = (name = '') => name.startsWith('_') || name.startsWith('#');

/** Resolves an import specifier of one source module to the path of the module it names (`.js` → `.ts`). */
function resolveModule(from, specifier) {
  const resolved = specifier.startsWith('.') ? path.posix.join(path.posix.dirname(from), specifier) : specifier;
  return resolved.replace(/\.js$/, '.ts');
}

/**
 * Records `defineElement('tag', Class)` calls (our registration helper, safe to run twice) as
 * `custom-element-definition` exports of the define modules, as `customElements.define` would be.
 */
function defineElementCalls() {
  return {
    name: 'boite-a-idees:define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !constructor || !ts.isStringLiteral(tag) || !ts.isIdentifier(constructor)) return;
      const className = constructor.text;
      const source = node.getSourceFile();
      const importDeclaration = source.statements.find(
        (statement) =>
          ts.isImportDeclaration(statement) &&
          statement.importClause?.namedBindings &&
          ts.isNamedImports(statement.importClause.namedBindings) &&
          statement.importClause.namedBindings.elements.some((element) => element.name.text === className),
      );
      const module = importDeclaration ? resolveModule(moduleDoc.path, importDeclaration.moduleSpecifier.text) : moduleDoc.path;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: className, module } });
    },
  };
}

/**
 * Keeps only the public API, so Storybook's docs and editors show what a page author may use:
 * - classes lose their private, protected and `_`/`#` members (and such attributes and events), and the
 *   nameless duplicates of documented events;
 * - a module keeps the declarations that are custom elements or that `src/index.ts` exports (directly or
 *   through `export *`); internals such as styles, helpers and validation schemas go;
 * - `custom-element-definition` exports must name a custom element of the manifest (the generic
 *   `customElements.define(tag, constructor)` inside our helper is not a definition);
 * - modules left with nothing to say are dropped.
 */
function publicApiOnly({ entry = 'src/index.ts' } = {}) {
  return {
    name: 'boite-a-idees:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const byPath = new Map(modules.map((module) => [module.path, module]));

      // Every `module#name` the entry exports, following named re-exports and `export *` to the module
      // that declares each name (and only those names: a re-exported module's other exports stay internal).
      const publicNames = new Set();
      const seen = new Set();
      const exportsOf = (modulePath) => (byPath.get(modulePath)?.exports ?? []).filter((exported) => exported.kind === 'js');
      const targetOf = (modulePath, exported) => resolveModule(modulePath, exported.declaration?.module ?? modulePath);
      const addName = (modulePath, name) => {
        if (seen.has(`${modulePath}#${name}`)) return;
        seen.add(`${modulePath}#${name}`);
        const exported = exportsOf(modulePath).find((candidate) => candidate.name === name);
        if (!exported) {
          for (const star of exportsOf(modulePath).filter((candidate) => candidate.name === '*')) addName(targetOf(modulePath, star), name);
          return;
        }
        const target = targetOf(modulePath, exported);
        if (target === modulePath) publicNames.add(`${modulePath}#${exported.declaration.name}`);
        else addName(target, exported.declaration.name);
      };
      const addAll = (modulePath) => {
        if (seen.has(`${modulePath}#*`)) return;
        seen.add(`${modulePath}#*`);
        for (const exported of exportsOf(modulePath)) {
          if (exported.name === '*') addAll(targetOf(modulePath, exported));
          else addName(modulePath, exported.name);
        }
      };
      addAll(entry);

      const isPublicMember = (member) =>
        member.privacy !== 'private' && member.privacy !== 'protected' && !isInternalName(member.name);

      for (const module of modules) {
        module.declarations = (module.declarations ?? []).filter(
          (declaration) => declaration.customElement || publicNames.has(`${module.path}#${declaration.name}`),
        );
        for (const declaration of module.declarations) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublicMember);
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !isInternalName(attribute.fieldName));
          }
          if (declaration.events) {
            // The analyzer also lists each `dispatchEvent(new SomeEvent(…))` it sees, without a name; drop
            // those that a `@fires` line already names (same type). A nameless one left means an undocumented event.
            const named = new Set(declaration.events.filter((event) => event.name).map((event) => event.type?.text));
            declaration.events = declaration.events.filter(
              (event) => (event.name ? !isInternalName(event.name) : !named.has(event.type?.text)),
            );
          }
        }
      }

      const customElements = new Set(
        modules.flatMap((module) =>
          module.declarations.filter((declaration) => declaration.customElement).map((declaration) => `${module.path}#${declaration.name}`),
        ),
      );
      for (const module of modules) {
        const kept = new Set(module.declarations.map((declaration) => declaration.name));
        module.exports = (module.exports ?? []).filter((exported) => {
          const target = targetOf(module.path, exported);
          if (exported.kind === 'custom-element-definition') return customElements.has(`${target}#${exported.declaration.name}`);
          // A module's own export stays when its declaration stays; re-exports of other modules are the API itself.
          return target !== module.path || kept.has(exported.declaration.name);
        });
      }
      // Sorted by path: the analyzer lists files in the order the file system gives them.
      customElementsManifest.modules = modules
        .filter((module) => module.declarations.length || module.exports.length)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false, // the analyzer would otherwise rewrite package.json to add a "customElements" key
  plugins: [defineElementCalls(), publicApiOnly()],
};
