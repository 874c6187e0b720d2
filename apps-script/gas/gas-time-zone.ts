// Zone offsets in the Apps Script place from a documented platform call, not from the runtime's Intl.
//
// Utilities.formatDate formats like Java's SimpleDateFormat, where pattern "Z" is the RFC 822
// offset ("+0700"): https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// Indonesian zones never get here (core/time/zone-offset.ts has them in a table); this answers a
// spreadsheet left on another zone, e.g. "Europe/London".
import { fixedOffset, intlOffset, type OffsetSource } from "../core/time/zone-offset";

const RFC822 = /^([+-])(\d{2})(\d{2})$/;

export const utilitiesOffset: OffsetSource = (timeZone, instant) => {
  let text: string;
  try {
    text = Utilities.formatDate(instant, timeZone, "Z");
  } catch {
    return undefined;
  }
  const match = RFC822.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
};

const show = (minutes: number | undefined): string => {
  if (minutes === undefined) return "tidak tersedia";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
};

/**
 * Lines for the first-deployment check: each zone's offset now by the table, by Utilities.formatDate
 * and by Intl, so a live account shows whether the three agree (docs/DEPLOY.md says what each means).
 */
export function zoneReportLines(zones: readonly string[], now: Date): string[] {
  const intlProbe = (() => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Jakarta", timeZoneName: "longOffset" } as Intl.DateTimeFormatOptions).format(now);
      return "ada (termasuk timeZoneName longOffset)";
    } catch (error) {
      return typeof Intl === "undefined" ? "tidak ada" : `ada, tanpa longOffset (${error instanceof Error ? error.name : "galat"})`;
    }
  })();
  return [
    `Intl di runtime: ${intlProbe}.`,
    ...[...new Set(zones)].map(
      (zone) => `Zona ${zone}: tabel ${show(fixedOffset(zone, now))}, Utilities.formatDate ${show(utilitiesOffset(zone, now))}, Intl ${show(intlOffset(zone, now))}.`,
    ),
  ];
}
