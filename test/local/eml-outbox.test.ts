// The local sender: each message sent becomes an RFC 5322 .eml file in surat/surel/, staged with
// the letters, so it exists exactly when the saved workbook says "Terkirim"; an address MailApp
// would refuse is refused here too, with the same outcome on the row.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StagedOutputs } from "../../sync/letters/staged-outputs";
import { EML_FOLDER, EmlOutbox } from "../../sync/local/eml-outbox";

const SENT_AT = new Date("2026-11-23T03:15:00Z");

describe("the .eml outbox", () => {
  it("writes one file per message, with the UTF-8 subject encoded and the body as sent, only once committed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eml-"));
    const outputs = await StagedOutputs.begin(dir);
    const outbox = new EmlOutbox(() => SENT_AT);
    outbox.send({ to: "lina@contoh.id", subject: "Akun RCC PRC-2026-00001: silakan isi APL.02.RCC", body: "Yth. Dr. Lina Marlina, M.Psi.,\n\nSilakan melengkapi asesmen mandiri." });
    outbox.send({ to: " ahmad@contoh.id ", subject: "Akun RCC PRC-2026-00001: silakan isi APL.02.RCC", body: "Yth. Ahmad — peserta" });
    const paths = await outbox.writeTo(dir, outputs, "BNSP Contoh <layanan@contoh.go.id>");
    expect(paths.map((p) => p.slice(dir.length + 1))).toEqual([
      join(EML_FOLDER, "akun-rcc-prc-2026-00001-silakan-isi-apl02rcc.eml"), join(EML_FOLDER, "akun-rcc-prc-2026-00001-silakan-isi-apl02rcc-2.eml"),
    ]);
    expect(existsSync(paths[0]!)).toBe(false); // staged until the workbook is saved
    await outputs.commitAfter("a".repeat(64));
    const first = readFileSync(paths[0]!, "utf8");
    expect(first).toMatch(/^From: BNSP Contoh <layanan@contoh\.go\.id>$/m);
    expect(first).toMatch(/^To: lina@contoh\.id$/m);
    expect(first).toMatch(/^Subject: Akun RCC PRC-2026-00001: silakan isi APL\.02\.RCC$/m);
    expect(first).toMatch(/^Date: Mon, 23 Nov 2026 03:15:00 \+0000$/m);
    expect(first).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(first).toContain("Silakan melengkapi asesmen mandiri.");
    const second = readFileSync(paths[1]!, "utf8");
    expect(second).toMatch(/^To: ahmad@contoh\.id$/m);
    expect(second).toContain("Content-Transfer-Encoding: quoted-printable");
    expect(second).toContain("Ahmad =E2=80=94 peserta"); // the em dash, encoded
    expect(readdirSync(join(dir, EML_FOLDER))).toHaveLength(2);
  });

  it("refuses what MailApp refuses: no address, two addresses, spaces", () => {
    const outbox = new EmlOutbox(() => SENT_AT);
    for (const to of ["", "lina", "lina@contoh.id, ahmad@contoh.id", "lina marlina@contoh.id"]) {
      expect(() => outbox.send({ to, subject: "s", body: "b" })).toThrow(/Alamat surel tidak valid/);
    }
    expect(outbox.remainingQuota()).toBe(Number.POSITIVE_INFINITY);
  });

  it("writes nothing when the run is discarded (the workbook was not saved)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eml-"));
    const outputs = await StagedOutputs.begin(dir);
    const outbox = new EmlOutbox(() => SENT_AT);
    outbox.send({ to: "lina@contoh.id", subject: "Akun", body: "b" });
    const [path] = await outbox.writeTo(dir, outputs, "x <x@contoh.id>");
    await outputs.discard();
    expect(existsSync(path!)).toBe(false);
    expect(readdirSync(join(dir, EML_FOLDER)).filter((f) => f.endsWith(".eml"))).toEqual([]);
  });
});
