import { describe, expect, it } from 'vitest'
import { checkSubmission, type SubmissionContent } from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'
import { FULL_ANSWERS, submission, TINY_SET_SHA } from '../../../builders/submission'

const tampered = (change: (c: SubmissionContent) => void) => {
  const c = submission()
  change(c)
  return c
}

describe('recomputing a submission', () => {
  it('scores from the answers with the reviewer’s own set, and flags nothing when all agrees', () => {
    const r = checkSubmission(submission(), tinySet(), TINY_SET_SHA)
    expect(r.flags).toEqual([])
    expect(r.score.groups.map((g) => [g.id, g.points, g.level])).toEqual([
      ['A', 90, 3],
      ['B', 60, 2],
    ])
  })

  it.each<{ why: string; content: SubmissionContent; codes: string[] }>([
    {
      why: 'a group total raised in the file',
      content: tampered((c) => ((c.declared.groups[1] as { points: number }).points = 95)),
      codes: ['declared-scores-differ'],
    },
    {
      why: 'a level raised in the file',
      content: tampered((c) => ((c.declared.groups[1] as { level: number | null }).level = 3)),
      codes: ['declared-scores-differ'],
    },
    { why: 'a group left out of the totals', content: tampered((c) => c.declared.groups.pop()), codes: ['declared-scores-differ'] },
    { why: 'a count of answered rows that is not true', content: tampered((c) => (c.declared.answered = 2)), codes: ['declared-scores-differ'] },
    { why: 'a set of the same version but other content', content: tampered((c) => (c.set.sha256 = 'f'.repeat(64))), codes: ['set-text-differs'] },
    {
      why: 'points above the row’s maximum, declared as if they counted',
      content: tampered((c) => {
        const row = c.answers.find((a) => a.itemId === 'A2.1') as { value: number }
        row.value = 400
        ;(c.declared.groups[0] as { points: number }).points = 450
      }),
      codes: ['invalid-answers', 'declared-scores-differ'],
    },
    {
      why: 'a row the set does not have',
      content: tampered((c) => c.answers.push({ itemId: 'Z9', value: 10, note: '' })),
      codes: ['invalid-answers'],
    },
  ])('flags $why', ({ content, codes }) => {
    expect(checkSubmission(content, tinySet(), TINY_SET_SHA).flags.map((f) => f.code)).toEqual(codes)
  })

  it('never takes the declared totals: the score is the recomputed one', () => {
    const r = checkSubmission(tampered((c) => ((c.declared.groups[0] as { points: number }).points = 100)), tinySet(), TINY_SET_SHA)
    expect(r.score.groups[0]?.points).toBe(90)
    const flag = r.flags[0]
    expect(flag?.code === 'declared-scores-differ' && flag.groups).toEqual([
      { id: 'A', declared: { id: 'A', points: 100, level: 3 }, recomputed: { id: 'A', points: 90, level: 3 } },
    ])
  })

  it('an answer above the maximum scores nothing rather than being cut to the maximum', () => {
    const r = checkSubmission(submission({ answers: { ...FULL_ANSWERS, 'A2.1': 41 } }), tinySet(), TINY_SET_SHA)
    expect(r.score.groups[0]?.points).toBe(50)
    expect(r.flags.map((f) => f.code)).toEqual(['invalid-answers'])
  })
})
