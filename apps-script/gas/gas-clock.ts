// The Clock port in Apps Script: the platform's own time.
import type { Clock } from "../core/ports";

export const gasClock: Clock = { now: () => new Date() };
