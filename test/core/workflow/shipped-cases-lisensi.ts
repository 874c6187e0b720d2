// (filled by the lisensi work of issue 11)
import type { ShippedService } from "./shipped-cases";

export const SHIPPED_LISENSI: readonly ShippedService[] = [];
