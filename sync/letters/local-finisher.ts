// The office cycle's LetterFinisher for the local workbook: numbers into the approved letters'
// HTML files, then every new or numbered letter printed to PDF (when Chromium is installed) and
// "Tautan PDF" recorded. Files go through the staged outputs of the run.
import type { AsyncLetterFinisher, FinishReport } from "../../apps-script/core/engine/office-cycle";
import type { Lock, Workbook } from "../../apps-script/core/ports";
import type { HtmlFileSink } from "./html-file-sink";
import { attachPdfLinks, finalizeApprovedLetters, writePdfs } from "./local-letters";
import type { LetterOutputs } from "./outputs";

export interface LocalFinish extends FinishReport {
  /** Letter files written in this run (new and rendered again), before numbering. */
  readonly documents: number;
  readonly pdfs: number;
  /** Why no PDF was made (Chromium missing), when there was something to print. */
  readonly note: string | null;
}

export interface LocalFinisherDeps {
  readonly workbook: Workbook;
  readonly lock: Lock;
  readonly sink: HtmlFileSink;
  readonly outputs: LetterOutputs;
  readonly onProgress?: (message: string) => void;
}

export function localLetterFinisher(deps: LocalFinisherDeps): AsyncLetterFinisher<LocalFinish> {
  return {
    async finish(approved) {
      const written = deps.sink.written.map((w) => w.path);
      const changed = finalizeApprovedLetters(approved, deps.outputs);
      const toPrint = [...new Set([...written, ...changed])];
      if (toPrint.length > 0) deps.onProgress?.(`Mencetak ${toPrint.length} surat ke PDF …`);
      const pdf = await writePdfs(toPrint, deps.outputs);
      const pdfs = attachPdfLinks(deps, pdf.pdfs);
      return { lines: [], documents: written.length, pdfs, note: toPrint.length > 0 ? pdf.skipped : null };
    },
  };
}
