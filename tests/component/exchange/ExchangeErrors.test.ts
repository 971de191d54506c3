import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n, LOCALES } from '@/i18n'
import { EXCHANGE_ERROR_CODES, exchangeError, type ExchangeErrorCode } from '@/domain'
import ExchangeErrors from '@/components/exchange/ExchangeErrors.vue'

const mountErrors = (errors: ReturnType<typeof exchangeError>[], fileName = 'chiso-dong-gop-mai.zip') =>
  mount(ExchangeErrors, { props: { heading: `Không mở được tệp «${fileName}».`, errors, source: 'received', nothingChanged: true }, global: { plugins: [i18n] } })

/** Values every message may use, as the package checks give them. */
const PARAMS = { found: 'qd-4725@2.0.0', expected: 'qd-4725@1.0.0', itemId: '1.7.1', school: 'Trường Tiểu học Võ Thị Sáu' }

afterEach(() => {
  i18n.global.locale.value = 'vi'
})

describe('ExchangeErrors', () => {
  it.each(LOCALES.flatMap((locale) => EXCHANGE_ERROR_CODES.map((code) => [locale, code] as const)))(
    '%s has its own message for %s',
    (locale, code: ExchangeErrorCode) => {
      i18n.global.locale.value = locale
      const text = mountErrors([exchangeError(code, '', 'detail', PARAMS)]).get('li').text()
      expect(text).not.toContain('exchange.errors')
      expect(text.length).toBeGreaterThan(30)
      expect(text).not.toMatch(/\{\w+\}/)
    },
  )

  it('gives every code a different message', () => {
    for (const locale of LOCALES) {
      i18n.global.locale.value = locale
      const texts = EXCHANGE_ERROR_CODES.map((code) => mountErrors([exchangeError(code, '', 'detail', PARAMS)]).get('li').text())
      expect(new Set(texts).size).toBe(EXCHANGE_ERROR_CODES.length)
    }
  })

  it('names the file, says nothing was changed, and shows where in the file — all as text', () => {
    const w = mountErrors([
      exchangeError('hash-mismatch', 'files/<b>x</b>.jpg', 'detail'),
      exchangeError('wrong-set-version', 'manifest.json:assignment.version', 'detail', PARAMS),
    ])
    expect(w.attributes('role')).toBe('alert')
    expect(w.text()).toContain('Không mở được tệp «chiso-dong-gop-mai.zip».')
    expect(w.text()).toContain('Vị trí trong tệp: files/<b>x</b>.jpg')
    expect(w.find('b').exists()).toBe(false)
    expect(w.text()).toContain('Tệp dùng bộ tiêu chí qd-4725@2.0.0, còn đợt đánh giá trên máy dùng qd-4725@1.0.0.')
    expect(w.text()).toContain('Chưa có gì trên máy bị thay đổi.')
  })

  it('lists five problems and counts the rest', () => {
    const w = mountErrors(Array.from({ length: 8 }, (_, i) => exchangeError('duplicate-id', `data.json:answers[${i}]`, 'detail')))
    expect(w.findAll('li')).toHaveLength(5)
    expect(w.text()).toContain('Và 3 lỗi khác.')
  })
})

describe('ExchangeErrors advice for a damaged file', () => {
  it.each([
    ['received', 'Hãy nhờ người gửi tạo và gửi lại tệp.'],
    ['own', 'Hãy lấy lại tệp gốc'],
  ] as const)('a file from %s is told how to get a good copy', (source, advice) => {
    const w = mount(ExchangeErrors, { props: { heading: 'x', errors: [exchangeError('truncated', '', 'detail')], source }, global: { plugins: [i18n] } })
    expect(w.get('li').text()).toContain(advice)
  })

  it('gives no copy advice for a file being made, nor for a problem a copy would not cure', () => {
    const made = mount(ExchangeErrors, { props: { heading: 'x', errors: [exchangeError('truncated', '', 'detail')] }, global: { plugins: [i18n] } })
    expect(made.get('li').text()).not.toContain('Hãy nhờ người gửi')
    const school = mount(ExchangeErrors, { props: { heading: 'x', errors: [exchangeError('wrong-school', '', 'detail')], source: 'received' }, global: { plugins: [i18n] } })
    expect(school.get('li').text()).not.toContain('Hãy nhờ người gửi')
  })
})
