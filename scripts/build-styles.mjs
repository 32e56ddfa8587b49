// dist/styles/<tag>.css: each element's style sheet, for pages rendered on the server with linked styles
// (`npm run render`, `renderIdeaBox(document, { styles: '/assets/styles/' })`). A shadow root that links its
// sheet holds under `style-src 'self'`, where the inline <style> Lit renders would be blocked (SECURITY.md).
// The text is the element's own `static styles`, read from the same sources the server renders with.
// Part of `npm run build` (after `vite build`, which empties dist/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadRenderer } from './render.mjs';

const outDir = new URL('../dist/styles/', import.meta.url);
const ssr = await loadRenderer();
mkdirSync(outDir, { recursive: true });
const sheets = Object.entries(ssr.elementStylesheets());
for (const [tag, css] of sheets) writeFileSync(new URL(`${tag}.css`, outDir), `${css}\n`);
console.log(`wrote dist/styles/: ${sheets.map(([tag]) => `${tag}.css`).join(', ')}`);
