// The "Sertifikasi" menu and what its items do. Each item runs as the clicking user, so an item
// that writes the engine's columns is carried out at once only for the triggers' installer and
// queued for anyone else (requests.ts); each reports in a dialog, failures shown, not swallowed.
import { PERMOHONAN, SURAT } from "../core/registers/catalog";
import { type GasContext, openContext } from "./context";
import { messageOf } from "./errors";
import { storedFormId } from "./form";
import { SURVEY_URL_KEY } from "./ikm-form";
import { GasScheduler } from "./gas-scheduler";
import { pendingJobs, RESUME_HANDLER, runJob } from "./jobs";
import { letterIdsIn } from "./letter-actions";
import { carryOut, FORM_URL_KEY, queueUnlessInstaller, refusal, type RequestKind } from "./requests";
import { activeUserEmail, effectiveUserEmail } from "./session";
import { setupSteps } from "./setup";
import { readLayout } from "./sheet-layout";
import { LAST_SWEEP_KEY } from "./sweep";
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

/** A menu action others may ask for: carried out at once for the installer, queued for anyone else. */
function requestable(ctx: GasContext, kind: RequestKind, ids?: readonly string[]): string[] {
  return queueUnlessInstaller(ctx, kind, ids) ?? carryOut(ctx, { kind, requester: effectiveUserEmail(), ...(ids ? { ids } : {}), at: Date.now() });
}

export function menuRunCheck(): void {
  withDialog("Pemeriksaan", (ctx) => requestable(ctx, "check"));
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
    return requestable(ctx, "checkSelection", [...new Set(ids)]);
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
    return requestable(ctx, "approveLetters", ids);
  });
}

export function menuLastSummary(): void {
  withDialog("Ringkasan pemeriksaan terakhir", () => [
    PropertiesService.getDocumentProperties().getProperty(LAST_SWEEP_KEY) ?? "Belum ada pemeriksaan yang tercatat.",
  ]);
}

export function menuSetup(): void {
  withDialog("Penyiapan register", (ctx) => requestable(ctx, "setup"));
}

export function menuInstallTriggers(): void {
  withDialog("Pemicu otomatis", (ctx) => requestable(ctx, "installTriggers"));
}

/**
 * A second admin takes the set over from the account that installed it. Not a request: the point
 * is that the triggers become the clicker's own, so it runs as the clicker, Admins only.
 */
export function menuTakeOverTriggers(): void {
  withDialog("Pemicu otomatis", (ctx) => {
    const refused = refusal(ctx, "installTriggers", effectiveUserEmail());
    if (refused) return [refused];
    const lines = installAndReport(ctx.spreadsheet.getId(), storedFormId(), true);
    // Set-up gives the engine's protected columns to whoever runs it: now this account's triggers.
    return [...lines, "Lalu pilih Sertifikasi → Siapkan / perbarui register sekali lagi, agar kolom mesin dan Riwayat dapat ditulis oleh pemicu akun ini."];
  });
}

export function menuCreateForm(): void {
  withDialog("Formulir permohonan", (ctx) => requestable(ctx, "createForm"));
}

export function menuShowFormLink(): void {
  withDialog("Tautan formulir", () => {
    const id = storedFormId();
    if (!id) return ["Belum ada formulir. Pilih Sertifikasi → Buat / perbarui formulir permohonan."];
    // The form belongs to whoever created it: other staff may not open it, so its link is kept.
    const url = PropertiesService.getDocumentProperties().getProperty(FORM_URL_KEY) ?? FormApp.openById(id).getPublishedUrl();
    const survey = PropertiesService.getDocumentProperties().getProperty(SURVEY_URL_KEY);
    return [`Tautan untuk pemohon: ${url}`, ...(survey ? [`Tautan survei kepuasan (IKM): ${survey}`] : [])];
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
