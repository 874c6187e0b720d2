// Credentials set-up failures and the cached desktop-flow token, and how places are written on
// the command line; no network is needed for any of these.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SCOPES, resolveAuth } from "../../sync/backup/auth";
import { parseLocation } from "../../sync/backup/locations";
import { tempDir } from "./helpers";

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => (dir = await tempDir()));
afterEach(() => dir.cleanup());

describe("auth", () => {
  it("asks for the least scope: read-only for reading, spreadsheets for restore", () => {
    expect(SCOPES.read).toBe("https://www.googleapis.com/auth/spreadsheets.readonly");
    expect(SCOPES.write).toBe("https://www.googleapis.com/auth/spreadsheets");
  });

  it("explains a missing service-account key file or OAuth client file", async () => {
    await expect(resolveAuth("read", { credentialsFile: join(dir.path, "tidak-ada.json") })).rejects.toMatchObject({
      code: "NO_CREDENTIALS",
      message: expect.stringContaining("tidak-ada.json tidak ada"),
    });
    await expect(resolveAuth("write", { oauthClientFile: join(dir.path, "client_secret.json") })).rejects.toMatchObject({ code: "NO_CREDENTIALS" });
  });

  it("reuses the desktop flow's saved refresh token without opening a browser", async () => {
    const client = join(dir.path, "client_secret.json");
    await writeFile(client, JSON.stringify({ installed: { client_id: "uji.apps.googleusercontent.com", client_secret: "rahasia-uji" } }));
    const tokens = join(dir.path, "token");
    await mkdir(tokens);
    await writeFile(join(tokens, "token-read.json"), JSON.stringify({ type: "authorized_user", client_id: "uji.apps.googleusercontent.com", client_secret: "rahasia-uji", refresh_token: "segarkan-uji" }));
    const auth = (await resolveAuth("read", { oauthClientFile: client, tokenDir: tokens })) as { credentials: { refresh_token?: string } };
    expect(auth.credentials.refresh_token).toBe("segarkan-uji");
  });
});

describe("parseLocation", () => {
  it.each([
    ["sheets:UJI-spreadsheet-palsu-0001", { kind: "sheets", id: "UJI-spreadsheet-palsu-0001" }],
    ["https://docs.google.com/spreadsheets/d/UJI-spreadsheet-palsu-0001/edit#gid=0", { kind: "sheets", id: "UJI-spreadsheet-palsu-0001" }],
    ["data/register.XLSX", { kind: "xlsx", path: "data/register.XLSX" }],
    ["./cadangan/2026-01-15T02-00-00Z", { kind: "snapshot", path: "./cadangan/2026-01-15T02-00-00Z" }],
  ])("%s", (text, expected) => {
    expect(parseLocation(text)).toEqual(expected);
  });

  it("rejects an ID that cannot be one", () => {
    expect(() => parseLocation("sheets:../../etc")).toThrow(/tidak sah/);
  });
});
