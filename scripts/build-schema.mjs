// Writes data/chantiers.schema.json and src/model/schema.checks.ts (the browser's validators, see
// scripts/schema-checks.mjs) from the valibot schema in src/model/schema.ts, the single source of the types,
// the validation and these files. `--check` fails instead when a committed file is stale.
import { toJsonSchema } from '@valibot/to-json-schema';
import { readFile, writeFile } from 'node:fs/promises';
import { loadTs } from './load-ts.mjs';
import { generateChecks } from './schema-checks.mjs';

const target = new URL('../data/chantiers.schema.json', import.meta.url);
const checksTarget = new URL('../src/model/schema.checks.ts', import.meta.url);
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

const outputs = [
  { file: target, name: 'data/chantiers.schema.json', text },
  { file: checksTarget, name: 'src/model/schema.checks.ts', text: generateChecks(model) },
];
if (process.argv.includes('--check')) {
  let stale = false;
  for (const output of outputs) {
    const committed = await readFile(output.file, 'utf8').catch(() => '');
    if (committed === output.text) continue;
    console.error(`${output.name} is out of date with src/model/schema.ts: run \`npm run schema\`.`);
    stale = true;
  }
  if (stale) process.exit(1);
  console.log(`${outputs.map((output) => output.name).join(' and ')} match src/model/schema.ts`);
} else {
  for (const output of outputs) {
    await writeFile(output.file, output.text);
    console.log(`wrote ${output.name}`);
  }
}
