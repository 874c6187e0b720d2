// Approving letters on Google: the core settles them (role check, numbers, who approved on
// record); this place adds only the edits still queued with their own actor.
import { loadConfig } from "../core/engine/config";
import { type ApprovalClaim, type ApprovalReport, approvalLines, APPROVER_ROLES, settleApprovals as settleInCore } from "../core/letters/settle";
import { SURAT } from "../core/registers/catalog";
import type { GasContext } from "./context";
import { deferredIds } from "./deferred-edits";

export { type ApprovalClaim, type ApprovalReport, approvalLines, APPROVER_ROLES };

export function settleApprovals(ctx: GasContext, claim: ApprovalClaim): ApprovalReport {
  return ctx.deps.lock.runExclusive(() => {
    const config = loadConfig(ctx.workbook);
    if (config.errors.length > 0) return { approved: [], refused: [], withoutDocument: [], problems: [...config.errors] };
    // Approvals still waiting for the lock are settled later with their own actor, not judged here.
    return settleInCore(ctx.deps, config, claim, deferredIds(SURAT.name));
  });
}
