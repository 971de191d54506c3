import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, nextTick, ref } from 'vue'
import { useSheetFocus } from '@/composables/useSheetFocus'

/** A page with an opener button and a sheet that is in the DOM while open. */
const Page = defineComponent({
  props: { initiallyOpen: { type: Boolean, default: false } },
  setup(props) {
    const show = ref(props.initiallyOpen)
    useSheetFocus(show, () => 'sheet-title')
    return { show }
  },
  template: `
    <button id="opener" @click="show = true">Thêm minh chứng</button>
    <div v-if="show" role="dialog" aria-labelledby="sheet-title">
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

  it('a sheet mounted already open (loaded on first use) takes focus too', async () => {
    const opener = document.createElement('button')
    document.body.append(opener)
    opener.focus()
    const w = mount(Page, { props: { initiallyOpen: true }, attachTo: document.body })
    await settle()
    expect(document.activeElement?.id).toBe('sheet-title')
    await w.get('#close').trigger('click')
    await settle()
    expect(document.activeElement).toBe(opener)
    w.unmount()
    opener.remove()
  })
})
