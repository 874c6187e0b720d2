// Where to copy from or to, as written on the command line: "sheets:<id>", a .xlsx file, or a
// snapshot folder (a folder of snapshots means its newest one when read).
import type { Access } from "./auth";
import type { Context } from "./context";
import { SyncError } from "./errors";
import { SheetsPlace } from "./places/sheets-place";
import { SnapshotPlace } from "./places/snapshot-place";
import type { Place } from "./places/types";
import { XlsxPlace } from "./places/xlsx-place";

export type Location =
  | { readonly kind: "sheets"; readonly id: string }
  | { readonly kind: "xlsx"; readonly path: string }
  | { readonly kind: "snapshot"; readonly path: string };

const ID = /^[A-Za-z0-9_-]{10,}$/;

export function parseLocation(text: string): Location {
  if (text.startsWith("sheets:")) {
    const id = text.slice("sheets:".length);
    if (!ID.test(id)) throw new SyncError("BAD_ARGS", `ID spreadsheet "${id}" tidak sah (huruf, angka, - dan _, dari URL di antara /d/ dan /edit).`);
    return { kind: "sheets", id };
  }
  // A pasted URL is accepted too: https://docs.google.com/spreadsheets/d/<id>/edit
  const url = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]{10,})/.exec(text);
  if (url?.[1]) return { kind: "sheets", id: url[1] };
  if (text === "") throw new SyncError("BAD_ARGS", "Tempat kosong: tulis sheets:<id>, berkas .xlsx, atau folder cadangan.");
  if (/\.xlsx$/i.test(text)) return { kind: "xlsx", path: text };
  return { kind: "snapshot", path: text };
}

export function openPlace(location: Location, access: Access, ctx: Context, key?: Buffer): Place {
  switch (location.kind) {
    case "sheets":
      return new SheetsPlace(location.id, access, ctx.sheets, ctx.sheetsOptions);
    case "xlsx":
      return new XlsxPlace(location.path);
    case "snapshot":
      return new SnapshotPlace(location.path, key, (m) => ctx.io.err(m));
  }
}

export function describeLocation(location: Location): string {
  return location.kind === "sheets" ? `sheets:${location.id}` : location.path;
}
