/**
 * The box's place in the page's URL (src/boite-a-idees/view-state.ts): it reads and writes its own keys
 * only, and every other byte of the URL stays as the host wrote it.
 */
import { expect } from '@open-wc/testing';
import { readView, serverPermalink, writeView } from '../src/boite-a-idees/view-state.js';
import { EMPTY_VIEW } from '../src/boite-a-idees/view.js';

const BASE = 'https://mairie.example/vie-citoyenne/boite.php';
const view = (query: string, themes: string[] = [], chantier?: string) => ({ query, themes, chantier, full: false });

describe('view-state: the URL belongs to the host', () => {
  it('adds its keys to the query and keeps the host\'s parameters and anchor byte for byte', () => {
    const host = `${BASE}?page_id=12&utm_source=lettre%20info&tri=a+b&&vide=&x=%2F%C3%A9#contact`;
    const written = writeView(host, 'boite', 'query', view('logement', ['logement', 'sante']))!;
    expect(written).to.equal(`${BASE}?page_id=12&utm_source=lettre%20info&tri=a+b&&vide=&x=%2F%C3%A9&boite.q=logement&boite.themes=logement,sante#contact`);
    expect(readView(written, 'boite', 'query')).to.deep.equal(view('logement', ['logement', 'sante']));
    // Back to the empty view: exactly the host's URL again.
    expect(writeView(written, 'boite', 'query', EMPTY_VIEW)).to.equal(host);
  });

  it('keeps a hash route and an empty "?" or "#" as they are', () => {
    for (const host of [`${BASE}#/projets/discriminations`, `${BASE}?#/projets/discriminations`, `${BASE}?`, `${BASE}#`, `${BASE}?a=1#`]) {
      const written = writeView(host, 'boite', 'query', view('emploi'))!;
      expect(written.split('#')[1], host).to.equal(host.split('#')[1]);
      // A "?" with nothing after it is where the box wrote, and it goes with the box's keys.
      expect(writeView(written, 'boite', 'query', EMPTY_VIEW), host).to.equal(host.replace(/\?(?=#|$)/, ''));
      expect(writeView(host, 'boite', 'query', EMPTY_VIEW), 'nothing to write: unchanged').to.equal(host);
    }
  });

  it('rewrites its own keys in place and changes no other box\'s', () => {
    const url = `${BASE}?nord.q=sante&boite.themes=emploi&sud.q=logement&boite.q=jeunes`;
    expect(writeView(url, 'boite', 'query', view('réseau', ['emploi']))).to.equal(
      `${BASE}?nord.q=sante&boite.themes=emploi&sud.q=logement&boite.q=r%C3%A9seau`,
    );
    expect(writeView(url, 'sud', 'query', EMPTY_VIEW)).to.equal(`${BASE}?nord.q=sante&boite.themes=emploi&boite.q=jeunes`);
    expect(readView(url, 'nord', 'query')).to.deep.equal(view('sante'));
    expect(readView(url, 'ouest', 'query'), 'none of its keys').to.equal(undefined);
  });

  it('writes in the fragment only when the fragment is made of parameters', () => {
    expect(writeView(BASE, 'boite', 'fragment', view('logement'))).to.equal(`${BASE}#boite.q=logement`);
    expect(writeView(`${BASE}#nord.q=x`, 'boite', 'fragment', view('a b'))).to.equal(`${BASE}#nord.q=x&boite.q=a+b`);
    expect(writeView(`${BASE}#contact`, 'boite', 'fragment', view('logement')), 'an anchor').to.equal(undefined);
    expect(writeView(`${BASE}#/projets?tri=date`, 'boite', 'fragment', view('logement')), 'a route').to.equal(undefined);
    expect(writeView(BASE, 'boite', 'none', view('logement'))).to.equal(undefined);
  });

  it('reads a link written for the other place, and moves the keys to its own place', () => {
    const old = `${BASE}?page=2#boite.chantier=sante-creer-reseau-vigilance`;
    expect(readView(old, 'boite', 'query')).to.deep.equal(view('', [], 'sante-creer-reseau-vigilance'));
    expect(writeView(old, 'boite', 'query', view('vigilance'))).to.equal(`${BASE}?page=2&boite.q=vigilance`);
    expect(readView(`${BASE}?boite.q=a#boite.q=b`, 'boite', 'query')!.query, 'its own place first').to.equal('a');
    expect(readView(`${BASE}?boite.q=a`, 'boite', 'none')).to.equal(undefined);
  });

  it('writes what it reads back, apostrophes, commas and spaces included', () => {
    for (const query of ["l'emploi des jeunes", 'santé, logement', '100 % & plus', '#/?=']) {
      const written = writeView(`${BASE}#contact`, 'boite', 'query', view(query))!;
      // The URL the browser keeps is the one written (no re-encoding on its side).
      expect(new URL(written).href).to.equal(written);
      expect(readView(written, 'boite', 'query')!.query).to.equal(query);
    }
  });

  it('writes any text without throwing, a lone surrogate included', () => {
    const written = writeView(BASE, 'boite', 'query', view('a\uD800b'))!;
    expect(readView(written, 'boite', 'query')!.query).to.equal('a\uFFFDb');
  });

  it('reads only what a view can use of a huge value, an escape cut in the middle included', () => {
    const huge = `${BASE}?boite.q=${'%C3%A9'.repeat(100_000)}`;
    expect(readView(huge, 'boite', 'query')!.query).to.equal('é'.repeat(200));
  });

  it('reads a crafted link without throwing: malformed escapes count for nothing', () => {
    expect(readView(`${BASE}?boite.q=%E0%A4%A&boite.themes=emploi`, 'boite', 'query')).to.deep.equal(view('', ['emploi']));
    expect(readView(`${BASE}?%ZZ=1&boite.q=ok`, 'boite', 'query')!.query).to.equal('ok');
  });

  it('links from a server by the fragment, with the box\'s own key', () => {
    expect(serverPermalink('idees', 'emploi-lutter-discriminations-jeunes')).to.equal('#idees.chantier=emploi-lutter-discriminations-jeunes');
  });
});
