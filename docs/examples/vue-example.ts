// Vue 3: `:data.prop` sets the property, `@boite-a-idees-filter` listens to the event. Tell Vue's template
// compiler which tags are custom elements (in a .vue project: the `compilerOptions` of @vitejs/plugin-vue;
// with templates compiled in the browser, as here: `app.config.compilerOptions`, and Vite's alias of
// `vue` to `vue/dist/vue.esm-bundler.js`).
import { createApp, defineComponent, ref, type App, type PropType } from 'vue';
import 'boite-a-idees/define.js'; // registers the elements (once, anywhere before they render)
import type { BoiteAIdeesFilterEvent, ChantierCardLoadEvent, IdeaBoxDocument } from 'boite-a-idees';

const TAGS = ['boite-a-idees', 'chantier-card', 'freins-list', 'gouvernance-table'];

export const IdeaBoxView = defineComponent({
  props: {
    document: { type: Object as PropType<IdeaBoxDocument>, required: true },
    src: { type: String, required: true },
  },
  setup() {
    const filter = ref('');
    const loaded = ref('');
    return {
      filter,
      loaded,
      onFilter: (event: BoiteAIdeesFilterEvent) => (filter.value = `${event.shown} chantier(s) pour « ${event.query} »`),
      onLoad: (event: ChantierCardLoadEvent) => (loaded.value = event.value.titre),
    };
  },
  template: `
    <section>
      <boite-a-idees :data.prop="document" heading-level="2" @boite-a-idees-filter="onFilter"></boite-a-idees>
      <p class="filter-summary">{{ filter }}</p>
    </section>
    <section>
      <chantier-card :src="src" chantier="sante-creer-reseau-vigilance" collapsible heading-level="2"
        @chantier-card-load="onLoad"></chantier-card>
      <p class="load-summary">{{ loaded && 'Chargé : ' + loaded }}</p>
    </section>`,
});

export function mountVue(container: Element, document: IdeaBoxDocument, src: string): App {
  const app = createApp(IdeaBoxView, { document, src });
  app.config.compilerOptions.isCustomElement = (tag) => TAGS.includes(tag);
  app.mount(container);
  return app;
}
