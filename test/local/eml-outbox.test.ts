// The local sender: each message sent becomes an RFC 5322 .eml file in surat/surel/, staged with
// the letters, so it exists exactly when the saved workbook says "Terkirim"; an address MailApp
// would refuse is refused here too, with the same outcome on the row.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
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

  it("attaches a letter's PDF (its file: link) to the .eml, and refuses the message while the PDF is missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eml-"));
    const pdfPath = join(dir, "SRT-000001.pdf");
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255]), Buffer.from("\n%%EOF\n")]);
    writeFileSync(pdfPath, pdf);
    const outbox = new EmlOutbox(() => SENT_AT);
    const missing = { name: "SRT-000002.pdf", link: pathToFileURL(join(dir, "SRT-000002.pdf")).href };
    expect(() => outbox.send({ to: "rina@contoh.go.id", subject: "Surat", body: "b", attachments: [missing] })).toThrow(/berkas PDF tidak ditemukan/);
    outbox.send({ to: "rina@contoh.go.id", subject: "Surat Penolakan Permohonan 800/1", body: "Terlampir.", attachments: [{ name: "SRT-000001.pdf", link: pathToFileURL(pdfPath).href }] });
    const outputs = await StagedOutputs.begin(dir);
    const [path] = await outbox.writeTo(dir, outputs, "BPSDM <layanan@contoh.go.id>");
    await outputs.commitAfter("b".repeat(64));
    const parts = mimeParts(readFileSync(path!, "utf8"));
    expect(parts.map((p) => p.headers["content-type"]?.split(";")[0])).toEqual(["text/plain", "application/pdf"]);
    const attached = parts[1]!;
    expect(attached.headers["content-disposition"]).toMatch(/attachment; filename=SRT-000001\.pdf/);
    const bytes = Buffer.from(attached.body.replace(/\s+/g, ""), "base64");
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(bytes.equals(pdf)).toBe(true);
  });
});

/** The parts of a multipart message: each part's headers (lower-cased names, folded lines joined) and body. */
function mimeParts(eml: string): { headers: Record<string, string>; body: string }[] {
  const text = eml.replace(/\r\n/g, "\n");
  const boundary = /boundary="?([^";\n]+)"?/i.exec(text)?.[1];
  if (!boundary) throw new Error("not a multipart message");
  return text.split(`--${boundary}`).slice(1, -1).map((part) => {
    const [head, ...body] = part.replace(/^\n/, "").split("\n\n");
    const headers: Record<string, string> = {};
    for (const line of head!.replace(/\n[ \t]+/g, " ").split("\n")) {
      const colon = line.indexOf(":");
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    return { headers, body: body.join("\n\n") };
  });
}
