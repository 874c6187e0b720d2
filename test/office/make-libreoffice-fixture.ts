// Regenerates test/fixtures/office-files/libreoffice-register.xlsx: the sample workbook as
// `npm start` makes it, with a font size set over Permohonan A1:AI60 and PRM-2026-00001's Status
// changed to Verifikasi in LibreOffice, saved as xlsx by Calc (the tester's edit in issue 8).
// Run: npx tsx test/office/make-libreoffice-fixture.ts
import { join } from "node:path";
import { pristineWorkbook } from "../local/tried/harness";
import { closeLibreOffice, editWithLibreOffice } from "./libreoffice";

const OUTPUT = join(import.meta.dirname, "../fixtures/office-files/libreoffice-register.xlsx");

await editWithLibreOffice(await pristineWorkbook(), [
  { op: "format", sheet: "Permohonan", range: "A1:AI60", fontSize: 10 },
  { op: "set", sheet: "Permohonan", key: { header: "ID Permohonan", value: "PRM-2026-00001" }, header: "Status", string: "Verifikasi" },
], { output: OUTPUT });
await closeLibreOffice();
console.log(`Ditulis: ${OUTPUT}`);
