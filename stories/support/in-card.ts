/**
 * A `<chantier-card>` around the element of a story (`<freins-list>`, `<gouvernance-table>`): the card
 * renders that element itself and provides it the chantier, so the story's source, chantier and look
 * attributes go to the card.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { frame, type FrameArgs } from './frame.js';

export const inCard = (args: FrameArgs & { src?: string; chantier?: string; highlight?: string }) =>
  frame(
    args,
    html`<chantier-card
      src=${ifDefined(args.src || undefined)}
      chantier=${ifDefined(args.chantier || undefined)}
      color-scheme=${ifDefined(args['color-scheme'] || undefined)}
      design=${ifDefined(args.design || undefined)}
      highlight=${ifDefined(args.highlight || undefined)}
    ></chantier-card>`,
  );

/** The parameters of such a story: the card's variables act too. */
export const inCardParameters = { contains: ['chantier-card'] };

/**
 * A story of the element in a card whose `highlight` marks words inside it (the card passes its search
 * terms on). The story writes its `name` itself: Storybook's index reads it from the export's own object.
 */
export const inHighlightedCard = (highlight: string, description: string, argTypes: Record<string, { control: false }> = {}) => ({
  args: { highlight },
  argTypes: { highlight: { control: 'text' as const }, ...argTypes },
  render: inCard,
  parameters: { ...inCardParameters, shows: { marks: true }, docs: { description: { story: description } } },
});
