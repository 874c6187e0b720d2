// Google credentials with the least scope each command needs: ADC, a service-account key file,
// or the desktop OAuth flow (browser sign-in once, refresh token cached with owner-only rights).
import { authenticate } from "@google-cloud/local-auth";
import { auth as googleAuth, sheets, type sheets_v4 } from "googleapis/build/src/apis/sheets/index.js";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { SyncError } from "./errors";
import { credentialsHelp } from "./places/sheets-errors";

export type Access = "read" | "write";

/** Read-only commands never hold a token that could change a register. */
export const SCOPES: Record<Access, string> = {
  read: "https://www.googleapis.com/auth/spreadsheets.readonly",
  write: "https://www.googleapis.com/auth/spreadsheets",
};

export interface AuthSettings {
  /** Service-account key file (JSON); else GOOGLE_APPLICATION_CREDENTIALS / ADC. */
  readonly credentialsFile?: string;
  /** OAuth client of type "Desktop app" (client_secret.json) for the browser sign-in. */
  readonly oauthClientFile?: string;
  /** Where the desktop flow keeps its refresh tokens. */
  readonly tokenDir?: string;
  /** Per-request timeout; a slow answer is abandoned and retried. */
  readonly timeoutMs?: number;
}

/** Builds the Sheets client for a given access; injected so tests can point it elsewhere. */
export type SheetsFactory = (access: Access) => Promise<sheets_v4.Sheets>;

type AuthOption = sheets_v4.Options["auth"];

/** googleapis' own retry is switched off: it stops after ~2 s and never retries POSTs. */
export function createSheetsClient(auth: AuthOption, options: { rootUrl?: string; timeoutMs?: number } = {}): sheets_v4.Sheets {
  return sheets({
    version: "v4",
    auth,
    retry: false,
    timeout: options.timeoutMs ?? 120_000,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

async function desktopAuth(access: Access, clientFile: string, tokenDir: string): Promise<AuthOption> {
  const tokenPath = join(tokenDir, `token-${access}.json`);
  if (await exists(tokenPath)) {
    return googleAuth.fromJSON(JSON.parse(await readFile(tokenPath, "utf8"))) as AuthOption;
  }
  const client = await authenticate({ keyfilePath: clientFile, scopes: [SCOPES[access]] });
  const keys = JSON.parse(await readFile(clientFile, "utf8")) as Record<string, { client_id?: string; client_secret?: string }>;
  const key = keys["installed"] ?? keys["web"] ?? {};
  await mkdir(tokenDir, { recursive: true, mode: 0o700 });
  const saved = { type: "authorized_user", client_id: key.client_id, client_secret: key.client_secret, refresh_token: client.credentials.refresh_token };
  await writeFile(tokenPath, JSON.stringify(saved), { mode: 0o600 });
  return client as unknown as AuthOption;
}

export async function resolveAuth(access: Access, settings: AuthSettings): Promise<AuthOption> {
  const scopes = [SCOPES[access]];
  if (settings.oauthClientFile) {
    if (!(await exists(settings.oauthClientFile))) {
      throw new SyncError("NO_CREDENTIALS", `Berkas klien OAuth ${settings.oauthClientFile} tidak ada.`);
    }
    const tokenDir = settings.tokenDir ?? join(homedir(), ".config", "sertifikasi-sync");
    return desktopAuth(access, settings.oauthClientFile, tokenDir);
  }
  if (settings.credentialsFile && !(await exists(settings.credentialsFile))) {
    throw new SyncError("NO_CREDENTIALS", `Berkas kunci akun layanan ${settings.credentialsFile} tidak ada.`);
  }
  const ga = new googleAuth.GoogleAuth({ scopes, ...(settings.credentialsFile ? { keyFile: settings.credentialsFile } : {}) });
  try {
    await ga.getClient(); // fail here, with a clear message, rather than on the first request
  } catch (error) {
    throw new SyncError("NO_CREDENTIALS", credentialsHelp("Kredensial Google tidak ditemukan atau tidak bisa dibaca."), { cause: error });
  }
  return ga;
}

export function defaultSheetsFactory(settings: AuthSettings): SheetsFactory {
  const cache = new Map<Access, Promise<sheets_v4.Sheets>>();
  return (access) => {
    let client = cache.get(access);
    if (!client) {
      client = resolveAuth(access, settings).then((auth) =>
        createSheetsClient(auth, settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
      );
      cache.set(access, client);
    }
    return client;
  };
}
