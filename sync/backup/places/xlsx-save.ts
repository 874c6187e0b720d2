// The one place a .xlsx written by this tool reaches the disk: through the local file guard
// (temporary file, fsync, rename; mode kept, read-only and open-in-an-office-app refused).
import { replaceFileDurably } from "../../local/file-guard";
import { withLocalErrors } from "../errors";

/**
 * Saves `bytes` (already checked by the surgical writer) over `path`. `expectedSha256` is the file
 * as it was loaded (undefined when there was none): a file changed or created meanwhile is
 * refused (SyncError CONFLICT).
 */
export async function saveXlsx(path: string, bytes: Uint8Array, expectedSha256: string | undefined): Promise<void> {
  await withLocalErrors(() => replaceFileDurably(path, bytes, expectedSha256 === undefined ? {} : { expectedSha256 }));
}
