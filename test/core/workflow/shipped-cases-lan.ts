// (filled by the lan work of issue 11)
import type { ShippedService } from "./shipped-cases";

export const SHIPPED_LAN: readonly ShippedService[] = [];
