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

export const SHIPPED_HOLIDAYS: readonly ShippedHoliday[] = [
  { tanggal: "2025-01-01", jenis: "Libur Nasional", keterangan: "Tahun Baru 2025 Masehi", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-01-27", jenis: "Libur Nasional", keterangan: "Isra Mikraj Nabi Muhammad SAW", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-01-28", jenis: "Cuti Bersama", keterangan: "Cuti bersama Tahun Baru Imlek", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-01-29", jenis: "Libur Nasional", keterangan: "Tahun Baru Imlek 2576 Kongzili", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-03-28", jenis: "Cuti Bersama", keterangan: "Cuti bersama Hari Suci Nyepi", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-03-29", jenis: "Libur Nasional", keterangan: "Hari Suci Nyepi (Tahun Baru Saka 1947)", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-03-31", jenis: "Libur Nasional", keterangan: "Idulfitri 1446 H", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-04-01", jenis: "Libur Nasional", keterangan: "Idulfitri 1446 H", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-04-02", jenis: "Cuti Bersama", keterangan: "Cuti bersama Idulfitri", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-04-03", jenis: "Cuti Bersama", keterangan: "Cuti bersama Idulfitri", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-04-04", jenis: "Cuti Bersama", keterangan: "Cuti bersama Idulfitri", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-04-07", jenis: "Cuti Bersama", keterangan: "Cuti bersama Idulfitri", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-04-18", jenis: "Libur Nasional", keterangan: "Wafat Yesus Kristus", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-04-20", jenis: "Libur Nasional", keterangan: "Kebangkitan Yesus Kristus (Paskah)", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-05-01", jenis: "Libur Nasional", keterangan: "Hari Buruh Internasional", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-05-12", jenis: "Libur Nasional", keterangan: "Hari Raya Waisak 2569 BE", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-05-13", jenis: "Cuti Bersama", keterangan: "Cuti bersama Hari Raya Waisak", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-05-29", jenis: "Libur Nasional", keterangan: "Kenaikan Yesus Kristus", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-05-30", jenis: "Cuti Bersama", keterangan: "Cuti bersama Kenaikan Yesus Kristus", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-06-01", jenis: "Libur Nasional", keterangan: "Hari Lahir Pancasila", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-06-06", jenis: "Libur Nasional", keterangan: "Iduladha 1446 H", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-06-09", jenis: "Cuti Bersama", keterangan: "Cuti bersama Iduladha", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-06-27", jenis: "Libur Nasional", keterangan: "1 Muharam Tahun Baru Islam 1447 H", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-08-17", jenis: "Libur Nasional", keterangan: "Proklamasi Kemerdekaan Republik Indonesia", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-08-18", jenis: "Cuti Bersama", keterangan: "Cuti bersama HUT ke-80 Republik Indonesia", dasar: "SKB 3 Menteri 933/2025; 1/2025; 3/2025 (perubahan)" },
  { tanggal: "2025-09-05", jenis: "Libur Nasional", keterangan: "Maulid Nabi Muhammad SAW", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-12-25", jenis: "Libur Nasional", keterangan: "Kelahiran Yesus Kristus", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2025-12-26", jenis: "Cuti Bersama", keterangan: "Cuti bersama Kelahiran Yesus Kristus", dasar: "SKB 3 Menteri 1017/2024; 2/2024; 2/2024" },
  { tanggal: "2026-01-01", jenis: "Libur Nasional", keterangan: "Tahun Baru 2026 Masehi", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-01-16", jenis: "Libur Nasional", keterangan: "Isra Mikraj Nabi Muhammad SAW", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-02-16", jenis: "Cuti Bersama", keterangan: "Cuti bersama Tahun Baru Imlek", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-02-17", jenis: "Libur Nasional", keterangan: "Tahun Baru Imlek 2577 Kongzili", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-03-18", jenis: "Cuti Bersama", keterangan: "Cuti bersama Hari Suci Nyepi", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-03-19", jenis: "Libur Nasional", keterangan: "Hari Suci Nyepi (Tahun Baru Saka 1948)", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-03-20", jenis: "Cuti Bersama", keterangan: "Cuti bersama Idulfitri", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-03-21", jenis: "Libur Nasional", keterangan: "Idulfitri 1447 H", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-03-22", jenis: "Libur Nasional", keterangan: "Idulfitri 1447 H", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-03-23", jenis: "Cuti Bersama", keterangan: "Cuti bersama Idulfitri", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-03-24", jenis: "Cuti Bersama", keterangan: "Cuti bersama Idulfitri", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-04-03", jenis: "Libur Nasional", keterangan: "Wafat Yesus Kristus", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-04-05", jenis: "Libur Nasional", keterangan: "Kebangkitan Yesus Kristus (Paskah)", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-05-01", jenis: "Libur Nasional", keterangan: "Hari Buruh Internasional", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-05-14", jenis: "Libur Nasional", keterangan: "Kenaikan Yesus Kristus", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-05-15", jenis: "Cuti Bersama", keterangan: "Cuti bersama Kenaikan Yesus Kristus", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-05-27", jenis: "Libur Nasional", keterangan: "Iduladha 1447 H", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-05-28", jenis: "Cuti Bersama", keterangan: "Cuti bersama Iduladha", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-05-31", jenis: "Libur Nasional", keterangan: "Hari Raya Waisak 2570 BE", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-06-01", jenis: "Libur Nasional", keterangan: "Hari Lahir Pancasila", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-06-16", jenis: "Libur Nasional", keterangan: "1 Muharam Tahun Baru Islam 1448 H", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-08-17", jenis: "Libur Nasional", keterangan: "Proklamasi Kemerdekaan Republik Indonesia", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-08-25", jenis: "Libur Nasional", keterangan: "Maulid Nabi Muhammad SAW", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-12-24", jenis: "Cuti Bersama", keterangan: "Cuti bersama Kelahiran Yesus Kristus", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
  { tanggal: "2026-12-25", jenis: "Libur Nasional", keterangan: "Kelahiran Yesus Kristus", dasar: "SKB 3 Menteri 1497/2025; 2/2025; 5/2025" },
];
