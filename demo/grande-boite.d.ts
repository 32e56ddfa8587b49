import type { IdeaBoxDocument } from '../src/model/types.js';

/** A document of `count` chantiers (default 30) made from the seed's three, each with its own id and title. */
export function grandeBoite(seed: IdeaBoxDocument, count?: number): IdeaBoxDocument;
