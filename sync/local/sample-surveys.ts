// Sample Survei IKM answers for a new local workbook, so the dashboard has IKM to show: 30
// respondents over three services in the last three months, each service with its own tendency
// (certification well rated, complaints handling less so), a few questions left blank and a few
// suggestions. Answers are fixed, not random, so the sample's IKM is the same on every machine.
import { type CellValue, dateCell } from "../../apps-script/core/ports";
import { IKM_ELEMENTS } from "../../apps-script/core/domain/ikm";
import type { WorkingCalendar } from "../../apps-script/core/time/calendar";
import type { LocalDate } from "../../apps-script/core/time/local-date";

type Row = Record<string, CellValue>;

interface ServiceSample {
  readonly code: string;
  readonly prefix: string;
  /** One respondent per string: nine digits 1–4 in IKM_ELEMENTS order, "-" for a blank answer. */
  readonly answers: readonly string[];
  readonly suggestions: Readonly<Record<number, string>>;
}

const SERVICES: readonly ServiceSample[] = [
  {
    code: "SERTIFIKASI_PNS", prefix: "PRM",
    answers: ["443444344", "344343433", "444444443", "343343334", "444434344", "33434-343", "444444444", "343433343", "443443434", "344344443", "434434343", "443344334"],
    suggestions: { 1: "Informasi jadwal uji sebaiknya dikirim lebih awal.", 5: "Ruang tunggu diperluas.", 9: "Pelayanan sudah baik, pertahankan." },
  },
  {
    code: "PENGADUAN", prefix: "ADU",
    answers: ["332323232", "233232322", "323332-23", "322232332", "233323223", "332233232", "223232332", "332322323", "323233322", "232323233"],
    suggestions: { 0: "Tanggapan pengaduan agar lebih cepat.", 6: "Mohon ada nomor WhatsApp khusus pengaduan." },
  },
  {
    code: "PELATIHAN_ASESOR", prefix: "PAK",
    answers: ["343334333", "334333343", "433343334", "3333433-3", "343433333", "334334343", "433333434", "343343333"],
    suggestions: { 3: "Materi pelatihan dibagikan sebelum kelas dimulai." },
  },
];

/** The sample answers, newest last, dated on working days before today. */
export function sampleSurveys(today: LocalDate, calendar: WorkingCalendar): Row[] {
  const year = today.slice(0, 4);
  const rows: { filled: LocalDate; row: Row }[] = [];
  let n = 0;
  for (const service of SERVICES) {
    service.answers.forEach((digits, i) => {
      n += 1;
      // Spread over about three months of working days, the services interleaved.
      const filled = calendar.addWorkingDays(today, -(2 + ((i * 5 + n) % 60)));
      rows.push({ filled, row: {
        "ID Jawaban": `CONTOH-IKM-${String(n).padStart(3, "0")}`,
        "ID Kasus": `${service.prefix}-${year}-${String(900 + i).padStart(5, "0")}`,
        "Kode Layanan": service.code,
        "Tanggal Isi": dateCell(filled),
        ...Object.fromEntries(IKM_ELEMENTS.map((element, e) => [element, digits[e] === "-" ? null : Number(digits[e])])),
        Saran: service.suggestions[i] ?? null,
      } });
    });
  }
  return rows.sort((a, b) => a.filled.localeCompare(b.filled)).map((r) => r.row);
}
