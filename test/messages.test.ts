/** The failure messages' French: "de" contracted before "le", a capital where the place starts a sentence. */
import { expect } from '@open-wc/testing';
import { describeLoadError } from '../src/shared/messages.js';

describe('describeLoadError', () => {
  it('says "du JSON intégré", never "de le JSON"', () => {
    const invalid = describeLoadError({ origin: 'inline', kind: 'invalid', errors: [], count: 0 }, 'fr');
    expect(invalid).to.equal('Les données du JSON intégré à la page ne respectent pas le format :');
    expect(describeLoadError({ origin: 'inline', kind: 'unchecked' }, 'fr')).to.match(/^Les données du JSON intégré à la page n'ont pas pu/);
    expect(describeLoadError({ origin: 'src', kind: 'unchecked' }, 'fr')).to.match(/^Les données de la propriété JavaScript n'ont/);
  });

  it('starts a sentence with a capital, and leaves an address as it is', () => {
    expect(describeLoadError({ origin: 'inline', kind: 'empty' }, 'fr')).to.equal('Le JSON intégré à la page est vide.');
    expect(describeLoadError({ origin: 'inline', kind: 'empty' }, 'en')).to.equal('The JSON embedded in the page is empty.');
    expect(describeLoadError({ origin: 'src', kind: 'empty', url: 'https://ville.example/idees.json' }, 'fr')).to.equal(
      'https://ville.example/idees.json est vide.',
    );
  });
});
