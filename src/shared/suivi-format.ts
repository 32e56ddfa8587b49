/** Dates and percentages of a follow-up, as the interface's language writes them. */
import type { Lang } from './labels.js';

/** `12 mars 2025` / `March 12, 2025` for an ISO date, read as a calendar day (never shifted by a time zone). */
export const formatDate = (date: string, lang: Lang): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

export const formatPercent = (value: number, lang: Lang): string =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
