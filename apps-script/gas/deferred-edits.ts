// Edits that found the lock busy, kept in document properties with who made them, so a later run
// (retryDeferredEdits) judges them by that person and nothing else judges them first.
import { documentProperties } from "./properties";
export const DEFERRED_PREFIX = "sertifikasi.edit.";

export interface DeferredEdit {
  readonly ids?: string[];
  readonly actor?: string | null;
  /** The tab edited: Permohonan or another case register (status moves), or Surat (approvals). */
  readonly table?: string;
}

/** Every deferred edit, by its property key. */
export function deferredEdits(): Map<string, DeferredEdit> {
  const properties = documentProperties();
  const edits = new Map<string, DeferredEdit>();
  for (const key of properties.getKeys().filter((k) => k.startsWith(DEFERRED_PREFIX))) {
    edits.set(key, JSON.parse(properties.getProperty(key) ?? "{}") as DeferredEdit);
  }
  return edits;
}

/** IDs named by deferred edits of one tab. */
export function deferredIds(table: string): Set<string> {
  const ids = new Set<string>();
  for (const edit of deferredEdits().values()) if (edit.table === table) for (const id of edit.ids ?? []) ids.add(id);
  return ids;
}
