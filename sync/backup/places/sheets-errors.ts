// googleapis failures → retry decisions and the tool's own errors, at the adapter boundary.
import { SyncError } from "../errors";
import type { FailureKind } from "../retry";

/** A 200 whose body was cut off: gaxios hands back the unparsed text instead of throwing. */
export class IncompleteResponseError extends Error {
  override readonly name = "IncompleteResponseError";
}

interface ApiErrorShape {
  status?: number;
  code?: string | number;
  message?: string;
  response?: { status?: number; headers?: unknown; data?: unknown };
}

function shape(error: unknown): ApiErrorShape {
  return typeof error === "object" && error !== null ? (error as ApiErrorShape) : {};
}

export function httpStatusOf(error: unknown): number | undefined {
  const e = shape(error);
  return e.response?.status ?? (typeof e.status === "number" ? e.status : undefined);
}

/** The `{error:{status,message}}` body Google APIs send with a failure. */
function apiError(error: unknown): { status?: string; message?: string } {
  const data = shape(error).response?.data as { error?: { status?: string; message?: string } } | undefined;
  return typeof data === "object" && data !== null && typeof data.error === "object" ? data.error : {};
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  const raw = header(shape(error).response?.headers, "retry-after");
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const NETWORK_CODES = new Set([
  "ECONNRESET", "ECONNREFUSED", "ECONNABORTED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "ENETUNREACH",
  "UND_ERR_SOCKET", "UND_ERR_CLOSED", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT", "TimeoutError", "AbortError",
]);

/** A failure with no HTTP answer: dropped connection, reset, timeout, cut-off body. */
function isTransportFailure(error: unknown): boolean {
  if (error instanceof IncompleteResponseError) return true;
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code } = shape(e);
    const name = (e as Error).name;
    if ((typeof code === "string" && NETWORK_CODES.has(code)) || NETWORK_CODES.has(name)) return true;
    const message = String((e as Error).message ?? "");
    if (/fetch failed|terminated|other side closed|socket hang up|aborted/i.test(message)) return true;
  }
  return false;
}

export function classifyFailure(error: unknown): FailureKind {
  const status = httpStatusOf(error);
  if (status === 429 || status === 408 || (status !== undefined && status >= 500)) {
    const after = retryAfterMs(error);
    return after === undefined ? { retryable: true } : { retryable: true, retryAfterMs: after };
  }
  return { retryable: status === undefined && isTransportFailure(error) };
}

/** Translates a failure that will not be retried (any more) into a SyncError with a code. */
export function translateError(error: unknown, spreadsheetId: string, action: string): SyncError {
  if (error instanceof SyncError) return error;
  const status = httpStatusOf(error);
  const api = apiError(error);
  const apiMessage = api.message ?? (error instanceof Error ? error.message : "");
  const ref = `spreadsheet ${spreadsheetId}`;
  if (/could not load the default credentials|invalid_grant|unauthorized_client/i.test(String(shape(error).message ?? "") + apiMessage)) {
    return new SyncError("NO_CREDENTIALS", credentialsHelp("Kredensial Google tidak ditemukan atau tidak sah."), { cause: error });
  }
  switch (status) {
    case 401:
      return new SyncError("NO_CREDENTIALS", credentialsHelp("Kredensial Google ditolak (kedaluwarsa atau dicabut)."), { cause: error });
    case 403:
      if (/insufficient authentication scopes|ACCESS_TOKEN_SCOPE_INSUFFICIENT/i.test(apiMessage)) {
        return new SyncError("NO_ACCESS", `Kredensial tidak punya izin menulis ke ${ref} (cakupan OAuth hanya baca). Pemulihan memerlukan cakupan https://www.googleapis.com/auth/spreadsheets.`, { cause: error });
      }
      if (/has not been used|is disabled|SERVICE_DISABLED/i.test(apiMessage)) {
        return new SyncError("NO_ACCESS", "Google Sheets API belum diaktifkan di proyek Google Cloud kredensial ini. Aktifkan di console.cloud.google.com → APIs & Services.", { cause: error });
      }
      return new SyncError("NO_ACCESS", `Tidak punya akses ke ${ref}. Bagikan spreadsheet itu ke e-mail akun yang dipakai (untuk akun layanan: alamat client_email di berkas kuncinya) — Lihat untuk cadangan, Editor untuk pemulihan.`, { cause: error });
    case 404:
      return new SyncError("NOT_FOUND", `${ref} tidak ditemukan. Periksa ID-nya: bagian URL di antara /d/ dan /edit.`, { cause: error });
    case 429:
      return new SyncError("QUOTA", `Kuota Google Sheets API habis saat ${action} (${ref}), juga setelah mencoba ulang sekitar satu menit. Coba lagi beberapa menit lagi.`, { cause: error });
    case 400:
      return new SyncError("REJECTED", `Google Sheets API menolak permintaan saat ${action} (${ref}): ${apiMessage}`, { cause: error });
    default:
      if (status !== undefined && status >= 500) {
        return new SyncError("UNAVAILABLE", `Layanan Google Sheets sedang bermasalah (HTTP ${status}) saat ${action}, juga setelah mencoba ulang. Coba lagi nanti.`, { cause: error });
      }
      if (status === undefined && isTransportFailure(error)) {
        return new SyncError("UNAVAILABLE", `Sambungan ke Google Sheets terputus saat ${action}, juga setelah mencoba ulang. Periksa jaringan lalu coba lagi.`, { cause: error });
      }
      return new SyncError("REJECTED", `Permintaan ke Google Sheets gagal saat ${action} (HTTP ${status ?? "-"}).`, { cause: error });
  }
}

export function credentialsHelp(lead: string): string {
  return `${lead} Pakai salah satu: --credentials <berkas-kunci-akun-layanan.json>, variabel GOOGLE_APPLICATION_CREDENTIALS, ` +
    "`gcloud auth application-default login`, atau --oauth-client <client_secret.json> untuk masuk lewat peramban.";
}
