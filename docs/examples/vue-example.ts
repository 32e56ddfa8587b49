// Vue 3: mount the component where the application wants the idea box (main.ts of a Vite project).
import { createApp, type App } from 'vue';
import type { IdeaBoxDocument } from 'boite-a-idees';
import IdeaBoxView from './IdeaBoxView.vue';

export function mountVue(container: Element, document: IdeaBoxDocument, src: string): App {
  const app = createApp(IdeaBoxView, { document, src });
  app.mount(container);
  return app;
}
