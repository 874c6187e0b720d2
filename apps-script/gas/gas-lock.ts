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

/** Which holding of the lock this execution is in (null while it holds none). */
let holding: number | null = null;
let holds = 0;

/**
 * The current holding of the document lock, or null. Cells read under one holding may be
 * rewritten unchanged by a write under the same one only: once the lock was let go, another
 * execution may have changed them.
 */
export function lockHolding(): number | null {
  return holding;
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
    holds += 1;
    holding = holds;
    try {
      return work();
    } finally {
      this.depth = 0;
      holding = null;
      this.lock.releaseLock();
    }
  }
}
