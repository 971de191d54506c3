import { describe, expect, it } from 'vitest'
import { canDecide, currentSubmission, DESK_STATUSES, deskStatus, placeSubmission, type DeskStatus } from '@/domain'
import { deskDecision, deskSubmission, submission } from '../../../builders/submission'

const s = (sha: string, revision: number, submittedAt = '2026-05-20T00:00:00.000Z') => ({ sha256: sha, revision, submittedAt })

describe('supersession', () => {
  it.each<{ why: string; history: ReturnType<typeof s>[]; incoming: ReturnType<typeof s>; expected: ReturnType<typeof placeSubmission> }>([
    { why: 'the first submission', history: [], incoming: s('a', 1), expected: { outcome: 'first' } },
    { why: 'the same file twice changes nothing', history: [s('a', 1)], incoming: s('a', 1), expected: { outcome: 'duplicate' } },
    { why: 'a newer revision supersedes', history: [s('a', 1)], incoming: s('b', 2), expected: { outcome: 'supersedes' } },
    { why: 'an older revision arriving late stays in the history', history: [s('b', 2)], incoming: s('a', 1), expected: { outcome: 'older' } },
    { why: 'a duplicate of an old revision is still a duplicate', history: [s('a', 1), s('b', 2)], incoming: s('a', 1), expected: { outcome: 'duplicate' } },
    {
      why: 'other content under the same revision, made later: current, and named',
      history: [s('a', 1, '2026-05-20T00:00:00.000Z')],
      incoming: s('b', 1, '2026-05-21T00:00:00.000Z'),
      expected: { outcome: 'supersedes', sameRevision: 'a' },
    },
  ])('$why', ({ history, incoming, expected }) => {
    expect(placeSubmission(history, incoming)).toEqual(expected)
  })

  it('the current submission is the newest revision, whatever the order of arrival', () => {
    expect(currentSubmission([s('b', 2), s('c', 3), s('a', 1)])?.sha256).toBe('c')
    expect(currentSubmission([])).toBeUndefined()
  })
})

describe('where a school stands', () => {
  const first = deskSubmission('r1', submission())
  const second = deskSubmission('r1', submission({ revision: 2 }))
  it.each<{ why: string; input: Parameters<typeof deskStatus>[0]; expected: DeskStatus }>([
    { why: 'nothing received', input: { current: undefined, decisions: [], reviewStarted: false }, expected: 'not-submitted' },
    { why: 'received', input: { current: first, decisions: [], reviewStarted: false }, expected: 'submitted' },
    { why: 'a reviewer started', input: { current: first, decisions: [], reviewStarted: true }, expected: 'under-review' },
    { why: 'returned', input: { current: first, decisions: [deskDecision(first, 'returned')], reviewStarted: true }, expected: 'returned' },
    { why: 'accepted', input: { current: first, decisions: [deskDecision(first, 'accepted')], reviewStarted: true }, expected: 'accepted' },
    { why: 'submitted again after a return', input: { current: second, decisions: [deskDecision(first, 'returned')], reviewStarted: false }, expected: 'submitted' },
  ])('$why → $expected', ({ input, expected }) => {
    expect(deskStatus(input)).toBe(expected)
  })

  it.each(DESK_STATUSES.map((status) => [status, status === 'submitted' || status === 'under-review'] as const))('a decision can be made on a %s school: %s', (status, allowed) => {
    expect(canDecide(status)).toBe(allowed)
  })
})
