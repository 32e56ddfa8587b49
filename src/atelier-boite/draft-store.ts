/**
 * The authoring page's drafts in this browser's `localStorage`, so that nothing the author wrote is lost:
 *   `KEY`                 the current draft: { text, savedAt, tab }, written as the author types
 *   `KEY:precedents`      the last few drafts an action replaced (example, clear, a paste over everything,
 *                         a file, another tab's version), newest first, restorable after a reload
 *   `KEY:echec`           when the last save failed (storage full): the stored draft is then older than
 *                         what the author had, and the page says so instead of restoring it silently
 * Another tab writing `KEY` is noticed (the `storage` event, and a check before each write): this tab
 * then does not overwrite it until the author chooses.
 */

/** A draft as kept: its text, when it was saved (ms since 1970; 0 for a draft of an older version), by which tab. */
export interface StoredDraft {
  readonly text: string;
  readonly savedAt: number;
  readonly tab?: string;
}

export type SaveOutcome = 'saved' | 'conflict' | 'full' | 'unavailable';

/** How many replaced drafts are kept, and how many characters at most between them (storage is about 5 MB). */
export const HISTORY_LENGTH = 5;
const HISTORY_MAX_CHARACTERS = 1_000_000;
const FORMAT = 'boite-a-idees:brouillon';

const isQuota = (error: unknown) =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);

function parseDraft(raw: string | null): StoredDraft | undefined {
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as { format?: unknown; text?: unknown; savedAt?: unknown; tab?: unknown };
    if (value?.format === FORMAT && typeof value.text === 'string' && typeof value.savedAt === 'number') {
      return { text: value.text, savedAt: value.savedAt, ...(typeof value.tab === 'string' ? { tab: value.tab } : {}) };
    }
  } catch {
    // Not ours: the plain text an earlier version of the page kept.
  }
  return { text: raw, savedAt: 0 };
}

export class DraftStore {
  /** This tab, so that its own writes are told from another tab's. */
  readonly tab = Math.random().toString(36).slice(2, 10);
  /** What this tab last read or wrote under `key`: anything else found there was written by another tab. */
  private known: string | null = null;

  constructor(readonly key: string) {}

  private get storage(): Storage | undefined {
    try {
      return window.localStorage ?? undefined;
    } catch {
      return undefined; // storage disabled (a privacy setting, a sandboxed frame)
    }
  }

  /** The stored draft, and when a save failed after it (so it is older than what the author had). */
  read(): { draft?: StoredDraft; failedAt?: number } {
    try {
      const raw = this.storage?.getItem(this.key) ?? null;
      this.known = raw;
      const failed = Number(this.storage?.getItem(`${this.key}:echec`));
      const draft = parseDraft(raw);
      return { ...(draft && draft.text ? { draft } : {}), ...(failed && (!draft || failed > draft.savedAt) ? { failedAt: failed } : {}) };
    } catch {
      return {};
    }
  }

  /**
   * Keeps `text` as the current draft. `conflict`: another tab wrote since this one last read or wrote, and
   * nothing was written (`force` overwrites it, once the author chose). `full`: the storage refused even
   * after older drafts were given up; the failure is recorded, so that a reload says the draft is older.
   */
  save(text: string, { force = false } = {}): SaveOutcome {
    const storage = this.storage;
    if (!storage) return 'unavailable';
    try {
      const current = storage.getItem(this.key);
      if (!force && current !== this.known && current !== null && parseDraft(current)?.text !== text) return 'conflict';
      if (!text) {
        storage.removeItem(this.key);
        this.known = null;
        return 'saved';
      }
      const raw = JSON.stringify({ format: FORMAT, text, savedAt: Date.now(), tab: this.tab });
      this.write(this.key, raw);
      this.known = raw;
      storage.removeItem(`${this.key}:echec`);
      return 'saved';
    } catch (error) {
      if (!isQuota(error)) return 'unavailable';
      try {
        storage.setItem(`${this.key}:echec`, String(Date.now()));
      } catch {
        // Even a few bytes are refused: the reload will at least not find a newer marker to trust.
      }
      return 'full';
    }
  }

  /** Writes, giving up the oldest replaced drafts one by one while the storage is full. */
  private write(key: string, value: string): void {
    for (;;) {
      try {
        this.storage!.setItem(key, value);
        return;
      } catch (error) {
        const history = this.history();
        if (!isQuota(error) || !history.length || key === `${this.key}:precedents`) throw error;
        this.storage!.setItem(`${this.key}:precedents`, JSON.stringify(history.slice(0, -1)));
      }
    }
  }

  /** The drafts that actions replaced, newest first. */
  history(): StoredDraft[] {
    try {
      const value = JSON.parse(this.storage?.getItem(`${this.key}:precedents`) ?? '[]') as unknown;
      return Array.isArray(value) ? value.filter((entry): entry is StoredDraft => typeof entry?.text === 'string' && typeof entry?.savedAt === 'number') : [];
    } catch {
      return [];
    }
  }

  /**
   * Keeps a draft an action is about to replace, at the head of the list. False when the storage could not
   * take it even alone (the page then says so; "Rétablir" still holds it until the page closes).
   */
  keep(text: string): boolean {
    if (!text.trim() || !this.storage) return !text.trim();
    const history = this.history().filter((entry) => entry.text !== text);
    let kept: StoredDraft[] = [{ text, savedAt: Date.now() }, ...history].slice(0, HISTORY_LENGTH);
    let characters = 0;
    kept = kept.filter((entry, index) => (characters += entry.text.length) <= HISTORY_MAX_CHARACTERS || index === 0);
    for (; kept.length; kept = kept.slice(0, -1)) {
      try {
        this.storage.setItem(`${this.key}:precedents`, JSON.stringify(kept));
        return true;
      } catch (error) {
        if (!isQuota(error)) return false;
      }
    }
    return false;
  }

  /** Removes one kept draft (after it was restored, it is the current one again). */
  forget(savedAt: number): void {
    try {
      this.storage?.setItem(`${this.key}:precedents`, JSON.stringify(this.history().filter((entry) => entry.savedAt !== savedAt)));
    } catch {
      // Keeping one more old draft than needed is harmless.
    }
  }

  /**
   * Calls `changed` when another tab writes the current draft (`undefined`: it cleared it), and `listChanged`
   * when it changes the kept drafts. Returns the function that stops listening.
   */
  watch(changed: (draft: StoredDraft | undefined) => void, listChanged: () => void): () => void {
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== this.storage) return;
      if (event.key === `${this.key}:precedents`) listChanged();
      if (event.key !== this.key || event.newValue === this.known) return;
      const draft = parseDraft(event.newValue);
      if (draft?.tab === this.tab) return;
      changed(draft);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }

  /** The author took the other tab's draft: it is now this tab's too. */
  adopt(): void {
    try {
      this.known = this.storage?.getItem(this.key) ?? null;
    } catch {
      this.known = null;
    }
  }
}
