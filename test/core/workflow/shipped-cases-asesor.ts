// The RCC Asesor Kompetensi and Pelatihan Asesor (seed 003, lampiran IV–V) part of this list: empty until its rows are written (issue 11, still open).
import type { ShippedService } from "./shipped-cases";

export const SHIPPED_ASESOR: readonly ShippedService[] = [];
