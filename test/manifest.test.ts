/**
 * custom-elements.json stays true to the elements (scripts/check-manifest.mjs checks that it is fresh; this
 * checks that what it says is so). For each custom element it documents:
 * - the tag is registered by src/define.ts, with the documented class;
 * - every documented attribute is observed and every documented property or method exists;
 * - every documented CSS custom property is read by the element's styles;
 * - every documented CSS part is rendered in some story, and every part a story renders is documented;
 * - every documented event is dispatched in some story.
 * The stories are the states: a part that only exists in one state (loading, error, "try again") needs a
 * story showing that state, which the Storybook docs then show too.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { STORY_MODULES, allStories, deepQueryAll, renderStory } from './story-harness.js';

interface Documented {
  name: string;
  description?: string;
  static?: boolean;
  kind?: string;
  privacy?: string;
  fieldName?: string;
}
interface ElementDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Documented[];
  members?: Documented[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}
interface Manifest {
  modules: { path: string; declarations?: ElementDeclaration[] }[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
);

/** Parts rendered in each element's own shadow root, and events each element dispatched, over all stories. */
const partsSeen = new Map<string, Set<string>>();
const eventsSeen = new Map<string, Set<string>>();
const add = (map: Map<string, Set<string>>, key: string, value: string) => {
  if (!map.has(key)) map.set(key, new Set());
  map.get(key)!.add(value);
};

const documentedEvents = [...new Set(elements.flatMap((element) => (element.events ?? []).map((event) => event.name)))];

before(async function () {
  for (const entry of allStories()) {
    const rendered = await renderStory(entry, (container) => {
      for (const type of documentedEvents) {
        // Capture phase: the container sees the event even if it does not bubble.
        container.addEventListener(
          type,
          (event) => {
            const origin = event.composedPath()[0];
            if (origin instanceof Element) add(eventsSeen, origin.localName, event.type);
          },
          { capture: true },
        );
      }
    });
    try {
      for (const host of deepQueryAll(rendered.container, '*')) {
        for (const node of host.shadowRoot?.querySelectorAll('[part]') ?? []) {
          for (const part of node.getAttribute('part')!.split(/\s+/).filter(Boolean)) add(partsSeen, host.localName, part);
        }
        // Parts of inner elements exposed as the host's own (`exportparts="title:card-title, list"`).
        for (const node of host.shadowRoot?.querySelectorAll('[exportparts]') ?? []) {
          for (const mapping of node.getAttribute('exportparts')!.split(',').map((entry) => entry.trim()).filter(Boolean)) {
            add(partsSeen, host.localName, mapping.split(':').pop()!.trim());
          }
        }
      }
    } finally {
      rendered.cleanup();
    }
  }
});

/** The rules an element adopts once it shows a chantier of a theme the styles do not name. */
async function adoptedRulesFor(tag: string): Promise<string> {
  const seed = await (await fetch('/data/chantiers.json')).json();
  const element = document.createElement(tag) as HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };
  element.data = { ...seed.chantiers[0], thematique: 'Éducation populaire' };
  document.body.append(element);
  try {
    await element.updateComplete;
    return (element.shadowRoot?.adoptedStyleSheets ?? []).flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  } finally {
    element.remove();
  }
}

describe('custom-elements.json', () => {
  it('documents at least the three first elements', () => {
    const tags = elements.map((element) => element.tagName);
    expect(tags).to.include.members(['chantier-card', 'freins-list', 'gouvernance-table']);
  });

  for (const element of elements) {
    const tag = element.tagName!;
    describe(`<${tag}>`, () => {
      it(`is registered as ${element.name}`, () => {
        const constructor = customElements.get(tag);
        expect(constructor, `${tag} is not registered by src/define.ts`).to.exist;
        expect(constructor!.name).to.equal(element.name);
      });

      it('has every documented attribute and property', () => {
        const constructor = customElements.get(tag) as CustomElementConstructor & { observedAttributes?: string[] };
        const instance = document.createElement(tag) as unknown as Record<string, unknown>;
        const observed = constructor.observedAttributes ?? [];
        for (const attribute of element.attributes ?? []) {
          expect(observed, `attribute "${attribute.name}" is documented but not observed`).to.include(attribute.name);
          if (attribute.fieldName) expect(attribute.fieldName in instance, `attribute "${attribute.name}" names a missing property "${attribute.fieldName}"`).to.be.true;
        }
        for (const member of element.members ?? []) {
          const owner = member.static ? (constructor as unknown as Record<string, unknown>) : instance;
          expect(member.name in owner, `${member.static ? 'static ' : ''}${member.kind} "${member.name}" is documented but missing`).to.be.true;
          if (member.kind === 'method') expect(owner[member.name], `"${member.name}" is documented as a method`).to.be.a('function');
        }
      });

      it('reads every documented CSS custom property in its styles', async () => {
        const constructor = customElements.get(tag) as unknown as { elementStyles?: (CSSStyleSheet | { cssText: string })[] };
        const cssText = (constructor.elementStyles ?? [])
          .map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n')))
          .join('\n');
        // A documented pattern (`--boite-accent-<slug>`) is read by a rule made for each theme it meets:
        // rendered with a theme the styles do not name, the element must adopt a rule reading it.
        const patterns = (element.cssProperties ?? []).map((property) => property.name).filter((name) => name.includes('<slug>'));
        const adopted = patterns.length ? await adoptedRulesFor(tag) : '';
        const unread = (element.cssProperties ?? [])
          .map((property) => property.name)
          .filter((name) => !(name.includes('<slug>') ? adopted.includes(name.replace('<slug>', 'education-populaire')) : cssText.includes(name)));
        expect(unread, 'documented (@cssprop) but not read by the styles').to.deep.equal([]);
      });

      it('renders every documented CSS part in some story, and documents every part it renders', () => {
        const documented = (element.cssParts ?? []).map((part) => part.name).sort();
        const seen = [...(partsSeen.get(tag) ?? [])].sort();
        expect(
          documented.filter((part) => !seen.includes(part)),
          `documented parts no story renders (add a story showing that state to stories/${tag}.stories.ts, or fix the @csspart)`,
        ).to.deep.equal([]);
        expect(
          seen.filter((part) => !documented.includes(part)),
          'parts rendered but not documented (add a @csspart line to the class JSDoc, then npm run analyze)',
        ).to.deep.equal([]);
      });

      it('dispatches every documented event in some story', () => {
        const seen = eventsSeen.get(tag) ?? new Set();
        const missing = (element.events ?? []).map((event) => event.name).filter((name) => !seen.has(name));
        expect(missing, `documented events no story dispatches (add a story to stories/${tag}.stories.ts, or fix the @fires)`).to.deep.equal([]);
      });

      it(`has stories (stories/${tag}.stories.ts, listed in test/story-harness.ts)`, () => {
        expect(Object.keys(STORY_MODULES)).to.include(`stories/${tag}.stories.ts`);
      });
    });
  }
});
