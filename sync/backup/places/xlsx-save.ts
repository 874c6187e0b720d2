// The one place a .xlsx written by this tool reaches the disk: through the local file guard
// (temporary file, fsync, rename; mode kept, read-only and open-in-an-office-app refused). The
// surgical .xlsx writer of sync/local/xlsx/ is to replace the exceljs serialisation here.
import type ExcelJS from "exceljs";
import { withLocalErrors } from "../errors";
import { replaceFileDurably } from "../../local/file-guard";

/**
 * Saves `workbook` over `path`. `expectedSha256` is the file as it was loaded (undefined when
 * there was none): a file changed or created meanwhile is refused (SyncError CONFLICT).
 */
export async function saveXlsx(path: string, workbook: ExcelJS.Workbook, expectedSha256: string | undefined): Promise<void> {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  await withLocalErrors(() => replaceFileDurably(path, bytes, expectedSha256 === undefined ? {} : { expectedSha256 }));
}
