// The Lock port on LockService: one document-wide lock, re-entrant within an execution.
import { type Lock, LockBusyError } from "../core/ports";

export class GasLock implements Lock {
  private depth = 0;

  constructor(
    private readonly lock: GoogleAppsScript.Lock.Lock,
    private readonly timeoutMs = 30_000,
  ) {}

  runExclusive<T>(work: () => T): T {
    // Nested use (an engine step calling another) must not release the outer holder's lock.
    if (this.depth > 0) {
      this.depth += 1;
      try {
        return work();
      } finally {
        this.depth -= 1;
      }
    }
    if (!this.lock.tryLock(this.timeoutMs)) throw new LockBusyError();
    this.depth = 1;
    try {
      return work();
    } finally {
      this.depth = 0;
      this.lock.releaseLock();
    }
  }
}
