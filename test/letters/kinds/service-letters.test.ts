// The disposition sheet, the answer to a complaint and the decision on an appeal: each variant's
// wording, and every refusal named in Indonesian.
import { describe, expect, it } from "vitest";
import type { LetterTypeCode } from "../../../apps-script/core/letters/letter-types";
import { prepareLetter } from "../../../apps-script/core/letters/render";
import { makeOffice, refusalOf, sampleData } from "../fixtures";
import { textOf } from "../html-text";

const render = (type: LetterTypeCode, data: unknown, caseId = "SM-2026-00017") =>
  textOf(prepareLetter(type, data, { ...makeOffice(), caseId }).html);
const refusal = (type: LetterTypeCode, data: unknown, caseId = "SM-2026-00017") => refusalOf(() => render(type, data, caseId));

describe("a disposition sheet", () => {
  const base = sampleData("LEMBAR_DISPOSISI");

  it("for a letter routed straight to a section names the section and no disposition", () => {
    const text = render("LEMBAR_DISPOSISI", { ...base, addressedTo: "Lisensi", forwardTo: "Lisensi", routedStraight: true, instruction: undefined });
    expect(text).toContain("Diteruskan kepada Lisensi (diteruskan langsung ke bagian sesuai alur surat masuk)");
    expect(text).toContain("Isi disposisi – Batas waktu");
  });

  it("received after the cut-off on a Friday is due on Monday, not TS", () => {
    const text = render("LEMBAR_DISPOSISI", { ...base, received: { date: "2026-04-10", time: "15.40" }, dueDate: "2026-04-13" });
    expect(text).toContain("Diterima tanggal Jumat, 10 April 2026, pukul 15.40 WITA");
    expect(text).toContain("Batas waktu disposisi Senin, 13 April 2026");
    expect(text).not.toContain("TS (tanggal yang sama),");
  });

  it("without a time or the sender's date prints the date alone and a dash", () => {
    const text = render("LEMBAR_DISPOSISI", { ...base, received: { date: "2026-04-06" }, senderLetterDate: undefined });
    expect(text).toContain("Diterima tanggal Senin, 6 April 2026 Perihal");
    expect(text).toContain("Tanggal surat – Diterima");
  });

  it("is refused naming every missing or invalid field", () => {
    const { sender: _s, forwardTo: _f, ...rest } = base;
    const error = refusal("LEMBAR_DISPOSISI", { ...rest, received: { date: "2026-04-06", time: "25.00" }, dueDate: "" });
    expect(error.fields).toEqual(expect.arrayContaining(["sender", "forwardTo", "received.time", "dueDate"]));
    expect(error.message).toMatch(/^Lembar Disposisi untuk surat masuk SM-2026-00017 tidak dibuat: /);
    expect(error.message).toContain("pengirim wajib diisi");
    expect(error.message).toContain("disposisi kepada wajib diisi");
    expect(error.message).toContain("waktu diterima › pukul harus jam seperti 08.00");
    expect(error.message).toContain("batas waktu disposisi (tenggat langkah) harus tanggal yang valid");
  });
});

describe("an answer to a complaint", () => {
  const base = sampleData("JAWABAN_PENGADUAN");

  it.each([
    ["Langsung", "melalui kedatangan langsung ke unit layanan"],
    ["E-mail Resmi", "melalui e-mail resmi unit layanan"],
    ["Helpdesk", "melalui helpdesk/petugas layanan"],
    ["SP4N-LAPOR!", "melalui SP4N-LAPOR! dan dicatat"],
  ] as const)("received by %s says so", (channel, phrase) => {
    expect(render("JAWABAN_PENGADUAN", { ...base, channel }, "ADU-2026-00003")).toContain(phrase);
  });

  it("states the promise in the service's own unit, and leaves out what is not known", () => {
    const text = render("JAWABAN_PENGADUAN", { ...base, responseDays: 5, dayUnit: "hari kalender", relatedCase: undefined, complainant: { name: "Bambang Sutrisno" } }, "ADU-2026-00003");
    expect(text).toContain("paling lama 5 (lima) hari kalender");
    expect(text).not.toContain("terkait kasus");
    expect(text).toContain("Yth. Sdr. Bambang Sutrisno di tempat");
  });

  it("is refused without the follow-up, or with a channel the service standard does not list", () => {
    const error = refusal("JAWABAN_PENGADUAN", { ...base, followUp: " ", channel: "WhatsApp", responseDays: 0 }, "ADU-2026-00003");
    expect(error.message).toMatch(/^Surat Jawaban Pengaduan untuk pengaduan ADU-2026-00003 tidak dibuat: /);
    expect(error.message).toContain("tindak lanjut wajib diisi");
    expect(error.message).toContain("saluran harus salah satu dari: Langsung, E-mail Resmi, Helpdesk, SP4N-LAPOR!");
    expect(error.message).toContain("SLA layanan harus lebih dari 0");
  });
});

describe("a decision on an appeal", () => {
  const base = sampleData("PUTUSAN_BANDING");
  const decide = (data: unknown) => render("PUTUSAN_BANDING", data, "BDG-2026-00002");

  it("accepted: re-assessment, announced in a separate letter", () => {
    const text = decide(base);
    expect(text).toContain("banding Saudara diterima");
    expect(text).toContain("asesmen ulang");
    expect(text).not.toContain("tetap berlaku");
  });

  it("refused: the original decision stands, no re-assessment", () => {
    const text = decide({ ...base, decision: "Ditolak" });
    expect(text).toContain("banding Saudara ditolak , sehingga keputusan sertifikasi semula atas permohonan PRM-2026-00031 tetap berlaku");
    expect(text).not.toContain("asesmen ulang");
  });

  it("filed after the deadline: not accepted, with the deadline in working days and no panel", () => {
    const text = decide({ ...base, decision: "Tidak Dapat Diterima", panel: undefined, deadlineDays: 10 });
    expect(text).toContain("tidak dapat diterima karena diajukan melewati batas waktu pengajuan banding, yaitu paling lama 10 (sepuluh) hari kerja");
    expect(text).not.toContain("panel banding yang terdiri atas");
  });

  it("is refused without the panel that decided, or the deadline a late appeal missed", () => {
    expect(refusal("PUTUSAN_BANDING", { ...base, panel: undefined }, "BDG-2026-00002").message)
      .toContain("anggota panel wajib diisi bila banding diperiksa panel");
    const late = refusal("PUTUSAN_BANDING", { ...base, decision: "Tidak Dapat Diterima", deadlineDays: undefined }, "BDG-2026-00002");
    expect(late.fields).toEqual(["deadlineDays"]);
    expect(late.message).toContain("batas pengajuan banding (hari kerja) wajib diisi (Pengaturan) bila banding lewat batas waktu");
  });

  it("reports an unknown decision together with the other problems", () => {
    const error = refusal("PUTUSAN_BANDING", { ...base, decision: "Ditunda", reason: "", filedDate: "2026-13-01" }, "BDG-2026-00002");
    expect(error.fields).toEqual(expect.arrayContaining(["decision", "reason", "filedDate"]));
    expect(error.message).toContain("putusan panel harus salah satu dari: Diterima, Ditolak, Tidak Dapat Diterima");
    expect(error.message).toContain("alasan banding wajib diisi");
    expect(error.message).toContain("tanggal banding harus tanggal yang valid");
  });
});
