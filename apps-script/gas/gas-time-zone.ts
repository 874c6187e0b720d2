// Zone offsets in the Apps Script place from a documented platform call, not from the runtime's Intl.
//
// Utilities.formatDate formats like Java's SimpleDateFormat, where pattern "Z" is the RFC 822
// offset ("+0700"): https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// Indonesian zones never get here (core/time/zone-offset.ts has them in a table); this answers a
// spreadsheet left on another zone, e.g. "Europe/London".
import type { OffsetSource } from "../core/time/zone-offset";

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
