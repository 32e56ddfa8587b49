/**
 * Property-based tests (fast-check). The parser, fed arbitrary JSON and arbitrary mutations of the seed,
 * returns data or errors and never throws; the elements, fed arbitrary valid documents, show every
 * string of the data as text — nothing dropped — and no element or attribute that their templates do
 * not produce themselves. Runs are bounded to keep the suite fast; a failure prints its seed and the
 * smallest counterexample.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import { formatPath, parseChantier, parseDocument } from '../src/model/parse-document.js';
import type { Chantier, IdeaBoxDocument, Item } from '../src/model/types.js';
import { ATTEINT_VALUES } from '../src/model/schema.js';
import { criteresOf } from '../src/model/suivi-rules.js';
import { DEFAULT_STATUTS } from '../src/model/suivi.js';
import { formatValidationError } from '../src/shared/messages.js';
import { deepQueryAll, loadSeed, settle, flatText, normalizeSpace } from './helpers.js';

const EXPECTATION_CODES = [
  'document', 'object', 'array', 'text', 'item', 'id', 'unique-id', 'version', 'section', 'required', 'unknown-key', 'too-deep',
  'date', 'progression', 'atteint', 'statut', 'criteres', 'suivi', 'non-empty',
];

// --- arbitraries of valid documents ------------------------------------------------------------------------
/** Any text the format accepts: non-blank once trimmed; any Unicode, lone surrogates and controls included. */
const text = fc
  .oneof(
    { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }), weight: 4 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), weight: 2 },
    { arbitrary: fc.constantFrom('<b>gras</b>', '<img src=x onerror=alert(1)>', '&amp;', '${x}', 'lit$123$', '<!--', '"\'><svg>'), weight: 1 },
  )
  .filter((value) => value.trim().length > 0);

const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);

const { item } = fc.letrec<{ item: Item; nested: Item }>((tie) => ({
  item: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('nested')),
  nested: fc.record({ texte: text, items: fc.array(tie('item'), { maxLength: 3 }) }),
}));
const items = fc.array(item, { maxLength: 4 });

const section = fc
  .record({ texte: text, items }, { requiredKeys: [] })
  .filter((value) => value.texte !== undefined || (value.items?.length ?? 0) > 0);

const gouvernance = fc
  .record({ roles: fc.array(fc.record({ role: text, texte: text }), { maxLength: 3 }), notes: items }, { requiredKeys: [] })
  .filter((value) => (value.roles?.length ?? 0) + (value.notes?.length ?? 0) > 0);

/** A real calendar day, written AAAA-MM-JJ. */
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A follow-up that assesses `criteria` success criteria (as many as the chantier has), never empty. */
const suiviFor = (criteria: number) =>
  fc
    .record(
      {
        statut: fc.constantFrom(...DEFAULT_STATUTS.map((statut) => statut.cle)),
        progression: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true })),
        porteur: text,
        miseAJour: isoDate,
        etapes: fc.array(fc.record({ date: isoDate, texte: text }), { maxLength: 3 }),
        criteres: fc.array(fc.record({ atteint: fc.constantFrom(...ATTEINT_VALUES), note: text }, { requiredKeys: ['atteint'] }), {
          minLength: criteria,
          maxLength: criteria,
        }),
      },
      { requiredKeys: [] },
    )
    .filter((suivi) => Object.keys(suivi).length > 0);

const chantierWithoutSuivi = fc.record(
  {
    id,
    thematique: text,
    atelier: fc.record({ titre: text, question: text }, { requiredKeys: ['titre'] }),
    titre: text,
    enjeu: section,
    reussite: section,
    actions: section,
    ressources: section,
    questions: section,
    gouvernance,
    freins: section,
  },
  { requiredKeys: ['id', 'thematique', 'titre'] },
);

/** A chantier, with a follow-up half of the time (its criteria matching its "reussite"). */
const chantier: fc.Arbitrary<Chantier> = chantierWithoutSuivi.chain((value) =>
  fc.option(suiviFor(criteresOf(value as Chantier).length), { nil: undefined }).map((suivi) => (suivi ? { ...value, suivi } : value) as Chantier),
);

const ideaBox: fc.Arbitrary<IdeaBoxDocument> = fc.record(
  {
    version: fc.constant(1 as const),
    rencontre: fc.record(
      { titre: text, organisateur: text, intitule: text, presentation: fc.array(text, { maxLength: 2 }) },
      { requiredKeys: ['titre'] },
    ),
    chantiers: fc.uniqueArray(chantier, { selector: (value) => value.id, minLength: 1, maxLength: 3 }),
    glossaire: fc.array(fc.record({ sigle: text, definition: text }), { maxLength: 3 }),
  },
  { requiredKeys: ['version', 'chantiers'] },
);

// --- helpers -----------------------------------------------------------------------------------------------
const normalize = normalizeSpace;


/**
 * Keys whose strings are codes, not words: ids (in attributes and links), a status key (shown as its
 * wording), dates (shown formatted, kept in `datetime`), an assessment (shown as "Atteint"…).
 */
const CODE_KEYS = new Set(['id', 'statut', 'date', 'miseAJour', 'atteint']);

/** Every string a person must see: all strings of the data but the codes. */
function visibleStrings(value: unknown, key?: string): string[] {
  if (typeof value === 'string') return key && CODE_KEYS.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((child) => visibleStrings(child));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([childKey, child]) => visibleStrings(child, childKey));
  return [];
}

/** The same data with every shown string replaced by a plain word: what the templates alone produce. */
function plain<T>(value: T, key?: string): T {
  if (typeof value === 'string') return (key && CODE_KEYS.has(key) ? value : 'mot') as T;
  if (Array.isArray(value)) return value.map((child) => plain(child)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([childKey, child]) => [childKey, plain(child, childKey)])) as T;
  }
  return value;
}

/** Tag names and attribute names in the element's shadow trees (and theirs). */
function markup(root: Element): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const element of deepQueryAll(root.shadowRoot!, '*')) {
    tags.add(element.localName);
    for (const attribute of element.getAttributeNames()) attributes.add(attribute);
  }
  return { tags, attributes };
}

/** Elements and attributes the text decorations add because of what a text says (acronyms, search hits). */
const DECORATION_TAGS = new Set(['abbr', 'mark']);
const DECORATION_ATTRIBUTES = new Set(['title']);

const outside = (found: Set<string>, allowed: Set<string>, extra: Set<string>) =>
  [...found].filter((name) => !allowed.has(name) && !extra.has(name));

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

async function render<E extends HTMLElement>(tag: string, property: string, value: unknown): Promise<E> {
  const element = document.createElement(tag) as E;
  (element as unknown as Record<string, unknown>)[property] = value;
  container.replaceChildren(element);
  await settle(element);
  return element;
}

// --- the parser --------------------------------------------------------------------------------------------
describe('parseDocument on arbitrary input (fast-check)', () => {
  const wellFormed = (result: ReturnType<typeof parseDocument>) => {
    if (result.ok) return;
    expect(result.errors.length).to.be.greaterThan(0);
    for (const error of result.errors) {
      expect(error.path).to.be.a('string');
      expect(EXPECTATION_CODES).to.include(error.expected);
      expect(error.received).to.be.a('string');
      expect(formatValidationError(error, 'fr')).to.be.a('string');
      expect(formatValidationError(error, 'en')).to.be.a('string');
    }
  };

  it('returns data or errors for any JSON value, never throws, never changes its input (300 runs)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (input) => {
        const before = JSON.stringify(input);
        const result = parseDocument(input);
        wellFormed(result);
        expect(JSON.stringify(input)).to.equal(before);
        const single = parseChantier(input);
        expect(single.ok || single.errors.length > 0).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('points at (or above) the change when a mutation of the seed breaks it (300 runs)', async () => {
    const seed = await loadSeed();
    // Every place in the seed: [keys, value].
    const places: (string | number)[][] = [];
    const walk = (value: unknown, keys: (string | number)[]) => {
      places.push(keys);
      if (Array.isArray(value)) value.forEach((child, index) => walk(child, [...keys, index]));
      else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...keys, key]);
    };
    walk(seed, []);
    const strangeKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'titree', '', ' id', '$schema');
    const mutation = fc.record({
      at: fc.constantFrom(...places.filter((keys) => keys.length > 0)),
      op: fc.oneof(
        fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
        fc.record({ kind: fc.constant('delete' as const) }),
        fc.record({ kind: fc.constant('add-key' as const), key: fc.oneof(strangeKey, fc.string()), value: fc.jsonValue({ maxDepth: 2 }) }),
        fc.record({ kind: fc.constant('deep' as const), levels: fc.integer({ min: 60, max: 3000 }) }),
      ),
    });

    fc.assert(
      fc.property(mutation, ({ at, op }) => {
        const document = structuredClone(seed) as unknown as Record<string | number, unknown>;
        const parentKeys = at.slice(0, -1);
        const last = at.at(-1)!;
        let parent = document as Record<string | number, unknown>;
        for (const key of parentKeys) parent = parent[key] as Record<string | number, unknown>;
        let changedPath = at;
        if (op.kind === 'replace') parent[last] = op.value;
        else if (op.kind === 'delete') {
          if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else delete parent[last];
        } else if (op.kind === 'deep') {
          let value: unknown = 'fond';
          for (let level = 0; level < op.levels; level += 1) value = { texte: 'niveau', items: [value] };
          parent[last] = value;
        } else {
          const target = parent[last];
          if (!target || typeof target !== 'object' || Array.isArray(target)) return;
          // defineProperty: "__proto__" must become a key, as JSON.parse makes it, not a prototype.
          Object.defineProperty(target, op.key, { value: op.value, enumerable: true, configurable: true, writable: true });
          changedPath = [...at, op.key];
        }
        // (Not serialised when thousands of levels deep: Firefox's JSON.stringify runs out of stack there.)
        const serialise = (value: unknown) => (op.kind === 'deep' ? '' : JSON.stringify(value));
        const before = serialise(document);
        const result = parseDocument(document);
        wellFormed(result);
        expect(serialise(document), 'the parser changes nothing').to.equal(before);
        if (result.ok) return;
        const changed = formatPath('', changedPath);
        const related = (path: string) =>
          path === '' || path === changed || changed.startsWith(`${path}.`) || changed.startsWith(`${path}[`) ||
          path.startsWith(`${changed}.`) || path.startsWith(`${changed}[`);
        // A duplicate id is reported at its second occurrence, wherever the change was.
        const relevant = result.errors.filter((error) => error.expected !== 'unique-id');
        if (relevant.length === 0) return;
        expect(
          relevant.some((error) => related(error.path)),
          `${changed}: ${JSON.stringify(result.errors)}`,
        ).to.equal(true);
      }),
      { numRuns: 300 },
    );
    const probe = {} as Record<string, unknown>;
    expect(Object.getOwnPropertyNames(Object.prototype)).to.not.include('polluted');
    expect(probe.polluted).to.equal(undefined);
  });

  it('accepts every document of the arbitrary, and gives back all of it, trimmed (200 runs)', () => {
    const trimmed = (value: unknown): unknown =>
      typeof value === 'string'
        ? value.trim()
        : Array.isArray(value)
          ? value.map(trimmed)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([key, child]) => [key, trimmed(child)]))
            : value;
    fc.assert(
      fc.property(ideaBox, (document) => {
        const result = parseDocument(document);
        expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
        if (result.ok) expect(result.value).to.deep.equal(trimmed(document));
      }),
      { numRuns: 200 },
    );
  });
});

// --- the elements ------------------------------------------------------------------------------------------
describe('elements on arbitrary valid documents (fast-check)', function () {

  it('<chantier-card> shows every string as text and adds no markup of its own (100 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(chantier, async (value) => {
        const card = await render('chantier-card', 'data', value);
        const shown = flatText(card);
        expect(card.shadowRoot!.querySelector('[role="alert"]'), 'valid data shows no alert').to.equal(null);
        const missing = visibleStrings(value).map((string) => normalize(string)).filter((string) => !shown.includes(string));
        expect(missing, 'strings missing from the card').to.deep.equal([]);
        const real = markup(card);
        const reference = markup(await render('chantier-card', 'data', plain(value)));
        expect(outside(real.tags, reference.tags, DECORATION_TAGS), 'elements not from the templates').to.deep.equal([]);
        expect(outside(real.attributes, reference.attributes, DECORATION_ATTRIBUTES), 'attributes not from the templates').to.deep.equal([]);
      }),
      { numRuns: 100 },
    );
  });

  it('<boite-a-idees> shows every string as text and adds no markup of its own (40 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(ideaBox, async (value) => {
        const box = await render('boite-a-idees', 'data', value);
        const shown = flatText(box);
        expect(deepQueryAll(box, '[role="alert"]'), 'valid data shows no alert').to.have.length(0);
        const missing = visibleStrings(value).map((string) => normalize(string)).filter((string) => !shown.includes(string));
        expect(missing, 'strings missing from the box').to.deep.equal([]);
        const real = markup(box);
        const reference = markup(await render('boite-a-idees', 'data', plain(value)));
        expect(outside(real.tags, reference.tags, DECORATION_TAGS), 'elements not from the templates').to.deep.equal([]);
        expect(outside(real.attributes, reference.attributes, DECORATION_ATTRIBUTES), 'attributes not from the templates').to.deep.equal([]);
      }),
      { numRuns: 40 },
    );
  });
});
