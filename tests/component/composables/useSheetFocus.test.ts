import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, nextTick, ref } from 'vue'
import { useSheetFocus } from '@/composables/useSheetFocus'

/** A page with an opener button and a sheet that is in the DOM while open. */
const Page = defineComponent({
  props: { initiallyOpen: { type: Boolean, default: false } },
  setup(props) {
    const show = ref(props.initiallyOpen)
    const editing = ref(false)
    const { onEscape } = useSheetFocus(show, () => 'sheet-title', () => !editing.value)
    return { show, editing, onEscape }
  },
  template: `
    <button id="opener" @click="show = true">Thêm minh chứng</button>
    <div v-if="show" role="dialog" aria-labelledby="sheet-title" @keydown="onEscape">
      <h2 id="sheet-title" tabindex="-1">Thêm minh chứng cho dòng 1.1</h2>
      <button id="close" @click="show = false">Đóng</button>
    </div>`,
})

const settle = async () => {
  await nextTick()
  await nextTick()
}

describe('useSheetFocus: a sheet takes focus and gives it back', () => {
  it('moves focus to the sheet’s title when it opens, and back to the opener when it closes', async () => {
    const w = mount(Page, { attachTo: document.body })
    const opener = w.get('#opener').element as HTMLButtonElement
    opener.focus()
    await w.get('#opener').trigger('click')
    await settle()
    expect(document.activeElement?.id).toBe('sheet-title')
    await w.get('#close').trigger('click')
    await settle()
    expect(document.activeElement).toBe(opener)
    w.unmount()
  })

  it('closes on Escape, but not while an input method is composing or the sheet says it cannot', async () => {
    const w = mount(Page, { props: { initiallyOpen: true }, attachTo: document.body })
    await settle()
    const dialog = w.get('[role="dialog"]')
    await dialog.trigger('keydown', { key: 'Escape', isComposing: true })
    expect(w.find('[role="dialog"]').exists()).toBe(true)
    ;(w.vm as unknown as { editing: boolean }).editing = true
    await dialog.trigger('keydown', { key: 'Escape' })
    expect(w.find('[role="dialog"]').exists()).toBe(true)
    ;(w.vm as unknown as { editing: boolean }).editing = false
    await dialog.trigger('keydown', { key: 'Enter' })
    expect(w.find('[role="dialog"]').exists()).toBe(true)
    await dialog.trigger('keydown', { key: 'Escape' })
    expect(w.find('[role="dialog"]').exists()).toBe(false)
    w.unmount()
  })

  it.each([
    ['closed with its button', true],
    ['taken off the page while open (a route change)', false],
  ])('a sheet mounted already open (loaded on first use) takes focus, and gives it back when %s', async (_, byButton) => {
    const opener = document.createElement('button')
    document.body.append(opener)
    opener.focus()
    const w = mount(Page, { props: { initiallyOpen: true }, attachTo: document.body })
    await settle()
    expect(document.activeElement?.id).toBe('sheet-title')
    if (byButton) {
      await w.get('#close').trigger('click')
      await settle()
    }
    w.unmount()
    expect(document.activeElement).toBe(opener)
    opener.remove()
  })
})
