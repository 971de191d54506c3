import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { QD4725_RECORD } from '@/domain'
import RecordExport from '@/components/record/RecordExport.vue'
import type { RecordExportProgress, RecordExportResult } from '@/stores/record'

const mountExport = (
  progress: RecordExportProgress | null = null,
  result: RecordExportResult | null = null,
  canShare = false,
  review: { unreviewed: string[]; needsReview: boolean; voteProblem?: { counted: number; present: number } | null } = {
    unreviewed: [],
    needsReview: false,
  },
) =>
  mount(RecordExport, {
    props: { documents: QD4725_RECORD.documents, progress, result, canShare, ...review, scoreLink: '/a/a1' },
    global: { plugins: [i18n], stubs: { RouterLink: { props: ['to'], template: '<a :href="to"><slot /></a>' } } },
  })

const made = (over: Partial<Extract<RecordExportResult, { ok: true }>['file']> = {}, outcome: Extract<RecordExportResult, { ok: true }>['outcome'] = 'downloaded'): RecordExportResult => ({
  ok: true,
  outcome,
  file: { blob: new Blob([]), fileName: 'ho-so-tu-danh-gia-THVT-2025-2026.pdf', bytes: 2_516_582, ms: 900, sections: null, missingPhotos: [], ...over },
})

describe('RecordExport', () => {
  it('asks once whether the school checked the unofficial rows, shows them, and makes the file asked for on confirming', async () => {
    const w = mountExport(null, null, false, { unreviewed: ['1.2.1', '1.3', '2.3'], needsReview: true })
    await w.findAll('[role="group"] button')[2]!.trigger('click')
    expect(w.emitted('export')).toBeUndefined()
    const q = w.get('[data-testid="record-review"]')
    expect(q.text()).toContain('3 chỉ số của bảng chưa được đối chiếu với văn bản gốc.')
    await q.get('button[aria-expanded]').trigger('click')
    expect(w.get('[data-testid="record-review-list"]').text()).toContain('1.2.1, 1.3, 2.3')
    expect(w.get('[data-testid="record-review-list"] a').attributes('href')).toBe('/a/a1')
    await w.get('[data-testid="record-review-confirm"]').trigger('click')
    expect(w.find('[data-testid="record-review"]').exists()).toBe(false)
    expect(w.emitted('confirm')).toEqual([[['report'], 'pdf', ['review']]])
  })

  it('warns of a vote counting more votes than people, then asks to correct it or keep it', async () => {
    const problem = { counted: 13, present: 12 }
    const w = mountExport(null, null, false, { unreviewed: ['1.3'], needsReview: true, voteProblem: problem })
    await w.get('[data-testid="record-pdf"]').trigger('click')
    await w.get('[data-testid="record-review-confirm"]').trigger('click')
    // Both questions, one after the other; the file is asked for only after the last.
    expect(w.emitted('confirm')).toBeUndefined()
    const q = w.get('[data-testid="record-votes"]')
    expect(q.text()).toContain('Biểu quyết có 13 phiếu nhưng thành phần tham dự chỉ có 12 người.')
    await q.get('[data-testid="record-votes-confirm"]').trigger('click')
    expect(w.find('[data-testid="record-votes"]').exists()).toBe(false)
    expect(w.emitted('confirm')).toEqual([[null, 'pdf', ['review', 'votes']]])

    const fix = mountExport(null, null, false, { unreviewed: [], needsReview: false, voteProblem: problem })
    await fix.get('[data-testid="record-docx"]').trigger('click')
    await fix.get('[data-testid="record-votes-fix"]').trigger('click')
    expect(fix.emitted('fixVotes')).toHaveLength(1)
    expect(fix.emitted('confirm')).toBeUndefined()
    expect(fix.emitted('export')).toBeUndefined()
    expect(fix.find('[data-testid="record-votes"]').exists()).toBe(false)
  })

  it('does not ask once the school has confirmed', async () => {
    const w = mountExport(null, null, false, { unreviewed: ['1.3'], needsReview: false })
    await w.get('[data-testid="record-pdf"]').trigger('click')
    expect(w.find('[data-testid="record-review"]').exists()).toBe(false)
    expect(w.emitted('export')).toEqual([[null, 'pdf']])
  })

  it('offers the whole record and each document on its own', async () => {
    const w = mountExport()
    await w.get('[data-testid="record-pdf"]').trigger('click')
    const buttons = w.findAll('[role="group"] button')
    expect(buttons.map((b) => b.text())).toEqual(['Kế hoạch', 'Biên bản', 'Báo cáo', 'Quyết định', 'Phụ lục'])
    await buttons[1]!.trigger('click')
    expect(w.emitted('export')).toEqual([[null, 'pdf'], [['minutes'], 'pdf']])
  })

  it('shows how many photos are read, then the layout, with a progress bar, and blocks a second export', () => {
    const w = mountExport({ sections: null, done: 12, total: 60, photos: 40 })
    expect(w.get('[role="status"]').text()).toContain('Đang tạo PDF… đã đọc 12/40 ảnh')
    const bar = w.get('progress')
    expect(bar.attributes('aria-label')).toBe('Tiến độ tạo PDF')
    expect(bar.attributes('value')).toBe('12')
    expect(bar.attributes('max')).toBe('60')
    expect(w.get('[data-testid="record-pdf"]').attributes('disabled')).toBeDefined()
    expect(mountExport({ sections: null, done: 45, total: 60, photos: 40 }).get('[role="status"]').text()).toContain('Đang dàn trang PDF…')
    expect(mountExport({ sections: null, done: 0, total: 1, photos: 0 }).get('[role="status"]').text()).toContain('Đang chuẩn bị hồ sơ…')
  })

  it('says what became of the file, with its name and size, and offers it again', async () => {
    const w = mountExport(null, made(), false)
    expect(w.get('[role="status"]').text()).toBe('Đã tạo và tải về ho-so-tu-danh-gia-THVT-2025-2026.pdf (2,4 MB).')
    expect(w.findAll('.rx__again button').map((b) => b.text())).toEqual(['Tải về'])
    await w.get('.rx__again button').trigger('click')
    expect(w.emitted('download')).toHaveLength(1)

    const tap = mountExport(null, made({ bytes: 300_000 }, 'needs-tap'), true)
    expect(tap.get('[role="status"]').text()).toContain('(293 KB). Bấm “Chia sẻ” để gửi qua Zalo')
    await tap.get('.rx__again button').trigger('click')
    expect(tap.emitted('share')).toHaveLength(1)
  })

  it('names the photos that could not be read', () => {
    const w = mountExport(null, made({ missingPhotos: ['MC1.3.03', 'MC2.4.01'] }))
    expect(w.get('[role="alert"]').text()).toContain('2 ảnh không đọc được trên máy')
    expect(w.get('[role="alert"]').text()).toContain('MC1.3.03, MC2.4.01')
  })

  it.each([
    ['render', 'Không tạo được tệp PDF.'],
    ['storage', 'Không đọc được dữ liệu trên máy nên chưa tạo được hồ sơ.'],
  ] as const)('explains a %s failure in plain words', (error, text) => {
    const w = mountExport(null, { ok: false, error })
    expect(w.get('[role="alert"]').text()).toContain(text)
  })

  it('speaks English too', () => {
    i18n.global.locale.value = 'en'
    try {
      const w = mountExport({ sections: null, done: 3, total: 30, photos: 10 })
      expect(w.get('[role="status"]').text()).toContain('Making the PDF… 3/10 photos read')
    } finally {
      i18n.global.locale.value = 'vi'
    }
  })

  it('lists what is still blank before the file is made', () => {
    const w = mount(RecordExport, {
      props: { documents: QD4725_RECORD.documents, progress: null, result: null, canShare: false, unreviewed: [], needsReview: false, scoreLink: '/a/a1', checks: ['Còn trống (in dòng “…” để ghi tay): Số, ký hiệu kế hoạch.'] },
      global: { plugins: [i18n] },
    })
    expect(w.get('[data-testid="record-checks"]').text()).toContain('Còn trống')
    expect(w.get('[data-testid="record-pdf"]').attributes('disabled')).toBeUndefined()
  })

  it('makes the whole record as Word when asked, through the same review question', async () => {
    const w = mountExport(null, null, false, { unreviewed: ['1.3.2'], needsReview: true })
    await w.get('[data-testid="record-docx"]').trigger('click')
    await w.get('[data-testid="record-review-confirm"]').trigger('click')
    expect(w.emitted('confirm')).toEqual([[null, 'docx', ['review']]])
    const ready = mountExport()
    await ready.get('[data-testid="record-docx"]').trigger('click')
    expect(ready.emitted('export')).toEqual([[null, 'docx']])
  })
})
