// (filled by the asesor work of issue 11)
import type { ShippedService } from "./shipped-cases";

export const SHIPPED_ASESOR: readonly ShippedService[] = [];
