import { mergeEdits } from './merge-edits';

/**
 * What one tab knows of the shared draft, so that it can take another tab's save (the guide
 * logging a contact, the planner open twice) without losing its own edits, and without writing
 * its older copy over the other tab's:
 * - `known`, the version this tab last saw in storage (its own last save, or another tab's);
 * - `agreed`, the last version every tab has had: a case put in the form whole (the stored draft,
 *   an imported file, the example) or another tab's save.
 * Browsers deliver another tab's save as an event, which can come late on a busy machine: after
 * this tab has saved an edit of its own over it. Then the other tab's edit is merged against the
 * agreed version, so that neither side's edit is lost.
 */
export interface DraftSync {
  /** A case was put in the form whole and saved: every tab may take it as it is. */
  agree(json: unknown): void;
  /** This tab saved `json` (its own edits). */
  wrote(json: unknown): void;
  /**
   * Another tab saved `theirs`; `stale` when storage no longer holds it (this tab saved after it,
   * the event came late). Returns what this tab should hold: its edits and the other tab's.
   */
  received(theirs: unknown, ours: unknown, stale: boolean): unknown;
}

export function draftSync(): DraftSync {
  let known: unknown;
  let agreed: unknown;
  return {
    agree(json) {
      known = agreed = json;
    },
    wrote(json) {
      known = json;
    },
    received(theirs, ours, stale) {
      const base = stale ? agreed : known;
      agreed = theirs;
      if (!stale) known = theirs;
      return base === undefined ? theirs : mergeEdits(base, ours, theirs);
    },
  };
}
