// Indonesian formatting for numbers, sizes, durations and ages in the tool's output.

export const num = (n: number): string => n.toLocaleString("id-ID");

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString("id-ID", { maximumFractionDigits: 1 })} ${units[unit]}`;
}

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} md`;
  const s = ms / 1000;
  if (s < 60) return `${s.toLocaleString("id-ID", { maximumFractionDigits: 1 })} detik`;
  return `${Math.floor(s / 60)} menit ${Math.round(s % 60)} detik`;
}

export function age(from: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - from.getTime()) / 60_000);
  if (minutes < 1) return "baru saja";
  if (minutes < 60) return `${minutes} menit lalu`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} jam lalu`;
  const days = Math.floor(hours / 24);
  if (days < 60) return `${days} hari lalu`;
  return `${Math.floor(days / 30)} bulan lalu`;
}

export function requests(stats: { reads: number; writes: number; retries: number }): string {
  const parts = [`${num(stats.reads)} baca`, `${num(stats.writes)} tulis`];
  if (stats.retries > 0) parts.push(`${num(stats.retries)} dicoba ulang`);
  return `permintaan API: ${parts.join(", ")}`;
}
