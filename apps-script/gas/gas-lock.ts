// The Lock port on LockService: one document-wide lock, re-entrant within an execution.
import { type Lock, LockBusyError } from "../core/ports";

/**
 * The document lock, or the script lock where there is none: getDocumentLock() "returns null if
 * the method is called from a script that is not container-bound" and in some contexts
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock).
 */
export function documentLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}

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
