import { describe, expect, it } from 'vitest'
import {
  countData,
  isIsoDate,
  isIsoDateTime,
  parseExchangeData,
  type ExchangeData,
  type ExchangeErrorCode,
} from '@/domain/exchange'
import { answer, assessment, changed, contributionData, header, manifestFor, member, photo, sampleData, school } from './sample'

const backupErrors = (data: ExchangeData, opts?: Parameters<typeof manifestFor>[3], raw?: unknown) => {
  const r = parseExchangeData(raw === undefined ? data : raw, manifestFor('chiso.backup', data, undefined, opts))
  return r.ok ? [] : r.errors
}
const codesOf = (errors: { code: ExchangeErrorCode }[]) => errors.map((e) => e.code)

describe('dates', () => {
  it.each([
    ['2025-09-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-9-1', false],
    ['1800-01-01', false],
    ['', false],
  ])('isIsoDate(%s) = %s', (s, ok) => expect(isIsoDate(s)).toBe(ok))

  it.each([
    ['2025-09-01T07:00:00.000Z', true],
    ['2025-09-01T07:00:00Z', true],
    ['2025-09-01T07:00Z', true],
    ['2025-09-01T07:00:00+07:00', true],
    ['2025-02-30T07:00:00.000Z', false],
    ['2025-09-01T24:00:00Z', false],
    ['2025-09-01T07:60:00Z', false],
    ['2025-09-01 07:00:00', false],
    ['yesterday', false],
    ['2025-09-01', false],
  ])('isIsoDateTime(%s) = %s', (s, ok) => expect(isIsoDateTime(s)).toBe(ok))
})

describe('parseExchangeData (backup)', () => {
  it('accepts the sample and returns exactly its rows', () => {
    const data = sampleData()
    const r = parseExchangeData(data, manifestFor('chiso.backup', data, undefined, { thumbs: true }))
    expect(r.ok).toBe(true)
    expect(r.ok && r.value).toEqual(data)
  })

  it('keeps when a member’s assignment file was sent (older backups simply have none)', () => {
    const data = sampleData()
    data.members[0]!.sentAt = '2025-11-20T08:30:00.000Z'
    const r = parseExchangeData(data, manifestFor('chiso.backup', data, undefined, { thumbs: true }))
    expect(r.ok && r.value.members.map((m) => m.sentAt)).toEqual(['2025-11-20T08:30:00.000Z', ...data.members.slice(1).map(() => undefined)])
  })

  it('keeps school totals, counts and the reviewed-copies tick (older backups simply have none)', () => {
    const data = sampleData()
    data.assessments[0]!.totals = { teachers: 20, classrooms: 15 }
    data.assessments[0]!.approval = { date: '2025-11-20', decisionNumber: '5/QĐ', approvedAt: '2025-11-20T08:30:00.000Z', copiedReviewed: 3 }
    data.answers[0]!.basis = { count: 18 }
    const r = parseExchangeData(data, manifestFor('chiso.backup', data, undefined, { thumbs: true }))
    expect(r.ok && r.value.assessments[0]).toMatchObject({ totals: { teachers: 20, classrooms: 15 }, approval: { copiedReviewed: 3 } })
    expect(r.ok && r.value.answers[0]?.basis).toEqual({ count: 18 })
    expect(backupErrors(changed((d) => (d.answers[0]!.basis = { count: 2.5 })))).not.toEqual([])
  })

  it('keeps markup in text as literal text (never refused, never changed)', () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    const data = changed((d) => {
      d.schools[0]!.name = script
      d.members[0]!.name = script
      d.answers[2]!.note = script
      d.evidence[1]!.title = script
      d.assessments[1]!.record = { purpose: script, attendees: '<b>Ban giám hiệu</b>\n"quoted" & \'single\'' }
    })
    const r = parseExchangeData(data, manifestFor('chiso.backup', data))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.members[0]?.name).toBe(script)
    expect(r.value.schools[0]?.name).toBe(script)
    expect(r.value.assessments[1]?.record.purpose).toBe(script)
  })

  it.each<{ why: string; change: (d: ExchangeData) => void; code: ExchangeErrorCode; path?: string }>([
    { why: 'two schools with one id', change: (d) => d.schools.push(school({ name: 'Khác' })), code: 'duplicate-id', path: 'data.json:schools[1]' },
    { why: 'two evidence with one id', change: (d) => d.evidence.push({ ...d.evidence[2]!, code: 'MC9.9.01' }), code: 'duplicate-id' },
    { why: 'two answers for one row', change: (d) => d.answers.push(answer('1.1', false)), code: 'duplicate-id' },
    { why: 'an answer for an assessment not in the file', change: (d) => d.answers.push(answer('1.1', true, { assessmentId: 'zz' })), code: 'dangling-reference', path: 'data.json:answers[5].assessmentId' },
    { why: 'a member of an assessment not in the file', change: (d) => d.members.push(member({ id: 'm9', assessmentId: 'zz' })), code: 'dangling-reference' },
    { why: 'evidence of an assessment not in the file', change: (d) => (d.evidence[3]!.assessmentId = 'zz'), code: 'dangling-reference' },
    { why: 'an assessment of a school not in the file', change: (d) => (d.assessments[0]!.schoolId = 'zz'), code: 'dangling-reference' },
    { why: 'an impossible date', change: (d) => (d.assessments[1]!.createdAt = '2025-02-30T00:00:00.000Z'), code: 'invalid-field', path: 'data.json:assessments[1].createdAt' },
    { why: 'a date that is words', change: (d) => (d.answers[0]!.updatedAt = 'hôm qua'), code: 'invalid-field' },
    { why: 'an impossible approval date', change: (d) => (d.assessments[0]!.approval!.date = '2025-09-31'), code: 'invalid-field' },
    { why: 'negative points', change: (d) => (d.answers[2]!.value = -5), code: 'invalid-field', path: 'data.json:answers[2].value' },
    { why: 'huge points', change: (d) => (d.answers[2]!.value = 1e12), code: 'invalid-field' },
    { why: 'a percentage over 100', change: (d) => (d.answers[4]!.basis = { percentage: 250 }), code: 'invalid-field' },
    { why: 'a fractional revision', change: (d) => (d.assessments[1]!.revision = 1.5), code: 'invalid-field' },
    { why: 'a file size over the limit', change: (d) => (d.evidence[1]!.file!.size = 26 * 1024 * 1024), code: 'invalid-field' },
    { why: 'an unknown status', change: (d) => ((d.assessments[1] as { status: string }).status = 'hacked'), code: 'invalid-field' },
    { why: 'an unknown school kind', change: (d) => ((d.schools[0] as { kind: string }).kind = 'dai-hoc'), code: 'invalid-field' },
    { why: 'an unknown field on a row', change: (d) => ((d.answers[0] as unknown as Record<string, unknown>).admin = true), code: 'invalid-field' },
    { why: 'an unknown record field', change: (d) => ((d.assessments[1]!.record as Record<string, string>).evil = 'x'), code: 'invalid-field' },
    { why: 'a note of a million characters', change: (d) => (d.answers[1]!.note = 'x'.repeat(1_000_000)), code: 'invalid-field' },
    { why: 'an id with a slash', change: (d) => (d.members[1]!.id = '../m2'), code: 'invalid-field' },
    { why: 'a member sent-on time that is words', change: (d) => (d.members[0]!.sentAt = 'tuần trước'), code: 'invalid-field' },
    { why: 'a script link', change: (d) => (d.evidence[3]!.url = 'javascript:alert(1)'), code: 'invalid-field' },
    { why: 'a data: link', change: (d) => (d.evidence[3]!.url = ' DATA:text/html,<script>1</script>'), code: 'invalid-field' },
    { why: 'an empty evidence code', change: (d) => (d.evidence[3]!.code = ''), code: 'invalid-field' },
    { why: 'a criteria set that does not parse', change: (d) => (d.criteriaSets[0]!.text = '{"format":"chiso.criteria-set"}'), code: 'invalid-criteria-set' },
    { why: 'a criteria set under another key', change: (d) => (d.criteriaSets[0]!.version = '3.0.0'), code: 'invalid-field' },
  ])('refuses $why with $code', ({ change, code, path }) => {
    const errors = backupErrors(changed(change))
    expect(codesOf(errors)).toContain(code)
    if (path) expect(errors.find((e) => e.code === code)?.path).toBe(path)
  })

  it('refuses numbers JSON turns into Infinity', () => {
    const data = sampleData()
    const raw = JSON.parse(JSON.stringify(data).replace('"value":6', '"value":1e400')) as unknown
    expect(codesOf(backupErrors(data, {}, raw))).toContain('invalid-field')
  })

  it('refuses a file evidence refers to that is not in the package', () => {
    const errors = backupErrors(sampleData(), { dropPaths: ['files/f2.pdf'] })
    expect(errors).toEqual([expect.objectContaining({ code: 'missing-entry', path: 'files/f2.pdf' })])
  })

  it('refuses a file nothing refers to', () => {
    expect(codesOf(backupErrors(sampleData(), { extraPaths: ['files/orphan.jpg'] }))).toEqual(['extra-entry'])
  })

  it('refuses a file under a type other than its evidence says', () => {
    expect(codesOf(backupErrors(sampleData(), { dropPaths: ['files/f2.pdf'], extraPaths: ['files/f2.jpg'] }))).toContain('invalid-field')
  })

  it('refuses counts that do not match the rows', () => {
    const data = sampleData()
    const m = manifestFor('chiso.backup', data)
    const r = parseExchangeData(data, { ...m, counts: { ...m.counts, answers: 99 } })
    expect(!r.ok && r.errors).toEqual([expect.objectContaining({ code: 'count-mismatch', path: 'manifest.json:counts.answers' })])
  })

  it('counts distinct files once (two revisions share a photo)', () => {
    expect(countData(sampleData())).toEqual({ schools: 1, assessments: 2, answers: 5, members: 2, evidence: 5, criteriaSets: 1, files: 2 })
  })

  it('refuses what is not data at all, without throwing', () => {
    for (const raw of [null, [], 'x', 42, { schools: 'x' }]) expect(codesOf(backupErrors(sampleData(), {}, raw))).toContain('invalid-field')
  })

  it('lists at most 50 errors', () => {
    const data = changed((d) => {
      for (let i = 0; i < 200; i++) d.answers.push(answer(`9.${i}`, -1))
    })
    expect(backupErrors(data).length).toBeLessThanOrEqual(50)
  })
})

describe('parseExchangeData (assignment and contribution)', () => {
  it('accepts a contribution that matches its manifest', () => {
    const data = contributionData()
    expect(parseExchangeData(data, manifestFor('chiso.contribution', data, header())).ok).toBe(true)
  })

  it.each<{ why: string; change: (d: ExchangeData) => void; code: ExchangeErrorCode }>([
    { why: 'an answer for an item not assigned', change: (d) => d.answers.push(answer('2.1', 'x')), code: 'not-assigned' },
    { why: 'evidence for an item not assigned', change: (d) => (d.evidence[0]!.itemIds = ['1.3.1', '2.1']), code: 'not-assigned' },
    { why: 'another school than the manifest', change: (d) => (d.schools[0]!.id = 's2'), code: 'header-mismatch' },
    { why: 'two assessments', change: (d) => d.assessments.push(assessment({ id: 'a7' })), code: 'header-mismatch' },
    { why: 'another set version than the manifest', change: (d) => (d.assessments[0]!.version = '1.0.1'), code: 'header-mismatch' },
    { why: 'another revision than the manifest', change: (d) => (d.assessments[0]!.revision = 1), code: 'header-mismatch' },
    { why: 'another member than the manifest', change: (d) => (d.members[0]!.id = 'm2'), code: 'header-mismatch' },
    { why: 'a criteria set', change: (d) => d.criteriaSets.push(sampleData().criteriaSets[0]!), code: 'header-mismatch' },
  ])('refuses $why with $code', ({ change, code }) => {
    const data = contributionData()
    change(data)
    const r = parseExchangeData(data, manifestFor('chiso.contribution', data, header()))
    expect(r.ok ? [] : codesOf(r.errors)).toContain(code)
  })

  it('refuses evidence in an assignment', () => {
    const data = { ...contributionData(), evidence: [photo({ id: 'e9' })] }
    const r = parseExchangeData(data, manifestFor('chiso.assignment', { ...data, evidence: [] }, header()))
    expect(r.ok ? [] : codesOf(r.errors)).toContain('header-mismatch')
  })
})
