/** Answers saved since the last backup that make the reminder appear. */
export const NUDGE_AFTER_ANSWERS = 20
/** New evidence since the last backup that makes the reminder appear (photos cannot be typed again). */
export const NUDGE_AFTER_EVIDENCE = 1

/** What changed on the device since its last backup. */
export interface ChangeCounts {
  /** Whether the device holds anything worth backing up at all. */
  hasData: boolean
  answers: number
  evidence: number
}

/** `never`: data but no backup made on this device; `changes`: enough changed since the last one. */
export type NudgeReason = 'never' | 'changes'

/**
 * Whether to remind the user to make a backup. `strict` (before an approval) reminds of any change
 * at all; otherwise only of significant ones.
 */
export function backupNudge(changes: ChangeCounts | null, lastBackupAt: string | null, strict = false): NudgeReason | null {
  if (!changes?.hasData) return null
  if (lastBackupAt === null) return 'never'
  if (strict) return changes.answers > 0 || changes.evidence > 0 ? 'changes' : null
  return changes.answers >= NUDGE_AFTER_ANSWERS || changes.evidence >= NUDGE_AFTER_EVIDENCE ? 'changes' : null
}
