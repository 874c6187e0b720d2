// Editing a workbook as staff do: in LibreOffice when installed, otherwise with the exceljs fallback.
import { editWithExcelJs } from "./exceljs-editor";
import { editWithLibreOffice, libreOfficeAvailable } from "./libreoffice";
import type { Operation, ReadBook } from "./operations";

export type EditTool = "libreoffice" | "exceljs";

/** LibreOffice when it is installed: the tried cases were found with it. */
export function defaultEditTool(): EditTool {
  return libreOfficeAvailable() ? "libreoffice" : "exceljs";
}

/** Applies the operations to `path` in place (or into `output`) with the chosen tool. */
export async function editWorkbook(path: string, operations: readonly Operation[], options: { tool?: EditTool; output?: string } = {}): Promise<ReadBook[]> {
  const tool = options.tool ?? defaultEditTool();
  return tool === "libreoffice"
    ? editWithLibreOffice(path, operations, options.output ? { output: options.output } : {})
    : editWithExcelJs(path, operations, options.output ?? path);
}
