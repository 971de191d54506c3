import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import UpdatePrompt from '@/components/app/UpdatePrompt.vue'

// Vant's per-component CSS cannot be loaded by Node; the look is not under test here.

const mountPrompt = (visible: boolean) => mount(UpdatePrompt, { props: { visible }, global: { plugins: [i18n] } })

describe('UpdatePrompt', () => {
  it('shows nothing while there is no new version', () => {
    const w = mountPrompt(false)
    expect(w.text()).toBe('')
    expect(w.find('button').exists()).toBe(false)
  })

  it('offers the update in a non-modal status bar, and updates only when asked', async () => {
    const w = mountPrompt(true)
    expect(w.attributes('role')).toBe('status')
    expect(w.find('[role="dialog"], [aria-modal]').exists()).toBe(false)
    expect(w.text()).toContain('Có phiên bản mới.')
    expect(w.emitted('update')).toBeUndefined()
    const [update] = w.findAll('button')
    await update?.trigger('click')
    expect(w.emitted('update')).toHaveLength(1)
  })

  it('hides until the next load on "later"', async () => {
    const w = mountPrompt(true)
    const later = w.findAll('button').find((b) => b.text() === 'Để sau')
    await later?.trigger('click')
    expect(w.find('button').exists()).toBe(false)
    expect(w.emitted('update')).toBeUndefined()
  })
})
