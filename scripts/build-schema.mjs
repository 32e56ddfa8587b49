// Writes data/chantiers.schema.json from the valibot schema in src/model/schema.ts, the single source of
// the types, the validation and this file. `--check` fails instead when the committed file is stale.
import { toJsonSchema } from '@valibot/to-json-schema';
import { readFile, writeFile } from 'node:fs/promises';
import { loadTs } from './load-ts.mjs';

const target = new URL('../data/chantiers.schema.json', import.meta.url);
const model = await loadTs(new URL('../src/model/schema.ts', import.meta.url).pathname);

const schema = toJsonSchema(model.DocumentSchema, {
  target: 'draft-07',
  errorMode: 'ignore', // the object-only guards (`v.custom`) have no JSON Schema form; `type: object` says it
  // Named definitions keep the file readable and give the recursion of nested lists a name.
  definitions: {
    Chantier: model.ChantierSchema,
    Section: model.SectionSchema,
    Gouvernance: model.GouvernanceSchema,
    Item: model.ItemUnionSchema,
    NestedItem: model.NestedItemSchema,
    Suivi: model.SuiviSchema,
    Statut: model.StatutSchema,
  },
});
const text = `${JSON.stringify(
  {
    title: "Boîte à idées : document de chantiers",
    description: "Une rencontre, ses chantiers (projets imaginés en atelier) et le glossaire des sigles. Voir data/README.md.",
    ...schema,
  },
  null,
  2,
)}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error('data/chantiers.schema.json is out of date with src/model/schema.ts: run `npm run schema`.');
    process.exit(1);
  }
  console.log('data/chantiers.schema.json matches src/model/schema.ts');
} else {
  await writeFile(target, text);
  console.log('wrote data/chantiers.schema.json');
}
