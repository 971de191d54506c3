import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import ZaloGuide from '@/components/team/ZaloGuide.vue'

describe('ZaloGuide: how a file sent through Zalo reaches the app', () => {
  it('names each tap in order, from Zalo to the app’s own open button', () => {
    const w = mount(ZaloGuide, { global: { plugins: [i18n] } })
    expect(w.get('summary').text()).toBe('Nhận tệp qua Zalo: cách mở')
    const steps = w.findAll('li').map((li) => li.text())
    expect(steps).toHaveLength(4)
    expect(steps[0]).toContain('Tải về')
    expect(steps[2]).toContain('«Mở tệp được gửi»')
  })
})
