// A local run's letter side in a second process, killed by the staged-outputs tests at a chosen
// moment: after staging, after sealing the journal, after the workbook save, or while printing.
import { pathToFileURL } from "node:url";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { HtmlFileSink } from "../../sync/letters/html-file-sink";
import { finalizeApprovedLetters, writePdfs } from "../../sync/letters/local-letters";
import { StagedOutputs } from "../../sync/letters/staged-outputs";
import { replaceFileDurably } from "../../sync/local/file-guard";

const [stage, lettersDir, workbook, reviewed] = process.argv.slice(2) as [string, string, string, string];
const send = (message: Record<string, unknown>): void => void process.send!(message);
const hang = (): Promise<never> => new Promise(() => setInterval(() => undefined, 60_000));

// The test checks for this exact text.
const NEW_WORKBOOK = "buku kerja versi 2 (mencatat surat baru dan nomor surat)";

async function run(): Promise<void> {
  const outputs = await StagedOutputs.begin(lettersDir);
  const sink = new HtmlFileSink(lettersDir, outputs);
  sink.createDocument({ title: "Surat Tugas Asesor - PRM-1", html: "<p>surat tugas PRM-1</p>", folder: "Surat 2026" });
  sink.createDocument({ title: "Surat Tugas Asesor - PRM-2", html: "<p>surat tugas PRM-2</p>", folder: "Surat 2026" });
  finalizeApprovedLetters(
    [{ id: "SRT-000001", caseId: "PRM-0", type: "PERSETUJUAN", number: "800/7/BPSDM/V/2026", date: "2026-05-04" as LocalDate, documentLink: pathToFileURL(reviewed).href }],
    outputs,
  );
  if (stage === "printing") {
    send({ event: "printing" });
    await writePdfs(sink.written.map((w) => w.path), outputs);
    send({ event: "printed" });
    return hang();
  }
  if (stage === "staged") {
    send({ event: "staged" });
    return hang();
  }
  await replaceFileDurably(workbook, Buffer.from(NEW_WORKBOOK), {
    beforeReplace: async (sha) => {
      await outputs.seal(sha);
      if (stage === "sealed") {
        send({ event: "sealed" });
        await hang();
      }
    },
  });
  send({ event: "saved" });
  await hang();
}

run().catch((error: unknown) => send({ event: "error", message: String((error as Error)?.stack ?? error) }));
