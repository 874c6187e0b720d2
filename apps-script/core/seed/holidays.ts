// National holidays and cuti bersama 2025–2026, as set by the SKB 3 Menteri (joint decree of the
// Minister of Religious Affairs, Minister of Manpower and Minister of PANRB):
// 2025: SKB 1017/2024, 2/2024, 2/2024, amended by SKB 933/2025, 1/2025, 3/2025 (18 Aug 2025 cuti bersama);
// 2026: SKB 1497/2025, 2/2025, 5/2025. Copied from shared/data/hari-libur-2025-2026.csv; a test keeps
// the two identical. Offices keep later years in their own Libur register.

export interface ShippedHoliday {
  readonly tanggal: string;
  readonly jenis: "Libur Nasional" | "Cuti Bersama";
  readonly keterangan: string;
  readonly dasar: string;
}

// One line a day, "date kind name" (L = Libur Nasional, C = Cuti Bersama), grouped by legal basis:
// a third of the size of one object literal a day, in the Apps Script bundle.
const BY_BASIS: Readonly<Record<string, string>> = {
  "SKB 3 Menteri 1017/2024; 2/2024; 2/2024": `
2025-01-01 L Tahun Baru 2025 Masehi
2025-01-27 L Isra Mikraj Nabi Muhammad SAW
2025-01-28 C Cuti bersama Tahun Baru Imlek
2025-01-29 L Tahun Baru Imlek 2576 Kongzili
2025-03-28 C Cuti bersama Hari Suci Nyepi
2025-03-29 L Hari Suci Nyepi (Tahun Baru Saka 1947)
2025-03-31 L Idulfitri 1446 H
2025-04-01 L Idulfitri 1446 H
2025-04-02 C Cuti bersama Idulfitri
2025-04-03 C Cuti bersama Idulfitri
2025-04-04 C Cuti bersama Idulfitri
2025-04-07 C Cuti bersama Idulfitri
2025-04-18 L Wafat Yesus Kristus
2025-04-20 L Kebangkitan Yesus Kristus (Paskah)
2025-05-01 L Hari Buruh Internasional
2025-05-12 L Hari Raya Waisak 2569 BE
2025-05-13 C Cuti bersama Hari Raya Waisak
2025-05-29 L Kenaikan Yesus Kristus
2025-05-30 C Cuti bersama Kenaikan Yesus Kristus
2025-06-01 L Hari Lahir Pancasila
2025-06-06 L Iduladha 1446 H
2025-06-09 C Cuti bersama Iduladha
2025-06-27 L 1 Muharam Tahun Baru Islam 1447 H
2025-08-17 L Proklamasi Kemerdekaan Republik Indonesia
2025-09-05 L Maulid Nabi Muhammad SAW
2025-12-25 L Kelahiran Yesus Kristus
2025-12-26 C Cuti bersama Kelahiran Yesus Kristus`,
  "SKB 3 Menteri 933/2025; 1/2025; 3/2025 (perubahan)": `
2025-08-18 C Cuti bersama HUT ke-80 Republik Indonesia`,
  "SKB 3 Menteri 1497/2025; 2/2025; 5/2025": `
2026-01-01 L Tahun Baru 2026 Masehi
2026-01-16 L Isra Mikraj Nabi Muhammad SAW
2026-02-16 C Cuti bersama Tahun Baru Imlek
2026-02-17 L Tahun Baru Imlek 2577 Kongzili
2026-03-18 C Cuti bersama Hari Suci Nyepi
2026-03-19 L Hari Suci Nyepi (Tahun Baru Saka 1948)
2026-03-20 C Cuti bersama Idulfitri
2026-03-21 L Idulfitri 1447 H
2026-03-22 L Idulfitri 1447 H
2026-03-23 C Cuti bersama Idulfitri
2026-03-24 C Cuti bersama Idulfitri
2026-04-03 L Wafat Yesus Kristus
2026-04-05 L Kebangkitan Yesus Kristus (Paskah)
2026-05-01 L Hari Buruh Internasional
2026-05-14 L Kenaikan Yesus Kristus
2026-05-15 C Cuti bersama Kenaikan Yesus Kristus
2026-05-27 L Iduladha 1447 H
2026-05-28 C Cuti bersama Iduladha
2026-05-31 L Hari Raya Waisak 2570 BE
2026-06-01 L Hari Lahir Pancasila
2026-06-16 L 1 Muharam Tahun Baru Islam 1448 H
2026-08-17 L Proklamasi Kemerdekaan Republik Indonesia
2026-08-25 L Maulid Nabi Muhammad SAW
2026-12-24 C Cuti bersama Kelahiran Yesus Kristus
2026-12-25 L Kelahiran Yesus Kristus`,
};

export const SHIPPED_HOLIDAYS: readonly ShippedHoliday[] = Object.entries(BY_BASIS)
  .flatMap(([dasar, lines]) =>
    lines.trim().split("\n").map((line): ShippedHoliday => ({
      tanggal: line.slice(0, 10),
      jenis: line[11] === "C" ? "Cuti Bersama" : "Libur Nasional",
      keterangan: line.slice(13),
      dasar,
    })),
  )
  .sort((a, b) => (a.tanggal < b.tanggal ? -1 : a.tanggal > b.tanggal ? 1 : 0));
