// The Lisensi LSP (seed 003, lampiran VI) part of this list: empty until its rows are written (issue 11, still open).
import type { ShippedService } from "./shipped-cases";

export const SHIPPED_LISENSI: readonly ShippedService[] = [];
