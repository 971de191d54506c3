import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { NEW_SCHOOL, planIntake, type IntakeItem, type RosterSchool } from '@/domain'
import IntakeLine from '@/components/desk/IntakeLine.vue'
import { tinySet } from '../../builders/criteriaSet'
import { contentSha, rosterSchool, submission, TINY_SET_SHA } from '../../builders/submission'

const SCRIPT = '<img src=x onerror="alert(1)">'
const twins = [
  rosterSchool({ id: 'a', name: `MN Hoa Sen ${SCRIPT}`, code: 'MN01', kind: 'mam-non', commune: 'Xã A' }),
  rosterSchool({ id: 'b', name: `MN Hoa Sen ${SCRIPT}`, code: 'MN02', kind: 'mam-non', commune: 'Xã B' }),
]
const content = submission({ school: { id: 'dev-hs', name: `MN Hoa Sen ${SCRIPT}`, code: '', commune: '' } })

function item(picks?: Record<string, string>, roster: RosterSchool[] = twins): IntakeItem {
  const r = planIntake({
    campaign: { id: 'c1', schoolYear: '2025-2026', setId: 'tiny', version: '1.0.0', deadline: '2026-05-31', createdAt: '2026-04-01T00:00:00.000Z', updatedAt: '2026-04-01T00:00:00.000Z' },
    set: tinySet(),
    setSha256: TINY_SET_SHA,
    roster,
    submissions: [],
    arriving: [{ fileName: 'hs.zip', sha256: contentSha(content), declaredSha256: contentSha(content), submittedAt: '2026-05-20T03:00:00.000Z', content, attachments: { files: [], record: false } }],
    now: '2026-05-21T00:00:00.000Z',
    newId: () => 'new-1',
    ...(picks ? { picks } : {}),
  })
  if (!r.ok || !r.items[0]) throw new Error('refused')
  return r.items[0]
}

const mountLine = (it: IntakeItem) => mount(IntakeLine, { props: { item: it, chosen: false, choosable: it.record !== undefined }, global: { plugins: [i18n] } })

describe('IntakeLine: a school name on the roster twice', () => {
  it('asks which school, showing each one’s code, kind and commune beside what the file says, and cannot be ticked yet', async () => {
    const w = mountLine(item())
    const pick = w.get('[data-testid="intake-pick"]')
    expect(pick.get('legend').text()).toContain('Danh sách có 2 trường tên')
    expect(pick.text()).toContain('Hồ sơ ghi: không có mã · Tiểu học · không ghi xã/phường')
    expect(pick.text()).toContain('mã MN01 · Mầm non · Xã A')
    expect(pick.text()).toContain('mã MN02 · Mầm non · Xã B')
    expect(pick.text()).toContain('Chọn trường trước khi nhận hồ sơ này.')
    expect(w.find('input[type=checkbox]').exists()).toBe(false)
    expect(w.html()).not.toContain('<img')
    await pick.findAll('input[type=radio]')[1]?.setValue(true)
    expect(w.emitted('pick')).toEqual([['b']])
    await pick.findAll('input[type=radio]')[2]?.setValue(true)
    expect(w.emitted('pick')?.[1]).toEqual([NEW_SCHOOL])
  })

  it('shows the choice made, and the file can then be ticked', () => {
    const w = mountLine(item({ [contentSha(content)]: 'b' }))
    const radios = w.findAll<HTMLInputElement>('[data-testid="intake-pick"] input[type=radio]')
    expect(radios.map((r) => r.element.checked)).toEqual([false, true, false])
    expect(w.find('input[type=checkbox]').exists()).toBe(true)
    expect(w.text()).not.toContain('Chọn trường trước khi nhận hồ sơ này.')
  })

  it('asks nothing when one school has the name', () => {
    expect(mountLine(item(undefined, [twins[0] as RosterSchool])).find('[data-testid="intake-pick"]').exists()).toBe(false)
  })
})
