// The fake Apps Script services behave like the documented real ones where the bundle relies on them.
import { describe, expect, it } from "vitest";
import { GasRuntime } from "./harness";

async function runtime(): Promise<GasRuntime> {
  return GasRuntime.create({ timeZone: "Asia/Makassar" });
}

describe("Range values", () => {
  it("rejects setValues whose dimensions differ from the range, with the platform's message", async () => {
    const rt = await runtime();
    rt.asScript(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
        "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
      );
      expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow("The number of columns in the data does not match");
      expect(() => sheet.getRange(1001, 1)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
      expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    });
  });

  it("reads blanks as '' and dates as Dates at the wall time in the spreadsheet's zone", async () => {
    const rt = await runtime();
    rt.asScript(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      sheet.getRange(1, 1, 1, 2).setValues([["2026-03-12", ""]]);
      const [[date, blank]] = sheet.getRange(1, 1, 1, 2).getValues();
      expect(blank).toBe("");
      expect(Object.prototype.toString.call(date)).toBe("[object Date]");
      expect((date as Date).toISOString()).toBe("2026-03-11T16:00:00.000Z"); // midnight WITA
    });
    expect(rt.sheet("Sheet1")._plain(1, 1)).toBe("2026-03-12");
  });

  it("parses strings like typing: formulas, numbers (losing NIP digits) and booleans, unless apostrophe or text format", async () => {
    const rt = await runtime();
    rt.asScript(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      sheet.getRange(2, 2, 1, 1).setNumberFormat("@");
      sheet.getRange(1, 1, 1, 5).setValues([["=1+1", "199002152015032002", "true", "'=1+1", "-x"]]);
      sheet.getRange(2, 1, 1, 2).setValues([["'199002152015032002", "199002152015032002"]]);
    });
    const sheet = rt.sheet("Sheet1");
    expect(sheet._hasFormula(1, 1)).toBe(true);
    expect(sheet._plain(1, 2)).toBe(199002152015032000);
    expect(sheet._plain(1, 3)).toBe(true);
    expect(sheet._plain(1, 4)).toBe("=1+1");
    expect(sheet._hasFormula(1, 5)).toBe(true);
    expect(sheet._plain(2, 1)).toBe("199002152015032002");
    expect(sheet._plain(2, 2)).toBe("199002152015032002");
  });
});

describe("execution contexts", () => {
  it("refuses getUi outside the UI, mail and triggers in simple triggers, and writes in custom functions", async () => {
    const rt = await runtime();
    rt.asScript(({ SpreadsheetApp }) => {
      expect(() => SpreadsheetApp.getUi()).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
    });
    rt.asScript(({ MailApp, ScriptApp }) => {
      expect(() => MailApp.sendEmail("a@b.go.id", "s", "b")).toThrow(/permission/);
      expect(() => ScriptApp.newTrigger("x")).toThrow(/permission/);
    }, { authMode: "LIMITED" });
    rt.asScript(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      expect(sheet.getRange(1, 1).getValues()).toEqual([[""]]);
      expect(() => sheet.getRange(1, 1).setValues([[1]])).toThrow(/permission/);
    }, { authMode: "CUSTOM_FUNCTION" });
  });

  it("counts every service call by service and method", async () => {
    const rt = await runtime();
    const calls = rt.asScript(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Sheet1");
      sheet.getRange(1, 1, 3, 3).getValues();
      return rt.store.current().calls;
    });
    expect(calls.summary()).toEqual({ "SpreadsheetApp.getActiveSpreadsheet": 1, "Spreadsheet.getSheetByName": 1, "Sheet.getRange": 1, "Range.getValues": 1 });
  });

  it("stops an execution that runs past six minutes", async () => {
    const rt = await runtime();
    rt.store.callCostMs = 61_000;
    expect(() =>
      rt.asScript(({ SpreadsheetApp }) => {
        for (let i = 0; i < 10; i += 1) SpreadsheetApp.getActiveSpreadsheet();
      }),
    ).toThrow("Exceeded maximum execution time");
  });
});

describe("ScriptApp triggers", () => {
  const oneOff = (ScriptApp: any, handler: string) => ScriptApp.newTrigger(handler).timeBased().after(60_000).create();

  it("belong to the user who made them, who alone lists them; fired one-off triggers stay listed until deleted", async () => {
    const rt = await runtime();
    rt.asScript(({ ScriptApp }) => oneOff(ScriptApp, "lanjutAdmin"));
    rt.asScript(({ ScriptApp }) => oneOff(ScriptApp, "lanjutKepala"), { user: "kepala@bkpsdm.go.id" });
    expect(rt.store.triggers.map((t) => [t.handler, t.owner])).toEqual([["lanjutAdmin", rt.store.owner], ["lanjutKepala", "kepala@bkpsdm.go.id"]]);
    rt.runDueOneOffTriggers(60_000);
    rt.asScript(({ ScriptApp }) => {
      const mine = ScriptApp.getProjectTriggers();
      expect(mine.map((t: any) => t.getHandlerFunction())).toEqual(["lanjutAdmin"]);
      ScriptApp.deleteTrigger(mine[0]);
      expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    });
    expect(rt.store.triggers.map((t) => t.handler)).toEqual(["lanjutKepala"]);
  });

  it("refuse a user's 21st trigger with the platform's message; other users' triggers do not count", async () => {
    const rt = await runtime();
    rt.asScript(({ ScriptApp }) => {
      for (let i = 0; i < 20; i += 1) oneOff(ScriptApp, `kerja${i}`);
    }, { user: "kepala@bkpsdm.go.id" });
    rt.asScript(({ ScriptApp }) => {
      for (let i = 0; i < 20; i += 1) oneOff(ScriptApp, `kerja${i}`);
      expect(() => oneOff(ScriptApp, "satuLagi")).toThrow("This script has too many triggers. Triggers must be deleted from the script before more can be added.");
    });
    expect(rt.store.triggers).toHaveLength(40);
  });
});

describe("protections and locks", () => {
  it("starts a protection with every editor of the file, as the real service does", async () => {
    const rt = await runtime();
    rt.asScript(({ SpreadsheetApp }) => {
      SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange("B:B").protect();
    });
    expect(() => rt.edit("petugas@bkpsdm.go.id", "Sheet1", 1, 2, [["x"]])).not.toThrow();
    rt.asScript(({ SpreadsheetApp }) => {
      const p = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getProtections("RANGE")[0];
      p.removeEditors(p.getEditors());
      p.setDomainEdit(false);
    });
    expect(() => rt.edit("petugas@bkpsdm.go.id", "Sheet1", 1, 2, [["y"]])).toThrow(/protected/);
  });

  it("lets only one execution hold the document lock", async () => {
    const rt = await runtime();
    rt.asScript(({ LockService }) => {
      expect(LockService.getDocumentLock().tryLock(1000)).toBe(true);
      rt.asScript(({ LockService: other }) => {
        expect(other.getDocumentLock().tryLock(1000)).toBe(false);
        expect(() => other.getDocumentLock().waitLock(1000)).toThrow("Lock timeout");
      });
      LockService.getDocumentLock().releaseLock();
    });
  });

  it("keeps the script lock apart from the document lock", async () => {
    const rt = await runtime();
    rt.asScript(({ LockService }) => {
      expect(LockService.getDocumentLock().tryLock(1000)).toBe(true);
      rt.asScript(({ LockService: other }) => {
        expect(other.getScriptLock().tryLock(1000)).toBe(true);
        expect(other.getDocumentLock().tryLock(1000)).toBe(false);
      });
    });
  });
});

describe("Drive and Docs", () => {
  it("converts HTML to a Doc holding its visible text, and returns only the fields asked for", async () => {
    const rt = await runtime();
    const file = rt.asScript(({ Drive, Utilities }) =>
      Drive.Files.create({ name: "Surat", mimeType: "application/vnd.google-apps.document" }, Utilities.newBlob("<style>p{}</style><p>Nomor <b>[NOMOR SURAT]</b> &amp; lain</p><table><tr><td>a</td><td>b</td></tr></table>", "text/html")),
    );
    expect(Object.keys(file)).toEqual(["kind", "id", "name", "mimeType"]);
    expect(rt.store.drive.files.get(file.id)!.doc).toMatchObject({ text: "Nomor [NOMOR SURAT] & lain\na\tb", pageWidth: 612, pageHeight: 792 });
    expect(rt.store.totalCalls.of("Drive.Files.create")).toBe(1);
  });

  it("replaces text literally with the Docs API (replaceAllText), sets the page, and applies a batch all or nothing", async () => {
    const rt = await runtime();
    rt.asScript(({ Drive, Utilities, Docs }) => {
      const { id } = Drive.Files.create({ name: "S", mimeType: "application/vnd.google-apps.document" }, Utilities.newBlob("<p>Nomor [NOMOR SURAT], nomor [nomor surat]</p>", "text/html"));
      const reply = Docs.Documents.batchUpdate({ requests: [{ replaceAllText: { containsText: { text: "[NOMOR SURAT]", matchCase: true }, replaceText: "800/1" } }] }, id);
      expect(reply.replies).toEqual([{ replaceAllText: { occurrencesChanged: 1 } }]);
      const pt = (magnitude: number) => ({ magnitude, unit: "PT" });
      Docs.Documents.batchUpdate({ requests: [{ updateDocumentStyle: { documentStyle: { pageSize: { width: pt(595), height: pt(842) }, marginTop: pt(50) }, fields: "pageSize,marginTop" } }] }, id);
      expect(() => Docs.Documents.batchUpdate({ requests: [{ replaceAllText: { containsText: { text: "Nomor" }, replaceText: "X" } }, { insertText: {} }] }, id)).toThrow(/Invalid requests\[1\]/);
      const doc = Docs.Documents.get(id);
      expect(doc.documentStyle).toMatchObject({ pageSize: { width: pt(595), height: pt(842) }, marginTop: pt(50), marginLeft: pt(72) });
    });
    const doc = [...rt.store.drive.files.values()].find((f) => f.doc)!.doc!;
    expect(doc.text).toBe("Nomor 800/1, nomor [nomor surat]"); // the failed batch changed nothing
  });

  it("exports a Doc as PDF only with alt=media, as a Blob or as a string", async () => {
    const rt = await runtime();
    rt.asScript(({ Drive, Utilities }) => {
      const { id } = Drive.Files.create({ name: "S", mimeType: "application/vnd.google-apps.document" }, Utilities.newBlob("<p>isi</p>", "text/html"));
      expect(() => Drive.Files.export(id, "application/pdf")).toThrow(/Export requires alt=media/);
      expect(Drive.Files.export(id, "application/pdf", { alt: "media" }).getDataAsString()).toContain("isi");
      rt.store.drive.exportAs = "string";
      expect(Drive.Files.export(id, "application/pdf", { alt: "media" })).toContain("isi");
    });
  });

  it("grants what the manifest's scopes grant: drive.file sees only the script's files, DriveApp needs all of Drive", async () => {
    const rt = await runtime();
    const staffFile = rt.store.drive._addUserFile("Data pribadi", "application/vnd.google-apps.spreadsheet");
    rt.asScript(({ Drive, DriveApp }) => {
      expect(() => Drive.Files.get(staffFile.id)).toThrow(/File not found/);
      expect(() => DriveApp.getFileById(staffFile.id)).toThrow(/Required permissions: https:\/\/www.googleapis.com\/auth\/drive$/);
    });
  });

  it("refuses DocumentApp without the documents scope, and the daily Doc beyond the quota", async () => {
    const rt = await runtime();
    rt.store.drive.docsQuota = 1;
    rt.asScript(({ Drive, Utilities, DocumentApp }) => {
      const create = () => Drive.Files.create({ name: "S", mimeType: "application/vnd.google-apps.document" }, Utilities.newBlob("<p>x</p>", "text/html"));
      const { id } = create();
      expect(() => DocumentApp.openById(id)).toThrow(/Required permissions: https:\/\/www.googleapis.com\/auth\/documents$/);
      expect(() => create()).toThrow("Service invoked too many times for one day: docs create.");
    });
  });

  it("reaches with drive.file only what the running user's own runs created (Drive and Docs)", async () => {
    const rt = await runtime();
    const id = rt.asScript(({ Drive, Utilities }) => Drive.Files.create({ name: "S", mimeType: "application/vnd.google-apps.document" }, Utilities.newBlob("<p>x</p>", "text/html")).id);
    rt.asScript(({ Drive, Docs }) => {
      expect(() => Drive.Files.get(id)).toThrow(/File not found/);
      expect(() => Docs.Documents.batchUpdate({ requests: [] }, id)).toThrow(/Requested entity was not found/);
    }, { user: "kepala@bkpsdm.go.id" });
    rt.asScript(({ Drive }) => expect(Drive.Files.get(id).id).toBe(id));
  });

  it("finds a file moved into a shared drive only with supportsAllDrives", async () => {
    const rt = await runtime();
    const id = rt.asScript(({ Drive }) => Drive.Files.create({ name: "Dokumen", mimeType: "application/vnd.google-apps.folder" }).id);
    rt.store.drive._moveToSharedDrive(id);
    rt.asScript(({ Drive }) => {
      expect(() => Drive.Files.get(id)).toThrow(/File not found/);
      expect(Drive.Files.get(id, { supportsAllDrives: true }).id).toBe(id);
      expect(() => Drive.Files.create({ name: "Sub", mimeType: "application/vnd.google-apps.folder", parents: [id] })).toThrow(/File not found/);
    });
  });
});

describe("who a script runs as", () => {
  it("writes a protected range only as an editor of the protection; warning-only protections let anyone write", async () => {
    const rt = await runtime();
    const protection = rt.asScript(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      const p = sheet.getRange(1, 1, 5, 1).protect();
      p.removeEditors(p.getEditors());
      p.setDomainEdit(false);
      return p;
    });
    const write = (user: string) => rt.asScript(({ SpreadsheetApp }) => SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(2, 1, 1, 2).setValues([["x", "y"]]), { user });
    expect(() => write("petugas@bkpsdm.go.id")).toThrow("You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.");
    expect(rt.asScript(({ SpreadsheetApp }) => SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getProtections("RANGE")[0].canEdit(), { user: "petugas@bkpsdm.go.id" })).toBe(false);
    expect(() => write(rt.store.owner)).not.toThrow();
    rt.asScript(() => protection.setWarningOnly(true));
    expect(() => write("petugas@bkpsdm.go.id")).not.toThrow();
  });

  it("is the clicker in a menu execution and the creator in an installable trigger (Session.getEffectiveUser)", async () => {
    const rt = await runtime();
    const who = ({ Session }: Record<string, any>) => [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()];
    expect(rt.asScript(who, { user: "kepala@bkpsdm.go.id" })).toEqual(["kepala@bkpsdm.go.id", "kepala@bkpsdm.go.id"]);
    expect(rt.asScript(who, { user: "kepala@bkpsdm.go.id", effectiveUser: rt.store.owner })).toEqual(["kepala@bkpsdm.go.id", rt.store.owner]);
  });

  it("keeps the document lock and the script lock apart", async () => {
    const rt = await runtime();
    rt.store.scriptLockHolder = 999;
    rt.asScript(({ LockService }) => {
      expect(LockService.getScriptLock().tryLock(10)).toBe(false);
      expect(LockService.getDocumentLock().tryLock(10)).toBe(true);
      expect(() => LockService.getScriptLock().waitLock(10)).toThrow(/Lock timeout/);
    });
  });
});
