import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The workshop is not in the embed bundle (src/define.ts): its stories register it themselves.
import '../src/atelier-boite/define.js';
import type { IdeaBoxDocument } from '../src/model/types.js';
import { frame, frameArgs, frameArgTypes, withoutControls, type FrameArgs } from './support/frame.js';
import { exampleLoader, seedLoader } from './support/seed.js';
import { errorState } from './support/story-state.js';

interface SuiviArgs extends FrameArgs {
  'heading-level'?: number;
  onAtelierSuiviMerge?: (event: Event) => void;
}
type Story = StoryObj<SuiviArgs>;
type Loaded = { seed?: IdeaBoxDocument; example?: IdeaBoxDocument };

const atelierSuivi = (args: SuiviArgs, document?: IdeaBoxDocument) =>
  frame(
    args,
    html`<atelier-suivi
      heading-level=${ifDefined(args['heading-level'])}
      color-scheme=${ifDefined(args['color-scheme'] || undefined)}
      design=${ifDefined(args.design || undefined)}
      .document=${document}
      @atelier-suivi-merge=${args.onAtelierSuiviMerge}
    ></atelier-suivi>`,
  );

/** A spreadsheet as the author opens it: the file's bytes (a Windows-1252 file needs `latin1`). */
const opening =
  (name: string, content: string | Uint8Array<ArrayBuffer>) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = canvasElement.querySelector('atelier-suivi');
    if (!element) throw new Error('no <atelier-suivi> in the story');
    await element.openFile(new File([content], name, { type: 'text/csv' }));
    await element.updateComplete;
  };

/** Invented rows for the seed's chantiers, as a spreadsheet saved in UTF-8 (the seed itself has no follow-up). */
const SEED_ROWS = [
  'id;statut;progression;porteur;date;etape;critère 1;critère 2;critère 3',
  "logement-acces-equitable;En cours;35 %;Service habitat de l'intercommunalité;04/06/2026;Deuxième réunion, ouverte aux propriétaires;en partie : deux réunions sur trois;non;oui",
  'sante-creer-reseau-vigilance;en cours;60;Contrat local de santé;2026-04-28;Première rencontre du réseau;non;oui;en partie',
].join('\n');

const meta = {
  title: 'Authoring/atelier-suivi',
  component: 'atelier-suivi',
  // Its docs page is stories/atelier-suivi.mdx: one section on the page (one region of its name), and a
  // link to each state.
  tags: ['!autodocs'],
  args: { ...frameArgs, 'heading-level': 3 },
  argTypes: {
    'heading-level': { control: 'select', options: [1, 2, 3, 4, 5, 6] },
    ...withoutControls('headingLevel', 'document'),
    ...frameArgTypes,
  },
  parameters: {
    // No colour of its own but its alert's border (the text, borders and buttons take the page's colour):
    // the colour scheme acts only where the alert shows ("Error: bytes that are not text").
    onlyWithoutData: ['color-scheme'],
    docs: {
      description: {
        component:
          'In the authoring page, under the checks of `<atelier-boite>`: open the CSV of a follow-up spreadsheet, see each row merged or reported and what changes per chantier, then merge it into the document.',
      },
    },
  },
  loaders: [seedLoader],
  render: (args, { loaded }) => atelierSuivi(args, (loaded as Loaded).seed),
} satisfies Meta<SuiviArgs>;
export default meta;

export const Ready: Story = {
  parameters: { docs: { description: { story: 'A valid document (the seed): the button to open a sheet.' } } },
};

export const WithoutDocument: Story = {
  name: 'No valid document yet',
  render: (args) => atelierSuivi(args),
  parameters: { docs: { description: { story: 'The draft has errors or is empty: the section says what the merge needs.' } } },
};

export const Preview: Story = {
  name: 'Preview before merging',
  play: opening('suivi.csv', SEED_ROWS),
  parameters: {
    docs: { description: { story: 'Two rows for the seed: the counts, then per chantier the status, progress, last update and new steps; "Fusionner" applies them.' } },
  },
};

export const Reported: Story = {
  name: 'Rows reported',
  play: opening(
    'suivi.csv',
    `${SEED_ROWS}\nlogement-acces-equitabl;en cours;;;2026-06-05;Faute de frappe\nsante-creer-reseau-vigilance;terminé;;;31/02/2026;Date impossible`,
  ),
  parameters: { docs: { description: { story: 'A mistyped id (with the closest one) and a row with an unknown status: each reported with its line.' } } },
};

export const Windows1252: Story = {
  name: 'Windows-1252 file',
  play: opening('suivi.csv', Uint8Array.from(SEED_ROWS.replace(/’/g, "'"), (character) => character.charCodeAt(0))),
  parameters: { docs: { description: { story: 'The same rows saved by Excel on a French Windows: read as Windows-1252, accents intact.' } } },
};

export const NotText: Story = {
  name: 'Error: bytes that are not text',
  play: opening('suivi.csv', new Uint8Array([0x69, 0x64, 0x3b, 0x64, 0x61, 0x74, 0x65, 0x0a, 0x81, 0x82])),
  parameters: { ...errorState, docs: { description: { story: 'Bytes that are neither UTF-8 nor Windows-1252: nothing is merged, the alert names the line.' } } },
};

export const CustomStatuses: Story = {
  name: "The example's own document",
  loaders: [exampleLoader],
  render: (args, { loaded }) => atelierSuivi(args, (loaded as Loaded).example),
  play: opening('suivi.csv', 'id;statut;date;etape\nsport-clubs-ouverts;En cours;2026-09-01;Subvention renouvelée, projet relancé'),
  parameters: { docs: { description: { story: 'data/exemple-suivi.json: the suspended chantier taken up again; its criteria stay.' } } },
};

export const English: Story = {
  args: { lang: 'en' },
  play: opening('suivi.csv', SEED_ROWS),
};

export const Merged: Story = {
  name: 'Merged',
  play: async (context) => {
    await opening('suivi.csv', SEED_ROWS)(context);
    const element = context.canvasElement.querySelector('atelier-suivi')!;
    const merge = [...element.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Fusionner dans le document');
    if (!merge) throw new Error('no "Fusionner dans le document" button');
    merge.click();
    await element.updateComplete;
  },
  parameters: {
    docs: { description: { story: '"Fusionner" pressed: `atelier-suivi-merge` carries the merged document (the workshop takes it as its new draft).' } },
  },
};
