import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { makeManifest, type ExchangeError } from '@/domain'
import { i18n } from '@/i18n'
import type { ImportReport } from '@/domain'
import BackupRestore from '@/components/backup/BackupRestore.vue'
import { sampleData, T2 } from '../../unit/domain/exchange/sample'

const SCRIPT = '<img src=x onerror="alert(1)">'

type Props = InstanceType<typeof BackupRestore>['$props']
function mountRestore(props: Partial<Props>) {
  return mount(BackupRestore, {
    props: { step: 'idle', fileName: '', busy: false, progress: null, checked: null, errors: [], report: null, ...props },
    global: { plugins: [i18n] },
  })
}

const manifest = () => makeManifest('chiso.backup', { appVersion: '0.1.0', createdAt: T2, packageId: 'p1' }, sampleData(), [])
const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  mode: 'merge',
  added: { schools: 0, assessments: 1, answers: 12, members: 0, evidence: 3, criteriaSets: 0, assignments: 0, files: 2 },
  unchanged: 7,
  kept: [
    { table: 'answers', key: 'a1/1.1' },
    { table: 'answers', key: 'a1/1.2' },
    { table: 'evidence', key: 'e1' },
  ],
  renumbered: [{ evidenceId: 'e9', from: 'MC1.3.01', to: 'MC1.3.02' }],
  ...over,
})

afterEach(() => {
  i18n.global.locale.value = 'vi'
})

describe('BackupRestore', () => {
  it('offers the file picker for zips, with what happens to a bad file', () => {
    const w = mountRestore({})
    expect(w.get('input[type=file]').attributes('accept')).toBe('.zip,application/zip')
    expect(w.text()).toContain('Khôi phục từ bản sao lưu')
    expect(w.text()).toContain('tệp có lỗi không làm thay đổi gì trên máy')
  })

  it('shows progress while checking, naming the file', () => {
    const w = mountRestore({ step: 'checking', fileName: 'chiso-sao-luu-2025-10-02.zip', progress: { done: 50, total: 200 } })
    expect(w.text()).toContain('Đang kiểm tra “chiso-sao-luu-2025-10-02.zip”… 25%')
    expect(w.get('progress').attributes('value')).toBe('0.25')
  })

  it('asks replace or merge, each explained, on a device with data', async () => {
    const w = mountRestore({ step: 'choose', fileName: 'sao-luu.zip', checked: { manifest: manifest(), data: sampleData(), files: [] } })
    const text = w.text()
    expect(text).toContain('Máy này đã có dữ liệu')
    expect(text).toContain('1 trường, 2 đợt đánh giá, 5 câu trả lời, 5 minh chứng')
    expect(text).toContain('Xóa toàn bộ dữ liệu đang có trên máy')
    expect(text).toContain('Giữ mọi dữ liệu trên máy')
    const buttons = w.findAll('[data-testid=restore-choice] button')
    const merge = buttons.find((b) => b.text() === 'Gộp')
    expect(merge?.attributes('aria-describedby')).toBeTruthy()
    await merge?.trigger('click')
    await buttons.find((b) => b.text() === 'Thay thế')?.trigger('click')
    await buttons.find((b) => b.text() === 'Hủy')?.trigger('click')
    expect(w.emitted('choose')).toEqual([['merge'], ['replace']])
    expect(w.emitted('cancel')).toHaveLength(1)
  })

  it('says what a merge did: added, unchanged, kept from the device, renumbered', () => {
    const w = mountRestore({ step: 'done', fileName: 'sao-luu.zip', report: report() })
    const text = w.get('[data-testid=restore-report]').text()
    expect(text).toContain('Đã gộp “sao-luu.zip”')
    expect(text).toContain('Câu trả lời: 12')
    expect(text).toContain('Tệp ảnh, tài liệu: 2')
    expect(text).not.toContain('Trường: 0')
    expect(text).toContain('7 mục đã có sẵn')
    expect(w.get('[data-testid=restore-kept]').text()).toContain('Câu trả lời: 2')
    expect(w.get('[data-testid=restore-kept]').text()).toContain('Minh chứng: 1')
    expect(text).toContain('MC1.3.01 → MC1.3.02')
  })

  it('names the refused file and each problem, quoting file content as text, in English too', async () => {
    const errors: ExchangeError[] = [
      { code: 'hash-mismatch', path: 'files/f1.jpg', detail: 'x', params: {} },
      { code: 'unknown-set-version', path: 'data.json:assessments[0].version', detail: 'x', params: { set: SCRIPT } },
    ]
    const w = mountRestore({ step: 'refused', fileName: `${SCRIPT}.zip`, errors })
    const alert = w.get('[role=alert]')
    expect(alert.text()).toContain(`Không dùng được tệp “${SCRIPT}.zip”`)
    expect(alert.text()).toContain('không khớp mã kiểm tra SHA-256')
    expect(alert.text()).toContain('files/f1.jpg')
    expect(alert.text()).toContain('Chưa có gì trên máy bị thay đổi.')
    expect(alert.find('img').exists()).toBe(false)
    i18n.global.locale.value = 'en'
    await w.vm.$nextTick()
    expect(w.get('[role=alert]').text()).toContain(`“${SCRIPT}.zip” cannot be used`)
    expect(w.get('[role=alert]').text()).toContain('does not match its SHA-256 checksum')
  })
})
