// The one table of error and exit codes: the README's two exit-code tables are exactly it, every
// code's exit code is a status those tables list, and the numbers users rely on stay as they were.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CommandFamily, ERROR_CODES, type ErrorCode, EXIT_STATUSES, exitCodeOf, syncCodeOf } from "../../../apps-script/core/errors/codes";
import { ScheduleLimitError, type WorkbookErrorCode } from "../../../apps-script/core/ports";
import { SyncError } from "../../../sync/backup/errors";
import { LOCAL_EXIT_CODES, LocalFileError } from "../../../sync/local/errors";

const README = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

/** The rows of the Markdown table whose header line is `header`, as [exit code, meaning]. */
function readmeTable(header: string): [number, string][] {
  const lines = README.split("\n");
  const start = lines.indexOf(header);
  if (start < 0) throw new Error(`README has no table headed ${header}`);
  const rows: [number, string][] = [];
  for (const line of lines.slice(start + 2)) {
    const match = /^\| (\d+) \| (.*) \|$/.exec(line);
    if (!match) break;
    rows.push([Number(match[1]), match[2]!]);
  }
  return rows;
}

const README_TABLES: Record<CommandFamily, [number, string][]> = {
  start: readmeTable("| kode keluar | arti (`npm start`, `npm run tenggat`) |"),
  sync: readmeTable("| Kode | Arti |"),
  deploy: readmeTable("| kode keluar | arti (`npm run deploy`) |"),
};

const codes = Object.keys(ERROR_CODES) as ErrorCode[];

describe("the README's exit-code tables", () => {
  it.each(["start", "sync", "deploy"] as const)("list exactly the %s family's statuses, in order, with the same words", (family) => {
    expect(README_TABLES[family]).toEqual(EXIT_STATUSES[family].map(([code, meaning]) => [code, meaning]));
  });

  it.each(["sync", "deploy"] as const)("name, on each row of the %s table, exactly the codes with that exit code", (family) => {
    for (const [exit, meaning] of EXIT_STATUSES[family]) {
      const named = [...meaning.matchAll(/`([A-Z][A-Z_]+)`/g)].map((m) => m[1]).sort();
      const own = codes.filter((c) => (ERROR_CODES[c] as Partial<Record<CommandFamily, number>>)[family] === exit).sort();
      expect(named, `exit ${exit}`).toEqual(own);
    }
  });

  it("give bad arguments the same status in every family (64, EX_USAGE)", () => {
    for (const family of ["start", "sync", "deploy"] as const) expect(exitCodeOf("BAD_ARGS", family), family).toBe(64);
  });
});

describe("every code", () => {
  it("has an Indonesian meaning", () => {
    for (const code of codes) {
      const { meaning } = ERROR_CODES[code];
      expect(meaning.length, code).toBeGreaterThan(10);
      expect(meaning, code).not.toMatch(/\b(the|not|file|error|failed|found)\b/i);
    }
  });

  it.each(["start", "sync", "deploy"] as const)("exits, in the %s family, with a status the README lists", (family) => {
    const listed = new Set(EXIT_STATUSES[family].map(([code]) => code));
    for (const code of codes) {
      const exit = exitCodeOf(code, family);
      if (exit !== null) expect(listed.has(exit), `${code} → ${exit}`).toBe(true);
    }
  });

  it("that a platform adapter raises is in the table (the workbook port, the scheduler, a busy lock)", () => {
    const raised: (WorkbookErrorCode | string)[] = ["NOT_FOUND", "NO_ACCESS", "QUOTA", "CONFLICT", "INVALID", new ScheduleLimitError("x").code, "BUSY"];
    for (const code of raised) expect(codes, code).toContain(code);
  });
});

describe("the numbers users already rely on", () => {
  it("npm start and npm run tenggat: 1 unexpected, 2 invalid, 3 in use, 4 cannot write, 5 self-check, 64 arguments", () => {
    expect(LOCAL_EXIT_CODES).toEqual({
      BAD_ARGS: 64, NOT_FOUND: 2, NO_ACCESS: 4, WRITE_FAILED: 4, INVALID: 2, BUSY: 3, OPEN_IN_APP: 3, CHANGED: 3, READ_ONLY: 4, VERIFY_FAILED: 5,
    });
    expect(exitCodeOf("UNEXPECTED", "start")).toBe(1);
    expect(new LocalFileError("VERIFY_FAILED", "x").exitCode).toBe(5);
  });

  it("npm run sync: the families 2–10 and 11–14, and 64 for arguments as everywhere", () => {
    const exits = Object.fromEntries(codes.filter((c) => (ERROR_CODES[c] as { sync?: number }).sync !== undefined).map((c) => [c, new SyncError(c as never, "x").exitCode]));
    expect(exits).toEqual({
      BAD_ARGS: 64, INVALID: 2, NO_CREDENTIALS: 3, NO_ACCESS: 3, NOT_FOUND: 4, EXISTS: 4, CORRUPT: 5, WRONG_KEY: 5, NO_KEY: 5, QUOTA: 6, UNAVAILABLE: 6,
      CANCELLED: 7, PARTIAL_WRITE: 8, REJECTED: 9, INTERNAL: 10, CONFLICT: 11, IN_USE: 12, NEWER_FORMAT: 13, WRITE_FAILED: 14,
    });
  });

  it("a local failure met by the sync tool keeps its family there (the shared file guard)", () => {
    expect(Object.fromEntries(Object.keys(LOCAL_EXIT_CODES).map((c) => [c, syncCodeOf(c as ErrorCode)]))).toEqual({
      BUSY: "IN_USE", OPEN_IN_APP: "IN_USE", CHANGED: "CONFLICT", READ_ONLY: "NO_ACCESS", NO_ACCESS: "NO_ACCESS",
      WRITE_FAILED: "WRITE_FAILED", NOT_FOUND: "NOT_FOUND", INVALID: "INVALID", BAD_ARGS: "BAD_ARGS", VERIFY_FAILED: "WRITE_FAILED",
    });
    expect(syncCodeOf("SCHEDULE_LIMIT")).toBeNull();
  });

  it("npm run deploy: 2 .clasp.json, 3 checks, 4 clasp, 5 what Apps Script holds, 64 arguments", () => {
    const exits = Object.fromEntries(codes.flatMap((c) => (exitCodeOf(c, "deploy") === null ? [] : [[c, exitCodeOf(c, "deploy")]])));
    expect(exits).toEqual({ BAD_ARGS: 64, INVALID: 2, UNEXPECTED: 1, CHECK_FAILED: 3, CLASP_FAILED: 4, PUSH_MISMATCH: 5 });
  });
});
