import { describe, expect, it } from 'vitest'
import { backupNudge, NUDGE_AFTER_ANSWERS, NUDGE_AFTER_EVIDENCE, type ChangeCounts } from '@/domain'

const changes = (answers: number, evidence: number, hasData = true): ChangeCounts => ({ hasData, answers, evidence })
const LAST = '2026-05-10T08:00:00.000Z'

describe('backupNudge: when to remind the user to make a backup', () => {
  it.each([
    ['no data at all', changes(0, 0, false), null, false, null],
    ['no data, never backed up, before approval', changes(0, 0, false), null, true, null],
    ['nothing known yet', null, LAST, false, null],
    ['data, never backed up', changes(0, 0), null, false, 'never'],
    ['nothing since the last backup', changes(0, 0), LAST, false, null],
    [`${NUDGE_AFTER_ANSWERS - 1} answers since`, changes(NUDGE_AFTER_ANSWERS - 1, 0), LAST, false, null],
    [`${NUDGE_AFTER_ANSWERS} answers since`, changes(NUDGE_AFTER_ANSWERS, 0), LAST, false, 'changes'],
    [`${NUDGE_AFTER_EVIDENCE} new evidence since`, changes(0, NUDGE_AFTER_EVIDENCE), LAST, false, 'changes'],
    ['before approval: one answer since', changes(1, 0), LAST, true, 'changes'],
    ['before approval: one evidence since', changes(0, 1), LAST, true, 'changes'],
    ['before approval: nothing since', changes(0, 0), LAST, true, null],
    ['before approval: never backed up', changes(0, 0), null, true, 'never'],
  ] as const)('%s → %s', (_, c, last, strict, expected) => {
    expect(backupNudge(c, last, strict)).toBe(expected)
  })
})
