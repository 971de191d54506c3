import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n'
import { ACCREDITATION_RECORD, QD4725_RECORD, RECORD_FIELD_LIMITS, type RecordFields } from '@/domain'
import RecordFieldsEditor from '@/components/record/RecordFieldsEditor.vue'

const DEFAULTS: RecordFields = {
  governingBody: 'UBND XÃ AN PHÚ',
  managingBody: 'Phòng Văn hóa – Xã hội xã An Phú',
  place: 'An Phú',
  schoolAbbreviation: 'THVT',
  planNumber: '…/KH-THVT',
  planDate: '2025-09-01',
  minutesNumber: '…/BB-THVT',
  minutesDate: '2026-05-18',
  meetingStart: '',
  meetingEnd: '',
  signer: 'head',
  deputyName: 'Trần Văn Bình',
  meetingPlace: 'Phòng họp Trường Tiểu học Văn Tràng',
  attendees: 'Nguyễn Thị Hồng — Hiệu trưởng\nTrần Văn Bình — Phó Hiệu trưởng',
  chair: 'Nguyễn Thị Hồng',
  secretary: 'Trần Văn Bình',
  reportNumber: '…/BC-THVT',
  reportDate: '2026-05-19',
  decisionNumber: '…/QĐ-THVT',
  decisionDate: '2026-05-20',
  recipients: '- Phòng Văn hóa – Xã hội xã An Phú (để báo cáo);\n- Lưu: VT.',
  purpose: '- Đánh giá đúng thực trạng.',
  timeline: '- Ngày 01/9/2025: ban hành kế hoạch.',
  conclusion: 'Tổ công tác thống nhất kết quả.',
  opinions: '',
  votesFor: '',
  votesAgainst: '',
  votesAbstain: '',
  votesConfirmed: '',
  deputyLead: '',
  strengths: '',
  weaknesses: '',
  directions: '',
  difficulties: '- Kinh phí còn hạn chế.',
  proposals: '- Đề nghị bổ sung thiết bị.',
  teamDecision: 'no',
  teamDecisionNumber: '…/QĐ-THVT',
  teamDecisionDate: '',
  checklistDate: '',
  portalUrl: '',
  preparedBy: '',
  statistics: '',
  setReviewedAt: '',
  photoSizes: '',
}

function mountEditor(values: Partial<RecordFields> = {}, edited: (keyof RecordFields)[] = []) {
  return mount(RecordFieldsEditor, {
    props: { groups: QD4725_RECORD.fieldGroups, values: { ...DEFAULTS, ...values }, defaults: DEFAULTS, edited, open: ['common', 'plan', 'minutes', 'report', 'decision'] },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
}

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('RecordFieldsEditor', () => {
  it('shows every field with its default, grouped by document in collapsible sections', () => {
    const w = mountEditor()
    const groups = w.findAll('details')
    expect(groups.map((g) => g.get('summary .rfe__title').text())).toEqual(['Mốc thời gian', 'Thông tin chung', 'Quyết định thành lập tổ công tác', 'Kế hoạch', 'Biên bản', 'Báo cáo', 'Quyết định'])
    const fieldCount = QD4725_RECORD.fieldGroups.reduce((n, g) => n + g.fields.length, 0)
    // Every field but the confirmations asked at export and never printed (the set checked, a vote
    // kept that counts more votes than people), the photos' sizes (chosen per photo), the
    // school-portal checklist's own three and the accreditation report's figures.
    expect(fieldCount).toBe(Object.keys(DEFAULTS).length - 7)
    expect(w.findAll('input, textarea, select')).toHaveLength(fieldCount)
    expect(w.get('label[for="record-planNumber"]').text()).toBe('Số, ký hiệu kế hoạch')
    expect((w.get('#record-planNumber').element as HTMLInputElement).value).toBe('…/KH-THVT')
    expect(w.get('#record-planDate').attributes('type')).toBe('date')
    expect((w.get('#record-planDate').element as HTMLInputElement).value).toBe('2025-09-01')
    expect(w.get('#record-meetingStart').attributes('type')).toBe('time')
    expect(w.get('#record-attendees').element.tagName).toBe('TEXTAREA')
    expect((w.get('#record-attendees').element as HTMLTextAreaElement).value).toContain('Trần Văn Bình — Phó Hiệu trưởng')
    expect(w.get('#record-attendees').attributes('aria-describedby')).toBe('record-attendees-hint')
    expect(w.get('#record-attendees-hint').text()).toBe('Mỗi dòng một người: Họ và tên — Chức vụ.')
    expect(w.text()).not.toContain('Đã sửa')
  })

  it('each box takes no more than the exchange files hold, and counts from 90 % of that on', async () => {
    const w = mountEditor()
    expect(w.get('#record-planNumber').attributes('maxlength')).toBe(String(RECORD_FIELD_LIMITS.planNumber))
    expect(w.get('#record-conclusion').attributes('maxlength')).toBe(String(RECORD_FIELD_LIMITS.conclusion))
    expect(w.find('[data-testid="char-count"]').exists()).toBe(false)
    const max = RECORD_FIELD_LIMITS.conclusion
    await w.get('#record-conclusion').setValue('x'.repeat(Math.ceil(max * 0.9) - 1))
    expect(w.find('[data-testid="char-count"]').exists()).toBe(false)
    await w.get('#record-conclusion').setValue('x'.repeat(max))
    const count = w.get('[data-testid="char-count"]')
    expect(count.text()).toBe('4.000 / 4.000 ký tự')
    expect(w.get('#record-conclusion').attributes('aria-describedby')).toContain(count.attributes('id'))
  })

  it('saves what is typed after a pause, NFC-normalized, and at once on blur', async () => {
    vi.useFakeTimers()
    const w = mountEditor()
    const place = w.get('#record-meetingPlace')
    ;(place.element as HTMLInputElement).value = 'Thư viện nhà trường'.normalize('NFD')
    await place.trigger('input')
    expect(w.emitted('save')).toBeUndefined()
    vi.advanceTimersByTime(400)
    expect(w.emitted('save')).toEqual([['meetingPlace', 'Thư viện nhà trường']])

    await w.get('#record-proposals').setValue('- Đề nghị cấp thêm 10 máy tính.\n- Tập huấn giáo viên.')
    await w.get('#record-proposals').trigger('blur')
    expect(w.emitted('save')?.at(-1)).toEqual(['proposals', '- Đề nghị cấp thêm 10 máy tính.\n- Tập huấn giáo viên.'])
  })

  it('marks an edited field and offers its default back', async () => {
    const w = mountEditor({ chair: 'Phạm Văn Dũng' }, ['chair'])
    const minutes = w.get('details[data-group="minutes"]')
    expect(minutes.get('summary').text()).toContain('đã sửa 1 mục')
    const field = w.get('[data-field="record-chair"]')
    expect(field.text()).toContain('Đã sửa')
    const reset = field.get('button')
    expect(reset.attributes('aria-label')).toBe('Dùng mặc định: Chủ trì')
    expect(reset.text()).toBe('Dùng mặc định')
    await reset.trigger('click')
    expect(w.emitted('reset')).toEqual([['chair']])
    expect(w.get('[data-field="record-secretary"]').find('button').exists()).toBe(false)
  })

  it('says that a blank field prints the default, which it shows as the placeholder', () => {
    const w = mountEditor({ place: '' }, ['place'])
    const input = w.get('#record-place')
    expect((input.element as HTMLInputElement).value).toBe('')
    expect(input.attributes('placeholder')).toBe('An Phú')
    expect(w.get('#record-place-blank').text()).toBe('Để trống thì hồ sơ dùng nội dung mặc định.')
    expect(input.attributes('aria-describedby')).toBe('record-place-hint record-place-blank')
  })

  it('says that a blank date with no default prints a line to fill by hand, not a made-up date', () => {
    const w = mount(RecordFieldsEditor, {
      props: { groups: QD4725_RECORD.fieldGroups, values: { ...DEFAULTS, minutesDate: '' }, defaults: { ...DEFAULTS, minutesDate: '' }, edited: [], open: ['dates'] },
      global: { plugins: [i18n] },
    })
    expect(w.get('#record-minutesDate-blank').text()).toContain('“ngày … tháng … năm …”')
    expect(w.get('#record-minutesDate-blank').text()).toContain('ghi tay')
  })

  it('shows the warnings of a section at its top, on the phone only', () => {
    const w = mount(RecordFieldsEditor, {
      props: { groups: QD4725_RECORD.fieldGroups, values: DEFAULTS, defaults: DEFAULTS, edited: [], open: ['dates'], notes: { dates: ['Ngày họp tổ công tác đang sớm hơn ngày ban hành kế hoạch.'] } },
      global: { plugins: [i18n] },
    })
    expect(w.get('details[data-group="dates"]').attributes('open')).toBeDefined()
    expect(w.get('[data-testid="record-notes-dates"]').text()).toBe('Ngày họp tổ công tác đang sớm hơn ngày ban hành kế hoạch.')
    expect(w.find('[data-testid="record-notes-plan"]').exists()).toBe(false)
  })

  it('shows user text as text, never as markup', () => {
    const w = mountEditor({ meetingPlace: '<b>Phòng</b> {{ x }}' }, ['meetingPlace'])
    expect((w.get('#record-meetingPlace').element as HTMLInputElement).value).toBe('<b>Phòng</b> {{ x }}')
    expect(w.find('b').exists()).toBe(false)
  })

  it('takes a new value from outside (a reset) when the field is not being typed in', async () => {
    const w = mountEditor({ chair: 'Phạm Văn Dũng' }, ['chair'])
    await w.setProps({ values: DEFAULTS, edited: [] })
    expect((w.get('#record-chair').element as HTMLInputElement).value).toBe('Nguyễn Thị Hồng')
  })
})

describe('RecordFieldsEditor: Phần I figures of the accreditation report', () => {
  afterEach(() => vi.useRealTimers())

  function mountStats(statistics = '') {
    return mount(RecordFieldsEditor, {
      props: {
        groups: ACCREDITATION_RECORD.fieldGroups,
        values: { ...DEFAULTS, statistics },
        defaults: DEFAULTS,
        edited: [],
        open: ['statistics'],
        schoolKind: 'thcs',
      },
      global: { plugins: [i18n] },
    })
  }

  it('asks one labelled number per cell, for the grades of the school’s kind, and shows the saved figures', () => {
    const w = mountStats('classes.g7.pupils=132')
    const stats = w.get('[data-group="statistics"]')
    expect(stats.findAll('[data-testid="stats-classes"] tbody th').map((th) => th.text())).toEqual(['Khối 6', 'Khối 7', 'Khối 8', 'Khối 9'])
    const cell = stats.get('input[aria-label="Khối 7, Số học sinh"]')
    expect((cell.element as HTMLInputElement).value).toBe('132')
    expect(stats.findAll('input')).toHaveLength(4 * 2 + 3 * 3 + 3 * 3)
    expect(stats.text()).toContain('Còn 25 ô trống.')
  })

  it('saves a typed figure into the field as the user types, and refuses what is not a count', async () => {
    vi.useFakeTimers()
    const w = mountStats('classes.g7.pupils=132')
    await w.get('input[aria-label="Khối 6, Số lớp"]').setValue('4')
    vi.advanceTimersByTime(500)
    expect(w.emitted('save')).toEqual([['statistics', 'classes.g6.classes=4\nclasses.g7.pupils=132']])
    await w.get('input[aria-label="Khối 6, Số học sinh"]').setValue('12a')
    vi.advanceTimersByTime(500)
    expect(w.emitted('save')).toHaveLength(1)
    expect(w.get('[role="alert"]').text()).toContain('“12a” chưa được lưu')
  })
})
