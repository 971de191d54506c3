import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n'
import InAppBrowserWarning from '@/components/app/InAppBrowserWarning.vue'

const ZALO_ANDROID = 'Mozilla/5.0 (Linux; Android 11; SM-A515F; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/108.0.5359.128 Mobile Safari/537.36 Zalo android/12100639 ZaloTheme/light ZaloLanguage/vn'
const FACEBOOK_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone14,5;FBSN/iOS;FBSV/16.5;FBLC/vi_VN]'
const CHROME_ANDROID = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'

const mountAs = (ua: string) => {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(ua)
  return mount(InAppBrowserWarning, { global: { plugins: [i18n] } })
}

describe('InAppBrowserWarning', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => vi.restoreAllMocks())

  it('inside Zalo on Android, says data may be lost and how to open it in Chrome', () => {
    const w = mountAs(ZALO_ANDROID)
    expect(w.text()).toContain('Bạn đang mở ứng dụng bên trong Zalo')
    expect(w.text()).toContain('có thể mất')
    expect(w.text()).toContain('«Mở bằng trình duyệt» (Chrome)')
    expect(w.text()).toContain('«Thêm vào màn hình chính»')
    expect(w.find('input').element.value).toBe(`${location.origin}/`)
  })

  it('inside Facebook on an iPhone, gives the Safari steps', () => {
    const w = mountAs(FACEBOOK_IPHONE)
    expect(w.text()).toContain('bên trong Facebook')
    expect(w.text()).toContain('«Mở trong Safari»')
    expect(w.text()).toContain('«Thêm vào MH chính»')
  })

  it('says nothing in a real browser', () => {
    expect(mountAs(CHROME_ANDROID).html()).toBe('<!--v-if-->')
  })

  it('once dismissed, stays hidden on the next load', async () => {
    const w = mountAs(ZALO_ANDROID)
    await w.findAll('button').find((b) => b.text() === 'Tôi hiểu, vẫn dùng ở đây')?.trigger('click')
    expect(w.find('[data-testid="in-app-warning"]').exists()).toBe(false)
    expect(mountAs(ZALO_ANDROID).find('[data-testid="in-app-warning"]').exists()).toBe(false)
  })
})
