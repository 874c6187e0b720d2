// The "Sertifikasi" menu and what its items do. Each item runs with the clicking user's identity
// and reports in a dialog; failures are shown, not swallowed, and carry no personal data.
import { runCheck } from "../core/engine/run-check";
import { PERMOHONAN, SURAT } from "../core/registers/catalog";
import { activeUserEmail, type GasContext, openContext } from "./context";
import { messageOf } from "./errors";
import { createOrUpdateForm, publishLine, storedFormId } from "./form";
import { GasScheduler } from "./gas-scheduler";
import { pendingJobs, RESUME_HANDLER, runJob } from "./jobs";
import { approveAndFinish, letterIdsIn } from "./letter-actions";
import { setupSteps } from "./setup";
import { readLayout } from "./sheet-layout";
import { LAST_SWEEP_KEY, rememberSummary, stamp } from "./sweep";
import { summaryLines } from "./summary-text";
import { installAndReport } from "./triggers";

export const MENU_TITLE = "Sertifikasi";

/** Caption and global function of each item; null is a separator. */
export const MENU_ITEMS: readonly ([string, string] | null)[] = [
  ["Periksa semua permohonan sekarang", "menuRunCheck"],
  ["Periksa baris terpilih", "menuCheckSelection"],
  ["Ringkasan pemeriksaan terakhir", "menuLastSummary"],
  null,
  ["Setujui surat terpilih", "menuApproveLetters"],
  null,
  ["Buat / perbarui formulir permohonan", "menuCreateForm"],
  ["Tampilkan tautan formulir", "menuShowFormLink"],
  null,
  ["Siapkan / perbarui register", "menuSetup"],
  ["Pasang pemicu otomatis", "menuInstallTriggers"],
  ["Ambil alih pemicu otomatis", "menuTakeOverTriggers"],
  ["Bantuan", "menuHelp"],
];

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** Runs a menu action and shows its lines (or its error) in a dialog. */
export function withDialog(title: string, work: (ctx: GasContext) => string[]): void {
  const ui = SpreadsheetApp.getUi();
  const ctx = openContext({ actorEmail: activeUserEmail(), toasts: true });
  let lines: string[];
  try {
    lines = work(ctx);
  } catch (error) {
    lines = [`Gagal: ${messageOf(error)}`];
  }
  ui.alert(title, lines.join("\n"), ui.ButtonSet.OK);
}

export function menuRunCheck(): void {
  withDialog("Pemeriksaan", (ctx) => {
    const summary = runCheck(ctx.deps);
    rememberSummary(summary, stamp(ctx));
    return summaryLines(summary);
  });
}

export function menuCheckSelection(): void {
  withDialog("Pemeriksaan baris terpilih", (ctx) => {
    const range = ctx.spreadsheet.getActiveRange();
    const sheet = range?.getSheet();
    if (!range || !sheet || sheet.getName() !== PERMOHONAN.name) return ["Pilih dulu baris-baris di tab Permohonan."];
    const idColumn = readLayout(sheet, PERMOHONAN).columnOf("ID Permohonan");
    const first = Math.max(2, range.getRow());
    if (idColumn === undefined || range.getLastRow() < first) return ["Tidak ada baris permohonan yang terpilih."];
    const ids = sheet.getRange(first, idColumn, range.getLastRow() - first + 1, 1).getValues().map((l) => String(l[0]).trim());
    return summaryLines(runCheck(ctx.deps, { onlyIds: [...new Set(ids)] }));
  });
}

/** The head selects letter rows on the Surat tab: numbered, written into their Docs, saved as PDF. */
export function menuApproveLetters(): void {
  withDialog("Persetujuan surat", (ctx) => {
    const range = ctx.spreadsheet.getActiveRange();
    const sheet = range?.getSheet();
    if (!range || !sheet || sheet.getName() !== SURAT.name) return ["Pilih dulu baris-baris surat di tab Surat."];
    const ids = letterIdsIn(sheet, Math.max(2, range.getRow()), range.getLastRow());
    if (ids.length === 0) return ["Tidak ada baris surat yang terpilih."];
    const lines = approveAndFinish(ctx, { actorEmail: ctx.deps.actor.email, ids: new Set(ids), markClaimed: true });
    return lines.length > 0 ? lines : ["Surat terpilih sudah bernomor atau tidak menunggu persetujuan."];
  });
}

export function menuLastSummary(): void {
  withDialog("Ringkasan pemeriksaan terakhir", () => [
    PropertiesService.getDocumentProperties().getProperty(LAST_SWEEP_KEY) ?? "Belum ada pemeriksaan yang tercatat.",
  ]);
}

export function menuSetup(): void {
  withDialog("Penyiapan register", (ctx) => {
    const outcome = runJob("setup", setupSteps(ctx), ctx);
    return outcome.finished
      ? ["Semua register siap: judul, format, pilihan (dropdown), perlindungan kolom mesin dan pewarnaan.", "Langkah berikutnya: Sertifikasi → Pasang pemicu otomatis."]
      : [`${outcome.done} dari ${outcome.total} langkah selesai; sisanya dilanjutkan otomatis dalam satu menit.`];
  });
}

export function menuInstallTriggers(): void {
  withDialog("Pemicu otomatis", (ctx) => installAndReport(ctx.spreadsheet.getId(), storedFormId(), false));
}

/** A second admin takes the set over from the account that installed it. */
export function menuTakeOverTriggers(): void {
  withDialog("Pemicu otomatis", (ctx) => installAndReport(ctx.spreadsheet.getId(), storedFormId(), true));
}

export function menuCreateForm(): void {
  withDialog("Formulir permohonan", (ctx) => {
    const { url, created, published, triggerLines } = createOrUpdateForm(ctx);
    return [
      created ? "Formulir dibuat dan ditautkan ke spreadsheet ini." : "Pertanyaan formulir diperbarui (tautan tetap).",
      publishLine(published),
      `Tautan untuk pemohon: ${url}`,
      ...triggerLines,
    ];
  });
}

export function menuShowFormLink(): void {
  withDialog("Tautan formulir", () => {
    const id = storedFormId();
    if (!id) return ["Belum ada formulir. Pilih Sertifikasi → Buat / perbarui formulir permohonan."];
    return [`Tautan untuk pemohon: ${FormApp.openById(id).getPublishedUrl()}`];
  });
}

export function menuHelp(): void {
  withDialog("Bantuan Sertifikasi", () => [
    "Ubah kolom Status di tab Permohonan untuk memindahkan kasus; langkah yang tidak sah dikembalikan dan alasannya ada di kolom Pesan Langkah.",
    "Mesin memeriksa saat Anda mengedit dan sekali sehari (pukul 05.00).",
    "Surat: Kepala atau Admin mengubah Status Surat di tab Surat menjadi Disetujui (atau memilih barisnya lalu Setujui surat terpilih); nomor ditulis ke dokumen dan PDF disimpan di foldernya.",
    "Rumus: =TENGGAT(A2; 10; Libur!A:A) tanggal 10 hari kerja setelah A2; =HARIKERJA(A2; B2; Libur!A:A) jumlah hari kerja di antaranya; tanpa Libur!A:A hasilnya tidak dihitung ulang saat tab Libur berubah.",
    "Pengguna yang tidak dapat dikenali (akun di luar domain kantor) diperlakukan menurut Pengaturan \"Peran Pengguna Tak Dikenal\".",
  ]);
}

/** Continues set-up (or any job) that stopped at the time limit. */
export function resumePendingJobs(): void {
  new GasScheduler().cancel(RESUME_HANDLER);
  for (const name of pendingJobs()) {
    const ctx = openContext({ actorEmail: null, toasts: false });
    if (name === "setup") runJob(name, setupSteps(ctx), ctx);
  }
}
