// Opens a live spreadsheet for the engine with the backup tool's auth, retry and quota handling.
import { defaultSheetsFactory } from "../backup/auth";
import { parseLocation } from "../backup/locations";
import { SyncError } from "../backup/errors";
import { defaultSheetsOptions } from "../backup/places/sheets-api";
import { SheetsPlace } from "../backup/places/sheets-place";

/** `sheets:<id>` or a spreadsheet URL; the engine needs write access (scope: spreadsheets). */
export function openSheetsPlace(location: string, credentialsFile?: string): SheetsPlace {
  const parsed = parseLocation(location);
  if (parsed.kind !== "sheets") throw new SyncError("BAD_ARGS", `--spreadsheet harus berupa sheets:<id> atau URL spreadsheet, bukan "${location}".`);
  const factory = defaultSheetsFactory(credentialsFile ? { credentialsFile } : {});
  return new SheetsPlace(parsed.id, "write", factory, defaultSheetsOptions({ onRetry: (m) => console.error(m) }));
}
