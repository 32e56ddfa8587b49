// A large idea box for the demo, the stories and the tests of the overview: the seed's three chantiers
// repeated (Logement, Emploi, Santé in turn), each copy with its own id and a numbered title, under a
// meeting title that says so. No text is invented: a real restitution of 30 chantiers would read the same.

/**
 * A document of `count` chantiers made from the seed's (`data/chantiers.json`): copy k of a chantier gets
 * the id `<id>-<k>` and the title `<titre> (exemple k)`; the glossary is the seed's.
 */
export function grandeBoite(seed, count = 30) {
  const chantiers = Array.from({ length: count }, (_, index) => {
    const base = seed.chantiers[index % seed.chantiers.length];
    const k = index + 1;
    return { ...base, id: `${base.id}-${k}`, titre: `${base.titre} (exemple ${k})` };
  });
  const rencontre = {
    ...seed.rencontre,
    intitule: `Démonstration : ${count} chantiers, les trois de la rencontre répétés`,
  };
  return { ...seed, rencontre, chantiers };
}
