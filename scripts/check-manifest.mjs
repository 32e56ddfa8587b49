// Fails (exit 1) when the docs drift from the code:
// 1. the committed custom-elements.json differs from a fresh analysis of src/ (run `npm run analyze`);
// 2. a custom element of the manifest has no stories/<tag>.stories.ts;
// 3. a stories/*.stories.ts module is not listed in STORY_MODULES of test/story-harness.ts (so its stories would go untested);
// 4. a documented CSS part has no picture in stories/assets/parts/ (the Introduction shows where each part is).
// The analysis runs in memory with custom-elements-manifest.config.mjs; nothing is written.
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const problems = [];

const fresh = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
const freshText = `${JSON.stringify(fresh, null, 2)}\n`;
const committedPath = `${root}custom-elements.json`;
const committedText = existsSync(committedPath) ? readFileSync(committedPath, 'utf8') : '';
if (committedText !== freshText) {
  const committedLines = committedText.split('\n');
  const freshLines = freshText.split('\n');
  const line = freshLines.findIndex((text, index) => text !== committedLines[index]);
  problems.push(
    committedText
      ? `custom-elements.json is out of date with src/ (first difference at line ${line + 1}:\n` +
          `    committed: ${committedLines[line]?.trim() ?? '(end of file)'}\n` +
          `    fresh:     ${freshLines[line]?.trim() ?? '(end of file)'}\n` +
          `  ) — run \`npm run analyze\` and commit custom-elements.json.`
      : 'custom-elements.json is missing — run `npm run analyze` and commit it.',
  );
}

const tags = fresh.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => declaration.tagName),
);
const storyFiles = readdirSync(`${root}stories`).filter((name) => name.endsWith('.stories.ts'));
for (const tag of tags) {
  if (!storyFiles.includes(`${tag}.stories.ts`)) {
    problems.push(`<${tag}> has no stories: add stories/${tag}.stories.ts (see stories/chantier-card.stories.ts).`);
  }
}

const storiesTest = readFileSync(`${root}test/story-harness.ts`, 'utf8');
for (const file of storyFiles) {
  const module = `../stories/${file.replace(/\.ts$/, '.js')}`;
  if (!storiesTest.includes(`'${module}'`) || !storiesTest.includes(`'stories/${file}':`)) {
    problems.push(`stories/${file} is not tested: add \`import * as … from '${module}';\` to STORY_MODULES in test/story-harness.ts.`);
  }
}

// 4. every documented part has its picture for the Introduction (stories/assets/parts, npm run pictures).
for (const element of fresh.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement)) {
  for (const part of element.cssParts ?? []) {
    if (!existsSync(`${root}stories/assets/parts/${element.tagName}--${part.name}.png`)) {
      problems.push(`${element.tagName}::part(${part.name}) has no picture: npm run build-storybook && npm run pictures (then look at stories/assets/parts/).`);
    }
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`check-manifest: ${problem}`);
  process.exit(1);
}
console.log(`check-manifest: custom-elements.json is current; ${tags.length} elements, ${storyFiles.length} stories files, all tested.`);
