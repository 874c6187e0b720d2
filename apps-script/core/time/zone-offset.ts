// UTC offsets of time zones, without depending on one runtime's Intl.
//
// Indonesia's zones have fixed offsets and no daylight saving, so they come from a table and
// need nothing from the runtime. Other zones (a spreadsheet left on "Europe/London", say) are
// asked of the place's own source: Apps Script registers one built on Utilities.formatDate
// (documented), Node falls through to ECMA-402 Intl. Intl is used through `formatToParts` with a
// `timeZone` only, not the newer `timeZoneName: "longOffset"` which not every runtime has.

/** Minutes east of UTC at an instant, or undefined when the source does not know the zone. */
export type OffsetSource = (timeZone: string, instant: Date) => number | undefined;

/**
 * The Indonesian zones an office can name: letter abbreviation and fixed offset. Pontianak moved
 * from +08:00 to +07:00 on 1988-01-01; the others have been fixed since 1964. Before that instant
 * the table stays silent and the place's source answers.
 */
const INDONESIAN_ZONES: Readonly<Record<string, { readonly abbreviation: string; readonly minutes: number; readonly since: number }>> = {
  "Asia/Jakarta": { abbreviation: "WIB", minutes: 420, since: Date.UTC(1964, 0, 1) },
  "Asia/Pontianak": { abbreviation: "WIB", minutes: 420, since: Date.UTC(1988, 0, 1) },
  "Asia/Makassar": { abbreviation: "WITA", minutes: 480, since: Date.UTC(1964, 0, 1) },
  "Asia/Jayapura": { abbreviation: "WIT", minutes: 540, since: Date.UTC(1964, 0, 1) },
};

const UTC_NAMES: ReadonlySet<string> = new Set(["UTC", "Etc/UTC"]);

/**
 * Whether an office may name this zone in Pengaturan "Zona Waktu": the Indonesian ones only, whose
 * offsets need no runtime data (a misspelt "Asia/Makasar" must not quietly become UTC somewhere).
 */
export function isOfficeTimeZone(timeZone: string): boolean {
  return Object.prototype.hasOwnProperty.call(INDONESIAN_ZONES, timeZone);
}

/** "WIB", "WITA" or "WIT" for an Indonesian zone, else "". */
export function zoneAbbreviation(timeZone: string): string {
  return isOfficeTimeZone(timeZone) ? INDONESIAN_ZONES[timeZone]!.abbreviation : "";
}

export function fixedOffset(timeZone: string, instant: Date): number | undefined {
  if (UTC_NAMES.has(timeZone)) return 0;
  const zone = isOfficeTimeZone(timeZone) ? INDONESIAN_ZONES[timeZone]! : undefined;
  return zone && instant.getTime() >= zone.since ? zone.minutes : undefined;
}

const intlFormats = new Map<string, Intl.DateTimeFormat | null>();

/** Offset read from Intl's wall clock for the zone; undefined when Intl is absent or refuses the zone. */
export function intlOffset(timeZone: string, instant: Date): number | undefined {
  if (typeof Intl === "undefined" || typeof Intl.DateTimeFormat !== "function") return undefined;
  let format = intlFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      format = null;
    }
    intlFormats.set(timeZone, format);
  }
  if (format === null || Number.isNaN(instant.getTime())) return undefined;
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== "literal") parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts["year"]!, parts["month"]! - 1, parts["day"]!, parts["hour"]! % 24, parts["minute"]!, parts["second"]!);
  const whole = instant.getTime() - (instant.getTime() % 1000);
  return Math.round((wall - whole) / 60_000);
}

let placeSource: OffsetSource | null = null;

/** The place's own source for zones outside the table (Apps Script: Utilities.formatDate). */
export function useOffsetSource(source: OffsetSource | null): void {
  placeSource = source;
}

/** Minutes east of UTC of `timeZone` at `instant`: the table, then the place's source, then Intl. */
export function zoneOffsetMinutes(timeZone: string, instant: Date): number | undefined {
  const fixed = fixedOffset(timeZone, instant);
  if (fixed !== undefined) return fixed;
  const fromPlace = placeSource?.(timeZone, instant);
  if (fromPlace !== undefined && Number.isFinite(fromPlace)) return fromPlace;
  return intlOffset(timeZone, instant);
}
