// Menu actions for staff who did not install the triggers. A menu item runs as the person who
// clicks it, and set-up protects the engine's columns, Riwayat and the letters' Drive files so
// that only the installer's runs may write them. So a click by anyone else, once their role is
// checked in Pengguna, only records a request in document properties; the installer's
// every-minute trigger (processRequests) carries it out in the requester's name, checking the
// role again. The installer's own clicks are carried out at once by the same code.
import { loadConfig } from "../core/engine/config";
import { resolveRole, runCheck } from "../core/engine/run-check";
import type { Role } from "../core/domain/reference";
import { APPROVER_ROLES } from "../core/letters/settle";
import { LockBusyError } from "../core/ports";
import { type GasContext, log, openContext } from "./context";
import { refreshDashboardAfterCheck } from "./dashboard";
import { settleDeferredEdits } from "./edit";
import { effectiveUserEmail } from "./session";
import { messageOf } from "./errors";
import { createOrUpdateForm, publishLine, storedFormId } from "./form";
import { surveyFormLines } from "./ikm-form";
import { runJob } from "./jobs";
import { approveAndFinish } from "./letter-actions";
import { setupSteps } from "./setup";
import { rememberSummary, stamp } from "./sweep";
import { summaryLines } from "./summary-text";
import { installAndReport, recordedInstaller } from "./triggers";

export const REQUEST_PREFIX = "sertifikasi.request.";
/** The form's link for applicants, kept so staff who may not open the installer's form can show it. */
export const FORM_URL_KEY = "sertifikasi.formUrl";

export type RequestKind = "check" | "checkSelection" | "approveLetters" | "setup" | "installTriggers" | "createForm";

export interface MenuRequest {
  readonly kind: RequestKind;
  readonly requester: string;
  /** ID Permohonan (checkSelection) or ID Surat (approveLetters) selected when clicking. */
  readonly ids?: readonly string[];
  /** When it was asked for (epoch ms). */
  readonly at: number;
}

const STAFF_ROLES: readonly Role[] = ["Petugas", "Verifikator", "Kepala", "Admin"];

/** The roles each request needs, and what it is called in a refusal. */
const NEEDS: Record<RequestKind, { readonly roles: readonly Role[]; readonly what: string }> = {
  check: { roles: STAFF_ROLES, what: "meminta pemeriksaan" },
  checkSelection: { roles: STAFF_ROLES, what: "meminta pemeriksaan" },
  approveLetters: { roles: APPROVER_ROLES, what: "menyetujui surat" },
  setup: { roles: ["Admin"], what: "menyiapkan register" },
  installTriggers: { roles: ["Admin"], what: "memasang pemicu otomatis" },
  createForm: { roles: ["Admin"], what: "membuat atau memperbarui formulir" },
};

/** The account whose triggers run the requests, or null before triggers are installed. */
export function installer(): string | null {
  return recordedInstaller()?.email ?? null;
}

/** Null when the requester's role allows the request, else the refusal shown to them. */
export function refusal(ctx: GasContext, kind: RequestKind, requester: string): string | null {
  const config = loadConfig(ctx.workbook);
  const role = requester === "" ? null : resolveRole(config, requester);
  if (role === null) return "Akun Anda tidak terdaftar aktif di tab Pengguna; minta Admin menambahkannya sebelum memakai menu ini.";
  const needs = NEEDS[kind];
  if (!needs.roles.includes(role)) return `Hanya pengguna berperan ${needs.roles.join(" atau ")} (tab Pengguna) yang dapat ${needs.what}; peran Anda ${role}.`;
  return null;
}

/**
 * What the menu does for `kind`: null when the clicker is the installer (or nobody has installed
 * triggers yet), so the caller does the work at once; otherwise the lines of the dialog, the
 * request recorded when the role allows it.
 */
export function queueUnlessInstaller(ctx: GasContext, kind: RequestKind, ids?: readonly string[]): string[] | null {
  const owner = installer();
  const clicker = effectiveUserEmail();
  if (owner === null || owner === clicker) return null;
  const refused = refusal(ctx, kind, clicker);
  if (refused) return [refused];
  const request: MenuRequest = { kind, requester: clicker, ...(ids ? { ids: ids.slice(0, 500) } : {}), at: Date.now() };
  PropertiesService.getDocumentProperties().setProperty(`${REQUEST_PREFIX}${request.at}.${Math.floor(Math.random() * 1e6)}`, JSON.stringify(request));
  return [
    `Permintaan dicatat. Pemicu otomatis milik ${owner} menjalankannya dalam satu menit atas nama Anda (kolom mesin dan Riwayat hanya dapat ditulis oleh pemicu itu).`,
    kind === "check" || kind === "checkSelection"
      ? "Hasilnya: Sertifikasi → Ringkasan pemeriksaan terakhir."
      : "Hasilnya terlihat di spreadsheet setelah itu.",
    ...(kind === "installTriggers" ? ["Untuk memindahkan pemicu ke akun Anda sendiri: Sertifikasi → Ambil alih pemicu otomatis."] : []),
  ];
}

/** Carries out a request (or the installer's own click) and returns what to tell the requester. */
export function carryOut(ctx: GasContext, request: MenuRequest): string[] {
  const by = request.requester === effectiveUserEmail() ? "" : ` atas permintaan ${request.requester}`;
  switch (request.kind) {
    case "check":
    case "checkSelection": {
      // Edits that waited for the lock are settled in their editors' names first; the check itself
      // acts for nobody, so a change nobody vouched for is judged as the daily sweep judges it.
      if (!settleDeferredEdits()) throw new LockBusyError();
      const checkCtx = openContext({ actorEmail: null, toasts: false });
      const summary = runCheck(checkCtx.deps, request.kind === "check" ? {} : { onlyIds: [...new Set(request.ids ?? [])] });
      const lines = summaryLines(summary);
      if (request.kind === "check") {
        rememberSummary(summary, `${stamp(ctx)}${by}`);
        refreshDashboardAfterCheck(checkCtx);
      }
      if (by) log([`Pemeriksaan${by}`, ...lines].join("\n"));
      return lines;
    }
    case "approveLetters": {
      const lines = approveAndFinish(ctx, { actorEmail: request.requester, ids: new Set(request.ids ?? []), markClaimed: true });
      return lines.length > 0 ? lines : ["Surat terpilih sudah bernomor atau tidak menunggu persetujuan."];
    }
    case "setup": {
      const outcome = runJob("setup", setupSteps(ctx), ctx);
      return outcome.finished
        ? ["Semua register siap: judul, format, pilihan (dropdown), perlindungan kolom mesin dan pewarnaan.", "Langkah berikutnya: Sertifikasi → Pasang pemicu otomatis."]
        : [`${outcome.done} dari ${outcome.total} langkah selesai; sisanya dilanjutkan otomatis dalam satu menit.`];
    }
    case "installTriggers":
      // Run by the installer's own trigger (or click): it repairs the set, records its installer.
      return installAndReport(ctx.spreadsheet.getId(), storedFormId(), false);
    case "createForm": {
      const { url, created, published, triggerLines, survey } = createOrUpdateForm(ctx);
      PropertiesService.getDocumentProperties().setProperty(FORM_URL_KEY, url);
      return [
        created ? "Formulir dibuat dan ditautkan ke spreadsheet ini." : "Pertanyaan formulir diperbarui (tautan tetap).",
        publishLine(published),
        `Tautan untuk pemohon: ${url}`,
        ...surveyFormLines(survey),
        ...triggerLines,
      ];
    }
  }
}

/** The queued requests, oldest first, by property key. */
export function pendingRequests(): [string, MenuRequest][] {
  const properties = PropertiesService.getDocumentProperties();
  return properties
    .getKeys()
    .filter((k) => k.startsWith(REQUEST_PREFIX))
    .map((k) => [k, JSON.parse(properties.getProperty(k) ?? "{}") as MenuRequest] as [string, MenuRequest])
    .sort((a, b) => a[1].at - b[1].at || a[0].localeCompare(b[0]));
}

/**
 * The installer's every-minute trigger: each request in its requester's name, the role checked
 * again (Pengguna may have changed meanwhile). A busy lock keeps the rest for the next minute.
 * The script lock keeps a second run from taking up requests a long first run (a full check) is
 * still carrying out; it is not the document lock the engine's work waits for.
 */
export function processRequests(): void {
  const runs = LockService.getScriptLock();
  if (!runs.tryLock(0)) return;
  try {
    carryOutPending();
  } finally {
    runs.releaseLock();
  }
}

function carryOutPending(): void {
  const properties = PropertiesService.getDocumentProperties();
  for (const [key, request] of pendingRequests()) {
    const ctx = openContext({ actorEmail: request.requester, toasts: false, lockTimeoutMs: 30_000, mail: true });
    const refused = refusal(ctx, request.kind, request.requester);
    if (refused) {
      log(`Permintaan ${request.kind} dari ${request.requester} tidak dijalankan: ${refused}`);
      properties.deleteProperty(key);
      continue;
    }
    try {
      for (const line of carryOut(ctx, request)) log(line);
    } catch (error) {
      if (error instanceof LockBusyError) return;
      log(`Permintaan ${request.kind} dari ${request.requester} gagal: ${messageOf(error)}`);
    }
    properties.deleteProperty(key);
  }
}
