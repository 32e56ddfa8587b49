/**
 * Every story is a test. For each named export of each stories module (test/story-harness.ts lists the
 * modules; scripts/check-manifest.mjs checks that list against stories/), render it as Storybook would,
 * wait until its elements have settled (data from `src` arrived, or the alert or the loading status it
 * promises), and fail when it threw, shows no text, logged an error, is in the wrong state, or breaks an
 * axe rule. Adding a story adds a test.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { CHANTIER_IDS, CHANTIER_THEMES, EXAMPLE_THEMES, exampleLoader, loadSeed } from '../stories/support/seed.js';
import { slugify } from '../src/model/fold.js';
import { STORY_MODULES, alerts, deepText, renderStory, statuses, storiesOf, type RenderedStory } from './story-harness.js';

for (const [file, module] of Object.entries(STORY_MODULES)) {
  const stories = storiesOf(file, module);
  describe(`stories: ${file}`, () => {
    it('has stories', () => {
      expect(stories.length, `${file} exports no story`).to.be.greaterThan(0);
    });

    for (const entry of stories) {
      it(`${entry.exportName} (${entry.state})`, async () => {
        let rendered: RenderedStory | undefined;
        try {
          rendered = await renderStory(entry);
          const { container, errors } = rendered;
          expect(errors, 'errors logged while the story rendered').to.deep.equal([]);
          expect(deepText(container), 'the story shows no text').not.to.equal('');
          const shownAlerts = alerts(container);
          if (entry.state === 'error') {
            expect(shownAlerts.length, 'an error story shows a role="alert"').to.be.greaterThan(0);
            for (const alert of shownAlerts) expect(deepText(alert), 'the alert says what went wrong').not.to.equal('');
          } else {
            expect(shownAlerts.map((alert) => deepText(alert)), 'the story shows an unexpected alert').to.deep.equal([]);
          }
          if (entry.state === 'loading') {
            expect(statuses(container).map((status) => deepText(status)).join(' '), 'a loading story shows its status').not.to.equal('');
          }
          await expect(container).to.be.accessible();
        } finally {
          rendered?.cleanup();
        }
      });
    }
  });
}

describe('stories: the seed', () => {
  it('has one story id per chantier of data/chantiers.json (stories/support/seed.ts)', async () => {
    const seed = await loadSeed();
    expect([...CHANTIER_IDS]).to.deep.equal(seed.chantiers.map((chantier) => chantier.id));
  });

  it('knows the theme of each chantier of the seed, for the accent controls (stories/support/seed.ts)', async () => {
    const seed = await loadSeed();
    expect(CHANTIER_THEMES).to.deep.equal(Object.fromEntries(seed.chantiers.map((chantier) => [chantier.id, slugify(chantier.thematique)])));
  });

  it('knows the theme of each chantier of the follow-up example, for the accent controls (stories/support/seed.ts)', async () => {
    const { example } = await exampleLoader();
    expect(EXAMPLE_THEMES).to.deep.equal(Object.fromEntries(example.chantiers.map((chantier) => [chantier.id, slugify(chantier.thematique)])));
  });
});
