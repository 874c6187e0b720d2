// Letters on Google, through the built bundle: Docs converted from the letters' HTML into
// "Surat/<tahun>/<jenis>" with A4 set, approval by the head (number into the Doc, PDF beside it),
// a quota reached mid-batch (the rest queued, finished later, none twice) and refused approvals.
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import type { FakeDriveFile } from "./fake/drive";
import { GasRuntime } from "./harness";
import { STAFF, addApplications, application, expectOk, newOffice, put, rowOf } from "./office";

const A4 = { width: 595.276, height: 841.89 };
const CM = 72 / 2.54;

async function officeWithCases(count: number, overrides: (i: number) => Record<string, unknown> = () => ({})): Promise<GasRuntime> {
  const rt = await newOffice();
  addApplications(rt, Array.from({ length: count }, (_, i) => application(i, overrides(i))));
  for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
  return rt;
}

const caseId = (i: number) => `PRM-2026-${String(i + 1).padStart(5, "0")}`;

/** Staff paste a status into consecutive Permohonan rows (one edit event, like a paste). */
function moveCases(rt: GasRuntime, user: string, first: number, count: number, status: string) {
  const results = rt.edit(user, "Permohonan", rowOf(rt, caseId(first)), rt.column("Permohonan", "Status"), Array.from({ length: count }, () => [status]));
  for (const r of results) expectOk(r, "handleEdit");
  return results;
}

/** Status Surat typed (or pasted) on the Surat tab, rows counted from the first letter. */
function setLetterStatus(rt: GasRuntime, user: string, firstLetter: number, statuses: string[]) {
  const results = rt.edit(user, "Surat", firstLetter + 2, rt.column("Surat", "Status Surat"), statuses.map((s) => [s]));
  for (const r of results) expectOk(r, "handleEdit");
  return results;
}

function setting(rt: GasRuntime, key: string, value: string): void {
  const sheet = rt.sheet("Pengaturan");
  const rows = rt.table("Pengaturan");
  const at = rows.findIndex((r) => r["Kunci"] === key);
  put(rt, "Pengaturan", at < 0 ? sheet.getLastRow() + 1 : at + 2, 1, [[key, value]]);
}

const docOf = (rt: GasRuntime, link: unknown): FakeDriveFile => {
  const id = /\/d\/([\w-]+)/.exec(String(link))?.[1];
  const file = id ? rt.store.drive.files.get(id) : undefined;
  if (!file) throw new Error(`No Drive file for ${String(link)}`);
  return file;
};

describe("a move that makes a letter", () => {
  it("creates a Google Doc in Surat/<tahun>/<jenis> on A4, linked from the letter book", async () => {
    const rt = await officeWithCases(2);
    const [run] = moveCases(rt, STAFF.petugas, 0, 1, "Verifikasi");

    // Diterima → Verifikasi makes the receipt and the scheme information (seed 002 step 1).
    const book = rt.table("Surat");
    expect(book.map((r) => r["Jenis Surat"])).toEqual(["TANDA_TERIMA", "INFORMASI_SERTIFIKASI"]);
    expect(book[0]).toMatchObject({ "Jenis Surat": "TANDA_TERIMA", "ID Permohonan": caseId(0), "Status Surat": "Menunggu Persetujuan" });
    const doc = docOf(rt, book[0]!["Tautan Dokumen"]);
    expect(rt.store.drive.pathOf(doc)).toBe("Surat/2026/TANDA_TERIMA");
    expect(doc.name).toBe(`Tanda Terima Permohonan - ${caseId(0)}`);
    expect(doc.doc).toMatchObject({ pageWidth: A4.width, pageHeight: A4.height, saves: 1 });
    expect(doc.doc!.margins.left).toBeCloseTo(2.5 * CM);
    expect(doc.doc!.text).toContain("[NOMOR SURAT]");
    expect(doc.doc!.text).toContain("Pemohon 1");
    // The folders are the script's own (drive.file), under a root remembered for the next letters.
    const root = [...rt.store.drive.files.values()].find((f) => f.parents[0] === "root")!;
    expect(root.name).toBe("Dokumen Sertifikasi - Register Sertifikasi");
    expect(rt.store.drive.pathOf(docOf(rt, book[1]!["Tautan Dokumen"]))).toBe("Surat/2026/INFORMASI_SERTIFIKASI");
    // Root, Surat, 2026, a folder per type, and the two Docs.
    expect(run!.calls.of("Drive.Files.create")).toBe(7);

    const [next] = moveCases(rt, STAFF.petugas, 1, 1, "Verifikasi");
    expect(rt.store.drive.pathOf(docOf(rt, rt.table("Surat")[2]!["Tautan Dokumen"]))).toBe("Surat/2026/TANDA_TERIMA");
    expect(next!.calls.of("Drive.Files.create")).toBe(2);
    expect(next!.calls.of("Drive.Files.get")).toBe(2); // each type's remembered folder, checked once
  });
});

describe("with the letters' folder moved into a shared drive", () => {
  it("keeps making letters there (supportsAllDrives) instead of rebuilding the folders in My Drive", async () => {
    const rt = await officeWithCases(2);
    moveCases(rt, STAFF.petugas, 0, 1, "Verifikasi");
    const root = [...rt.store.drive.files.values()].find((f) => f.parents[0] === "root")!;
    rt.store.drive._moveToSharedDrive(root.id);
    const folders = () => [...rt.store.drive.files.values()].filter((f) => f.mimeType === "application/vnd.google-apps.folder").length;
    const before = folders();
    moveCases(rt, STAFF.petugas, 1, 1, "Verifikasi");
    expect(folders()).toBe(before);
    const doc = docOf(rt, rt.table("Surat")[2]!["Tautan Dokumen"]);
    expect(rt.store.drive.pathOf(doc)).toBe("Surat/2026/TANDA_TERIMA");
    expect(doc.driveId).toBe(root.driveId);
  });
});

/** One case decided at the plenary: the head's move makes the SK, the certificate (landscape) and the statement. */
async function officeAtPenetapan(): Promise<GasRuntime> {
  // A case that reached Penetapan before the audit trail: the sweep adopts it from its cells.
  const rt = await officeWithCases(1, () => ({
    "Jadwal Uji": "2026-02-27", "Kode TUK": "TUK-01", Asesor: "MET.000.000001 2026", "Rekomendasi Asesor": "K", Status: "Penetapan", "Status Tercatat": "Penetapan",
  }));
  moveCases(rt, STAFF.kepala, 0, 1, "Penerbitan Sertifikat");
  expect(rt.table("Surat").map((r) => r["Jenis Surat"])).toEqual(["SK_PENETAPAN", "SERTIFIKAT", "SURAT_KETERANGAN"]);
  return rt;
}

describe("approval by the head", () => {
  it("numbers the letters consecutively, writes number and date into each Doc and saves a PDF beside it", async () => {
    const rt = await officeAtPenetapan();
    const certificate = docOf(rt, rt.table("Surat")[1]!["Tautan Dokumen"]);
    expect(certificate.doc).toMatchObject({ pageWidth: A4.height, pageHeight: A4.width });
    expect(certificate.doc!.text).toContain("[TANGGAL SURAT]");
    expect(certificate.doc!.text).toContain("[BERLAKU SAMPAI: 3 TAHUN SEJAK TANGGAL SURAT]");

    const [run] = setLetterStatus(rt, STAFF.kepala, 0, ["Disetujui", "Disetujui", "Disetujui"]);
    const book = rt.table("Surat");
    expect(book.map((r) => r["Nomor Surat"])).toEqual(["800/1/BPSDM/III/2026", "800/2/BPSDM/III/2026", "800/3/BPSDM/III/2026"]);
    expect(book.map((r) => r["Tanggal Surat"])).toEqual(["2026-03-02", "2026-03-02", "2026-03-02"]);
    for (const row of book) {
      const doc = docOf(rt, row["Tautan Dokumen"]);
      expect(doc.doc!.text).toContain(String(row["Nomor Surat"]));
      expect(doc.doc!.text).not.toMatch(/\[NOMOR SURAT\]|\[TANGGAL SURAT\]|\[BERLAKU SAMPAI/);
      const pdf = docOf(rt, row["Tautan PDF"]);
      expect(pdf).toMatchObject({ mimeType: "application/pdf", name: `${doc.name}.pdf`, parents: doc.parents });
      expect(pdf.content).toContain(String(row["Nomor Surat"]));
    }
    expect(certificate.doc!.text).toContain("2 Maret 2026");
    // Valid three years from the approval (2 March 2026), as the Sertifikat register says.
    expect(certificate.doc!.text).toContain("sejak 2 Maret 2026 sampai dengan 1 Maret 2029");
    const [issued] = rt.table("Sertifikat");
    expect(rt.table("Sertifikat")).toHaveLength(1);
    expect(issued).toMatchObject({ "Nomor Sertifikat": "800/2/BPSDM/III/2026", "Tanggal Terbit": "2026-03-02", "Berlaku Sampai": "2029-03-01", Status: "Aktif", "ID Kasus": caseId(0) });
    // Anyone with the code on the certificate can check it on the web app.
    const page = rt.webGet({ kode: String(issued!["Kode Verifikasi"]) });
    expect(page.ok).toBe(true);
    const html = (page.value as { getContent(): string }).getContent();
    expect(html).toContain("Pemohon 1");
    expect(html).toContain("Berlaku sampai: 1 Maret 2029");
    // …which the certificate itself prints.
    expect(certificate.doc!.text).toMatch(new RegExp(`Kode verifikasi\\s+${String(issued!["Kode Verifikasi"])}`));
    expect(certificate.doc!.text).not.toContain("[KODE VERIFIKASI]");
    expect(certificate.doc).toMatchObject({ pageWidth: A4.height, pageHeight: A4.width });
    expect(rt.table("Pengaturan").find((r) => r["Kunci"] === "Nomor Surat Terakhir 2026")?.["Nilai"]).toBe(3);
    expect(rt.store.toasts.at(-1)?.message).toMatch(/3 surat disetujui dan diberi nomor/);
    // One batch for the numbers (and counter), one for the PDF links, one appending the Sertifikat row.
    expect(run!.calls.of("Range.setValues")).toBeLessThanOrEqual(5);
    expect(run!.calls.of("Docs.Documents.batchUpdate")).toBe(3); // page, number and date in one call per letter
    expect(run!.calls.of("DocumentApp.openById")).toBe(0);
  });

  it("saves the PDF also when the Drive export hands its content over as a string", async () => {
    const rt = await officeAtPenetapan();
    rt.store.drive.exportAs = "string";
    setLetterStatus(rt, STAFF.kepala, 0, ["Disetujui"]);
    const [first] = rt.table("Surat");
    const pdf = docOf(rt, first!["Tautan PDF"]);
    expect(pdf).toMatchObject({ mimeType: "application/pdf" });
    expect(pdf.content).toContain(String(first!["Nomor Surat"]));
  });

  it("through the menu, approves the rows the head selected (queued, then by the installer's trigger in the head's name); the next approval takes the next number", async () => {
    const rt = await officeAtPenetapan();
    rt.store.spreadsheet.activeRange = rt.sheet("Surat")._range(2, 1, 2, 3);
    expectOk(rt.menu("menuApproveLetters", STAFF.kepala), "menuApproveLetters");
    // The head may not write the protected columns, nor reach the owner's Docs with drive.file.
    expect(rt.store.alerts.at(-1)).toMatch(/Permintaan dicatat/);
    expect(rt.table("Surat").every((r) => r["Nomor Surat"] === "")).toBe(true);
    for (const run of rt.runMinuteTriggers()) expectOk(run, "processRequests");
    expect(rt.store.logs.join("\n")).toMatch(/2 surat disetujui dan diberi nomor: SRT-.+? → 800\/1\/BPSDM\/III\/2026; SRT-.+? → 800\/2/);
    const approvals = rt.table("Riwayat").filter((r) => r["Ke"] === "Disetujui");
    expect(approvals.map((r) => [r["Oleh"], r["Peran"], r["Hasil"]])).toEqual([[STAFF.kepala, "Kepala", "Diterapkan"], [STAFF.kepala, "Kepala", "Diterapkan"]]);
    rt.store.spreadsheet.activeRange = rt.sheet("Surat")._range(4, 2, 1, 1);
    expectOk(rt.menu("menuApproveLetters", STAFF.admin), "menuApproveLetters"); // the installer: at once
    expect(rt.table("Surat").map((r) => [r["Status Surat"], r["Nomor Surat"], Boolean(r["Tautan PDF"])])).toEqual([
      ["Disetujui", "800/1/BPSDM/III/2026", true],
      ["Disetujui", "800/2/BPSDM/III/2026", true],
      ["Disetujui", "800/3/BPSDM/III/2026", true],
    ]);
  });

  it("refuses someone who is not Kepala or Admin: the status goes back, with a toast, and nothing is numbered", async () => {
    const rt = await officeAtPenetapan();
    setLetterStatus(rt, STAFF.petugas, 0, ["Disetujui"]);
    const [first] = rt.table("Surat");
    expect(first).toMatchObject({ "Status Surat": "Menunggu Persetujuan", "Nomor Surat": "", "Tautan PDF": "" });
    expect(rt.store.toasts.at(-1)?.message).toMatch(/Hanya pengguna berperan Kepala atau Admin/);
    expect(docOf(rt, first!["Tautan Dokumen"]).doc!.text).toContain("[NOMOR SURAT]");

    rt.store.spreadsheet.activeRange = rt.sheet("Surat")._range(2, 1, 3, 1);
    expectOk(rt.menu("menuApproveLetters", STAFF.verifikator), "menuApproveLetters");
    expect(rt.store.alerts.at(-1)).toMatch(/Hanya pengguna berperan Kepala atau Admin/);
    expect(rt.table("Surat").every((r) => r["Nomor Surat"] === "" && r["Status Surat"] === "Menunggu Persetujuan")).toBe(true);
  });

  it("when the lock is busy, the head's approval waits for it; the sweep in between leaves it alone", async () => {
    const rt = await officeAtPenetapan();
    rt.store.lockHolder = 999; // another execution is checking the register
    setLetterStatus(rt, STAFF.kepala, 0, ["Disetujui"]);
    expect(rt.store.toasts.at(-1)?.message).toMatch(/diproses otomatis beberapa menit lagi/);
    rt.store.lockHolder = null;
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    expect(rt.table("Surat")[0]).toMatchObject({ "Status Surat": "Disetujui", "Nomor Surat": "" });
    for (const run of rt.runDueOneOffTriggers(2 * 60_000 + 1)) expectOk(run, "retryDeferredEdits");
    expect(rt.table("Surat")[0]).toMatchObject({ "Status Surat": "Disetujui", "Nomor Surat": "800/1/BPSDM/III/2026" });
    expect(rt.table("Surat")[0]!["Tautan PDF"]).not.toBe("");
  });

  it("in the daily sweep, an approval nobody can vouch for is put back (the office refuses unknown users)", async () => {
    const rt = await officeAtPenetapan();
    put(rt, "Surat", 2, rt.column("Surat", "Status Surat"), [["Disetujui"]]); // typed by a script: no edit trigger
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    expect(rt.table("Surat")[0]).toMatchObject({ "Status Surat": "Menunggu Persetujuan", "Nomor Surat": "" });
  });
});

describe("a batch larger than the documents allowed", () => {
  it("at the office's daily limit, queues the rest as Draf; the next day's sweep makes them, none twice", async () => {
    // Five moves into Verifikasi make ten letters (receipt and scheme information each).
    const rt = await officeWithCases(5);
    setting(rt, "Batas Dokumen Harian", "6");
    moveCases(rt, STAFF.petugas, 0, 5, "Verifikasi");
    let book = rt.table("Surat");
    expect(rt.table("Permohonan").every((r) => r["Status Tercatat"] === "Verifikasi")).toBe(true);
    expect(book.map((r) => [r["Status Surat"], Boolean(r["Tautan Dokumen"])])).toEqual([
      ...Array.from({ length: 6 }, () => ["Menunggu Persetujuan", true]), ...Array.from({ length: 4 }, () => ["Draf", false]),
    ]);
    expect(rt.store.drive.docs()).toHaveLength(6);
    expect(rt.store.triggers.some((t) => t.handler === "createQueuedDocuments")).toBe(false); // the daily sweep continues

    for (const run of rt.runDailyTriggers()) expectOk(run, "same-day sweep");
    expect(rt.store.drive.docs()).toHaveLength(6);

    rt.store.clock += 24 * 3_600_000;
    for (const run of rt.runDailyTriggers()) expectOk(run, "next day's sweep");
    book = rt.table("Surat");
    expect(book.every((r) => r["Status Surat"] === "Menunggu Persetujuan" && r["Tautan Dokumen"] !== "")).toBe(true);
    const docs = rt.store.drive.docs();
    expect(docs).toHaveLength(10);
    expect(new Set(book.map((r) => r["Tautan Dokumen"])).size).toBe(10);
    expect(new Set(docs.map((d) => d.name)).size).toBe(10);
    expect(docOf(rt, book[8]!["Tautan Dokumen"]).name).toBe(`Tanda Terima Permohonan - ${caseId(4)}`);
    expect(rt.store.properties.document.get("sertifikasi.lastSweep")).toMatch(/4 dokumen surat yang antre telah dibuat/);
    const nips = rt.table("Permohonan").map((r) => String(r["NIP"]));
    for (const line of [...rt.store.logs, ...rt.store.toasts.map((t) => t.message)]) for (const nip of nips) expect(line).not.toContain(nip);
  });

  it("after Google's rate limit mid-batch, a one-off trigger finishes the rest later, backing off while it lasts", async () => {
    const rt = await officeWithCases(4);
    rt.store.drive.failConversion("User rate limit exceeded.", 1);
    moveCases(rt, STAFF.petugas, 0, 4, "Verifikasi");
    expect(rt.table("Surat").map((r) => r["Status Surat"])).toEqual(["Menunggu Persetujuan", ...Array.from({ length: 7 }, () => "Draf")]);
    expect(rt.store.triggers.filter((t) => t.handler === "createQueuedDocuments")).toHaveLength(1);

    // Still limited five minutes later: the next try waits twice as long.
    rt.store.drive.failConversion("User rate limit exceeded.");
    expectOk(rt.runDueOneOffTriggers(5 * 60_000 + 1)[0]!, "createQueuedDocuments");
    expect(rt.store.drive.docs()).toHaveLength(1);
    const [retry] = rt.store.triggers.filter((t) => t.handler === "createQueuedDocuments");
    expect(retry!.at! - rt.store.clock).toBe(10 * 60_000);

    const runs = rt.runDueOneOffTriggers(10 * 60_000);
    expect(runs).toHaveLength(1);
    expectOk(runs[0]!, "createQueuedDocuments");
    expect(rt.table("Surat").every((r) => r["Status Surat"] === "Menunggu Persetujuan" && r["Tautan Dokumen"] !== "")).toBe(true);
    expect(rt.store.drive.docs()).toHaveLength(8);
    expect(rt.store.triggers.filter((t) => t.handler === "createQueuedDocuments")).toHaveLength(0);
  });

  it("Google's own daily cap for Docs queues the same way", async () => {
    const rt = await officeWithCases(3);
    rt.store.drive.docsQuota = 4;
    moveCases(rt, STAFF.petugas, 0, 3, "Verifikasi");
    const waiting = Array.from({ length: 4 }, () => "Menunggu Persetujuan");
    expect(rt.table("Surat").map((r) => r["Status Surat"])).toEqual([...waiting, "Draf", "Draf"]);
    rt.store.clock += 24 * 3_600_000;
    for (const run of rt.runDailyTriggers()) expectOk(run, "next day's sweep");
    expect(rt.table("Surat").map((r) => r["Status Surat"])).toEqual([...waiting, "Menunggu Persetujuan", "Menunggu Persetujuan"]);
    expect(rt.store.drive.docs()).toHaveLength(6);
  });
});

describe("the certificate's verification address and QR code on Google", () => {
  const URL = "https://script.google.com/macros/s/AKfycbzTestDeployment0123456789/exec";
  // Drive's HTML→Docs conversion keeping a data: URI image is not documented: both are modelled.
  for (const keepsImages of [true, false]) {
    it(`prints the code and address when drafted, ${keepsImages ? "with" : "without"} the QR image surviving the conversion, and numbering keeps that code`, async () => {
      const rt = await officeWithCases(1, () => ({
        "Jadwal Uji": "2026-02-27", "Kode TUK": "TUK-01", Asesor: "MET.000.000001 2026", "Rekomendasi Asesor": "K", Status: "Penetapan", "Status Tercatat": "Penetapan",
      }));
      setting(rt, "Alamat Aplikasi Web", URL);
      rt.store.drive.keepsDataUriImages = keepsImages;
      moveCases(rt, STAFF.kepala, 0, 1, "Penerbitan Sertifikat");
      const row = rt.table("Surat")[1]!;
      expect(row["Jenis Surat"]).toBe("SERTIFIKAT");
      const code = String(row["Kode Verifikasi"]);
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(rt.table("Surat")[0]!["Kode Verifikasi"] ?? "").toBe(""); // only certificates carry one
      const drafted = docOf(rt, row["Tautan Dokumen"]).doc!;
      expect(drafted.text).toMatch(new RegExp(`Kode verifikasi\\s+${code}`));
      expect(drafted.text).toContain(`${URL}?kode=${code}`);
      if (keepsImages) {
        expect(drafted.images).toHaveLength(1);
        const png = PNG.sync.read(Buffer.from(drafted.images[0]!.replace(/^data:image\/png;base64,/, ""), "base64"));
        expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`${URL}?kode=${code}`);
      } else {
        expect(drafted.images).toEqual([]); // the address and code in text still let anyone check it
      }
      // Unknown until the head approves and the register records it.
      expect((rt.webGet({ kode: code }).value as { getContent(): string }).getContent()).toContain("Kode verifikasi tidak ditemukan");

      setLetterStatus(rt, STAFF.kepala, 0, ["Disetujui", "Disetujui", "Disetujui"]);
      expect(rt.table("Sertifikat")[0]!["Kode Verifikasi"]).toBe(code);
      expect((rt.webGet({ kode: code }).value as { getContent(): string }).getContent()).toContain("AKTIF");
      expect(docOf(rt, rt.table("Surat")[1]!["Tautan Dokumen"]).doc!.text).toContain(`${URL}?kode=${code}`);
    });
  }

  it("keeps the code when the head sends the certificate back for correction", async () => {
    const rt = await officeWithCases(1, () => ({
      "Jadwal Uji": "2026-02-27", "Kode TUK": "TUK-01", Asesor: "MET.000.000001 2026", "Rekomendasi Asesor": "K", Status: "Penetapan", "Status Tercatat": "Penetapan",
    }));
    setting(rt, "Alamat Aplikasi Web", URL);
    moveCases(rt, STAFF.kepala, 0, 1, "Penerbitan Sertifikat");
    const before = rt.table("Surat")[1]!;
    setLetterStatus(rt, STAFF.kepala, 1, ["Perlu Perbaikan"]);
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    const after = rt.table("Surat")[1]!;
    expect(after["Status Surat"]).toBe("Menunggu Persetujuan");
    expect(after["Tautan Dokumen"]).not.toBe(before["Tautan Dokumen"]);
    expect(after["Kode Verifikasi"]).toBe(before["Kode Verifikasi"]);
    expect(docOf(rt, after["Tautan Dokumen"]).doc!.text).toContain(`?kode=${String(before["Kode Verifikasi"])}`);
  });
});
