import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
// The workshop is not in the embed bundle (src/define.ts): its stories register it themselves.
import '../src/atelier-boite/define.js';
import { frame, frameArgs, frameArgTypes, withoutControls, type FrameArgs } from './support/frame.js';
import { SEED_URL } from './support/seed.js';
import { errorState } from './support/story-state.js';

/** The seed's restitution text, served beside data/chantiers.json (never retyped). */
const RESTITUTION_URL = 'data/restitution.txt';

interface AtelierArgs extends FrameArgs {
  'example-src'?: string;
  'storage-key'?: string;
  'heading-level'?: number;
  debounce?: number;
  onAtelierBoiteChange?: (event: Event) => void;
}
type Story = StoryObj<AtelierArgs>;

interface Loaded {
  text?: string;
}

const fetchText = async (url: string) => {
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
};

/** data/restitution.txt as the author's paste. */
const restitutionLoader = async (): Promise<Loaded> => ({ text: await fetchText(RESTITUTION_URL) });

/** data/chantiers.json as written, changed by `edit` (a text edit or a change of the parsed document). */
const jsonLoader =
  (edit: { text?: (text: string) => string; document?: (document: Record<string, any>) => void }) =>
  async (): Promise<Loaded> => {
    const text = await fetchText(SEED_URL);
    if (edit.text) return { text: edit.text(text) };
    const document = JSON.parse(text);
    edit.document?.(document);
    return { text: JSON.stringify(document, null, 2) };
  };

const atelier = (args: AtelierArgs, value = '', onElement?: (element: Element | undefined) => void) =>
  frame(
    args,
    html`<atelier-boite
      example-src=${ifDefined(args['example-src'] || undefined)}
      storage-key=${args['storage-key'] ?? ''}
      heading-level=${ifDefined(args['heading-level'])}
      debounce=${ifDefined(args.debounce)}
      color-scheme=${ifDefined(args['color-scheme'] || undefined)}
      design=${ifDefined(args.design || undefined)}
      .value=${value}
      @atelier-boite-change=${args.onAtelierBoiteChange}
      ${ref(onElement)}
    ></atelier-boite>`,
  );

/**
 * A restitution as an officer types it: a workshop without its colon, numbered chantiers, a misspelt
 * heading, Word's flat bullets, a note before the first chantier and an unknown heading.
 */
const OFFICER_TEXT = [
  'Rencontre départementale « Égalité des chances »',
  '',
  'Atelier Mobilité',
  'Comment lever les freins à la mobilité des habitants ?',
  '',
  '(notes prises par Julie, à relire)',
  '',
  'Thématique : Mobilité',
  'Chantier 1 - "Développer les auto-écoles sociales"',
  'Enjeu',
  'Le permis reste une condition d’accès à l’emploi.',
  'On aura réussit si...',
  '·\tles jeunes des quartiers obtiennent le permis au même rythme que les autres',
  'En quoi consiste le chantier ?',
  '·\tDévelopper les auto-écoles sociales :',
  'o\tfinancement par la Région',
  'o\tbénévoles retraités',
  '·\tDes sessions de code dans les centres sociaux',
  'Il s’agit de mobiliser les centres sociaux.',
  '',
  'Calendrier :',
  '',
  '·\trentrée de septembre',
  '',
  'Thématique : Mobilité',
  'Chantier n°2 – « Un transport à la demande »',
  'Ressources',
  '·\tl’autorité organisatrice des mobilités',
].join('\n');

/** Picks a file with the element's own file input, as an author would, once the element has rendered. */
const pickFile = (file: () => File) => (element: Element | undefined) => {
  if (!element) return;
  void (element as Element & { updateComplete: Promise<unknown> }).updateComplete.then(() => {
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(file());
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
};

/** A draft kept by a previous visit, under a key of its own so the story never touches a real draft. */
const STORED_KEY = 'boite-a-idees:histoire:brouillon';
const at = (iso: string) => new Date(iso).getTime();
const storedDraft = (options: { failedAt?: number }) => async (): Promise<Loaded> => {
  const text = await fetchText(RESTITUTION_URL);
  localStorage.setItem(STORED_KEY, JSON.stringify({ format: 'boite-a-idees:brouillon', text, savedAt: at('2026-03-14T10:05:00'), tab: 'histoire' }));
  localStorage.setItem(
    `${STORED_KEY}:precedents`,
    JSON.stringify([
      { text: 'Atelier Logement :\nComment agir ?\n\nChantier - "Une première version"\nEnjeu\n- à compléter', savedAt: at('2026-03-13T17:40:00') },
      { text: 'Notes de la rencontre, à trier.', savedAt: at('2026-03-12T09:15:00') },
    ]),
  );
  if (options.failedAt) localStorage.setItem(`${STORED_KEY}:echec`, String(options.failedAt));
  else localStorage.removeItem(`${STORED_KEY}:echec`);
  return {};
};

/** Pastes the loaded text as an author would (one `input` event) and waits until the checks followed. */
const pasteLoaded = async ({ canvasElement, loaded }: { canvasElement: HTMLElement; loaded?: Loaded }) => {
  const element = canvasElement.querySelector('atelier-boite');
  if (!element) throw new Error('no <atelier-boite> in the story');
  await element.updateComplete;
  const field = element.shadowRoot!.querySelector('textarea')!;
  const changed = new Promise((resolve) => element.addEventListener('atelier-boite-change', resolve, { once: true }));
  field.value = loaded?.text ?? '';
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await changed;
};

const meta = {
  title: 'Authoring/atelier-boite',
  component: 'atelier-boite',
  // Its docs page is stories/atelier-boite.mdx: one authoring page on the page, and a link to each state.
  tags: ['!autodocs'],
  // Stories keep no draft (an empty storage-key), so each one starts as it says.
  args: { ...frameArgs, 'example-src': RESTITUTION_URL, 'storage-key': '', 'heading-level': 2 },
  argTypes: {
    'example-src': { control: 'text' },
    // No control: a draft kept or not, and the pause before the checks, show nothing in a story.
    'storage-key': { description: 'Where the draft is kept (`localStorage`); empty in the stories: no draft.' },
    'heading-level': { control: 'select', options: [1, 2, 3, 4, 5, 6] },
    ...withoutControls('headingLevel', 'exampleSrc', 'storageKey', 'schemaUrl', 'value', 'currentDocument', 'errorCount'),
    ...frameArgTypes,
  },
  // The page always shows its text field (it takes the focus); its alert shows beside the draft.
  parameters: {
    alertBesideData: true,
    shows: { focus: true },
    docs: {
      description: {
        component:
          'The authoring page of the idea box (`demo/atelier.html`, built apart by `npm run build:atelier`): paste a restitution text or a JSON document, see the real `<boite-a-idees>`, jump to each problem, download `chantiers.json`.',
      },
    },
  },
  render: (args, { loaded }) => atelier(args, (loaded as Loaded | undefined)?.text),
} satisfies Meta<AtelierArgs>;
export default meta;

/** A story whose messages are few or none: the messages panel never reaches a height to cap. */
const shortReport = withoutControls('--boite-report-height');

export const Empty: Story = {
  render: (args) => atelier(args),
  // No preview yet: nothing whose colours follow the scheme.
  argTypes: { ...shortReport, ...withoutControls('color-scheme') },
  parameters: { docs: { description: { story: 'Nothing pasted yet: the field, the actions, and where the preview will show.' } } },
};

export const SeedTextPasted: Story = {
  name: 'Seed restitution pasted',
  loaders: [restitutionLoader],
  render: (args) => atelier(args),
  play: pasteLoaded,
  parameters: {
    docs: {
      description: {
        story:
          'data/restitution.txt pasted: the line counts, the line to check (the misplaced "Thématique : Logement" header) and the three chantiers.',
      },
    },
  },
};

export const BrokenJson: Story = {
  name: 'JSON with a wrong type',
  argTypes: shortReport,
  loaders: [jsonLoader({ document: (document) => (document.chantiers[1].freins.items[0] = 4242) })],
  parameters: {
    ...errorState,
    docs: { description: { story: 'The seed with a number at `chantiers[1].freins.items[0]`: the message names the path and the line.' } },
  },
};

export const JsonSyntaxError: Story = {
  name: 'JSON syntax error',
  argTypes: shortReport,
  loaders: [jsonLoader({ text: (text) => text.replace('"version": 1,', '"version": 1') })],
  parameters: {
    ...errorState,
    docs: { description: { story: 'The seed with a comma missing after `"version": 1`: the message gives the line and column.' } },
  },
};

export const English: Story = {
  args: { lang: 'en' },
  loaders: [restitutionLoader],
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { look: 'narrow' },
  loaders: [restitutionLoader],
};

export const Dark: Story = {
  args: { look: 'dark' },
  argTypes: shortReport,
  loaders: [jsonLoader({ document: (document) => (document.chantiers[1].freins.items[0] = 4242) })],
  parameters: errorState,
};

export const LinesReportedAndToCheck: Story = {
  name: 'Lines reported and to check',
  render: (args) => atelier(args, OFFICER_TEXT),
  parameters: {
    docs: {
      description: {
        story:
          'A restitution typed the way officers type it: the lines the importer could not place (a note before the first chantier, an unknown heading and its list) and those it placed on a guess (a workshop without its colon, a misspelt heading, a line under a bullet), grouped by cause, each with what to do.',
      },
    },
  },
};

export const FileError: Story = {
  name: 'A file that cannot be read',
  argTypes: shortReport,
  render: (args) =>
    atelier(
      args,
      '',
      pickFile(() => new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504), ...[...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0])])], 'restitution.docx')),
    ),
  parameters: {
    ...errorState,
    docs: { description: { story: 'A password-protected .docx: the alert says what to do, and the draft is left as it was.' } },
  },
};

export const RestoredDraft: Story = {
  name: 'Draft restored after a reload',
  args: { 'storage-key': STORED_KEY },
  loaders: [storedDraft({})],
  render: (args) => atelier(args),
  parameters: {
    docs: {
      description: {
        story: 'The page reloaded: the draft kept in this browser is back, with its date, and the texts that actions replaced are listed under « Brouillons précédents ».',
      },
    },
  },
};

export const OlderDraftRestored: Story = {
  name: 'Draft restored, older than the last changes',
  args: { 'storage-key': STORED_KEY },
  loaders: [storedDraft({ failedAt: at('2026-03-14T11:30:00') })],
  render: (args) => atelier(args),
  parameters: {
    ...errorState,
    docs: { description: { story: 'The browser’s storage was full after 10:05: the page says the restored draft is older than the author’s last changes.' } },
  },
};

export const DownloadConfirmation: Story = {
  name: 'Download asks first',
  render: (args) => atelier(args, OFFICER_TEXT),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('atelier-boite')!;
    await element.updateComplete;
    const download = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.classList.contains('download'))!;
    download.click();
  },
  parameters: {
    docs: { description: { story: 'Lines are reported and to check: « Télécharger le JSON » first says what is at stake.' } },
  },
};
