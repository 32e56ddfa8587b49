// `npm start`: builds dist/ as `npm run build` does (`build:dist`: the embed and hydrating bundles, the
// styles, the authoring page and the command line; the embed build empties dist/, so all of them), then
// serves the demo pages on http://127.0.0.1:8080 (PORT to change it). The pages load dist/boite-a-idees.js
// exactly as a town hall's page would.
import { spawnSync } from 'node:child_process';
import { serve } from './serve.mjs';

const build = spawnSync('npm', ['run', 'build:dist', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = Number(process.env.PORT ?? 8080);
const { url } = await serve({ port }).catch((error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is busy: run PORT=8081 npm start` : error.message);
  process.exit(1);
});
console.log(`\nThe idea box:          ${url}/demo/`);
console.log(`Cards one by one:      ${url}/demo/cartes.html`);
console.log(`Authoring workshop:    ${url}/demo/atelier.html`);
console.log('Stop with Ctrl+C.');
