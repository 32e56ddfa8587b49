/** The data types of an idea box document, inferred from the one schema so they cannot drift from it. */
import type * as v from 'valibot';
import type {
  ChantierSchema,
  CritereSchema,
  EtapeSchema,
  StatutSchema,
  SuiviSchema,
  DocumentSchema,
  GouvernanceSchema,
  RencontreSchema,
  RoleSchema,
  SectionSchema,
  SigleSchema,
} from './schema.js';

export type { Item, NestedItem, ExpectationCode } from './schema.js';

/** The whole idea box: the meeting, its chantiers and a glossary of the acronyms they use. */
export type IdeaBoxDocument = v.InferOutput<typeof DocumentSchema>;
/** One project imagined in a workshop. */
export type Chantier = v.InferOutput<typeof ChantierSchema>;
/** A paragraph, a list, or a paragraph introducing a list. */
export type Section = v.InferOutput<typeof SectionSchema>;
/** "Qui fait quoi": named roles (table rows) and free notes. */
export type Gouvernance = v.InferOutput<typeof GouvernanceSchema>;
export type Role = v.InferOutput<typeof RoleSchema>;
export type Rencontre = v.InferOutput<typeof RencontreSchema>;
export type Sigle = v.InferOutput<typeof SigleSchema>;
/** What became of a chantier: status, progress, carrier, last update, dated steps, criteria met. */
export type Suivi = v.InferOutput<typeof SuiviSchema>;
/** One dated step of a chantier's follow-up. */
export type Etape = v.InferOutput<typeof EtapeSchema>;
/** Whether one success criterion is met (`oui`, `en partie`, `non`), with an optional note. */
export type Critere = v.InferOutput<typeof CritereSchema>;
/** One status of a document's follow-up: `{ cle, libelle, progression? }`. */
export type Statut = v.InferOutput<typeof StatutSchema>;
