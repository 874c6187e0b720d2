// The Penilaian Kompetensi LAN (seed 004) part of this list: empty until its rows are written (issue 11, still open).
import type { ShippedService } from "./shipped-cases";

export const SHIPPED_LAN: readonly ShippedService[] = [];
