// React 19 passes objects to custom elements as properties (`data={…}`) and listens to their events with
// `on` + the event's name (`onboite-a-idees-filter`): no wrapper, no ref needed.
import { useState, type HTMLAttributes, type RefAttributes } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import 'boite-a-idees/define.js'; // registers the elements (once, anywhere before they render)
import type {
  BoiteAIdeesElement,
  BoiteAIdeesFilterEvent,
  ChantierCardElement,
  ChantierCardLoadEvent,
  IdeaBoxDocument,
} from 'boite-a-idees';

// The tags for TypeScript's JSX (once per project, e.g. in a .d.ts file).
type ElementProps<E> = HTMLAttributes<E> & RefAttributes<E>;
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'boite-a-idees': ElementProps<BoiteAIdeesElement> & {
        data?: IdeaBoxDocument;
        src?: string;
        'heading-level'?: number;
        'onboite-a-idees-filter'?: (event: BoiteAIdeesFilterEvent) => void;
      };
      'chantier-card': ElementProps<ChantierCardElement> & {
        src?: string;
        chantier?: string;
        collapsible?: boolean;
        'heading-level'?: number;
        'onchantier-card-load'?: (event: ChantierCardLoadEvent) => void;
      };
    }
  }
}

/** The whole idea box from data the application already has, and what the visitor filtered. */
export function IdeaBox({ document }: { document: IdeaBoxDocument }) {
  const [filter, setFilter] = useState('');
  return (
    <section>
      <boite-a-idees
        data={document}
        heading-level={2}
        onboite-a-idees-filter={(event) => setFilter(`${event.shown} chantier(s) pour « ${event.query} »`)}
      />
      <p className="filter-summary">{filter}</p>
    </section>
  );
}

/** One chantier that the card loads itself, and its title once loaded. */
export function OneChantier({ src, id }: { src: string; id: string }) {
  const [loaded, setLoaded] = useState('');
  return (
    <section>
      <chantier-card src={src} chantier={id} collapsible heading-level={2} onchantier-card-load={(event) => setLoaded(event.value.titre)} />
      <p className="load-summary">{loaded && `Chargé : ${loaded}`}</p>
    </section>
  );
}

export function mountReact(container: Element, document: IdeaBoxDocument, src: string): Root {
  const root = createRoot(container);
  root.render(
    <>
      <IdeaBox document={document} />
      <OneChantier src={src} id="sante-creer-reseau-vigilance" />
    </>,
  );
  return root;
}
