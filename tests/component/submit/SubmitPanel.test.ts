import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import SubmitPanel from '@/components/submit/SubmitPanel.vue'
import type { MadeSubmissionFile } from '@/stores/submit'

const madeFile = (): MadeSubmissionFile => ({
  blob: new Blob([new Uint8Array(2048)]),
  fileName: 'chiso-nop-ket-qua-th01-truong-xuan-huong-2025-2026-lan-1-7F3A91C2.zip',
  sha256: '7f3a91c25b0e44d1'.padEnd(64, '0'),
  fingerprint: '7F3A-91C2-5B0E-44D1',
  submittedAt: '2026-05-20T03:00:00.000Z',
  revision: 1,
  missingFiles: [],
})

const mountPanel = (props: Partial<InstanceType<typeof SubmitPanel>['$props']> = {}) =>
  mount(SubmitPanel, {
    props: { choices: { photos: { count: 12, bytes: 3_400_000 } }, made: null, busy: false, progress: null, submitted: false, outcome: null, ...props },
    global: { plugins: [i18n] },
  })

afterEach(() => {
  i18n.global.locale.value = 'vi'
})

describe('SubmitPanel', () => {
  it('shows what the photos weigh and sends the principal’s choice', async () => {
    const w = mountPanel()
    expect(w.text()).toContain('Ảnh và tệp minh chứng (12 tệp, khoảng 3,4 MB)')
    await w.get('[data-testid="attach-photos"]').setValue(true)
    await w.get('[data-testid="make-submission"]').trigger('click')
    expect(w.emitted('submit')).toEqual([[{ photos: true, record: false }]])
    await w.get('[data-testid="attach-record"]').setValue(true)
    await w.get('[data-testid="attach-photos"]').setValue(false)
    await w.get('[data-testid="make-submission"]').trigger('click')
    expect(w.emitted('submit')?.[1]).toEqual([{ photos: false, record: true }])
  })

  it('offers no photos when the phone holds none', () => {
    const w = mountPanel({ choices: { photos: { count: 0, bytes: 0 } } })
    expect(w.find('[data-testid="attach-photos"]').exists()).toBe(false)
    expect(w.text()).toContain('Không có ảnh hay tệp minh chứng nào trên máy.')
  })

  it.each([
    ['vi', 'Mã đối chiếu', 'Tạo lại tệp nộp'],
    ['en', 'Check code', 'Make the submission file again'],
  ] as const)('in %s shows the made file with its check code, its name and size, and the ways to send it', (locale, label, again) => {
    i18n.global.locale.value = locale
    const w = mountPanel({ made: madeFile(), submitted: true, outcome: 'downloaded' })
    expect(w.get('[data-testid="fingerprint"]').text()).toBe('7F3A-91C2-5B0E-44D1')
    expect(w.get('[data-testid="submission-made"]').text()).toContain(label)
    expect(w.get('[data-testid="submission-file-name"]').text()).toContain('lan-1-7F3A91C2.zip')
    expect(w.get('[data-testid="make-submission"]').text()).toBe(again)
    expect(w.find('[role="status"]').exists()).toBe(true)
  })

  it('hands share and download to the screen', async () => {
    const w = mountPanel({ made: madeFile() })
    await w.get('[data-testid="share-submission"]').trigger('click')
    await w.get('[data-testid="download-submission"]').trigger('click')
    expect(w.emitted('share')).toHaveLength(1)
    expect(w.emitted('download')).toHaveLength(1)
  })

  it('names the evidence whose photo is missing on the phone', () => {
    const w = mountPanel({ made: { ...madeFile(), missingFiles: ['MC1.1.02', 'MC2.3.01'] } })
    expect(w.text()).toContain('MC1.1.02, MC2.3.01')
  })
})
