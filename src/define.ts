// Registers every element of boite-a-idees; the entry of the embed bundle (dist/boite-a-idees.js).
// It exports nothing: a page's <script type="module"> only needs the tags, and re-exporting the whole API
// (classes, events, parser) would keep all of it in the bundle. The API is `boite-a-idees` (src/index.ts).
import './chantier-card/define.js';
import './freins-list/define.js';
import './gouvernance-table/define.js';
import './boite-a-idees/define.js';
