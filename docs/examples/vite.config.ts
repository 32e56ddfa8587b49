// vite.config.ts of a Vue project (as `npm create vue` makes it), plus one option: tell Vue's template
// compiler that these tags are custom elements, so it renders them as they are.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const TAGS = ['boite-a-idees', 'chantier-card', 'freins-list', 'gouvernance-table'];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.includes(tag) } } })],
});
