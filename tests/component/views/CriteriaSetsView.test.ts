import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { showConfirmDialog } from 'vant'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { i18n } from '@/i18n'
import { useCriteriaSetsStore } from '@/stores/criteriaSets'
import CriteriaSetsView from '@/views/CriteriaSetsView.vue'
import { assessment } from '../../builders/assessment'
import { tinySet } from '../../builders/criteriaSet'

vi.mock('vant', async (original) => ({ ...(await original<typeof import('vant')>()), showConfirmDialog: vi.fn() }))
const confirm = vi.mocked(showConfirmDialog)

const loaded = tinySet()
const setFile = () => new File([JSON.stringify(loaded)], 'bo-tieu-chi.json', { type: 'application/json' })

async function mountSets() {
  const w = mount(CriteriaSetsView, { global: { plugins: [i18n], stubs: { RouterLink: { template: '<a><slot /></a>' } } } })
  await flushPromises()
  return w
}
const removeButtons = (w: Awaited<ReturnType<typeof mountSets>>) => w.findAll('button').filter((b) => b.text() === 'Xóa bộ này')

beforeEach(async () => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
  confirm.mockReset()
  expect((await useCriteriaSetsStore().importFile(setFile())).ok).toBe(true)
})

describe('CriteriaSetsView: deleting a loaded set', () => {
  it('asks first, naming the set, and keeps it when the user cancels', async () => {
    const w = await mountSets()
    confirm.mockRejectedValueOnce(new Error('cancel'))
    await removeButtons(w)[0]!.trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalledOnce()
    expect(confirm.mock.calls[0]![0].message).toContain(loaded.version)
    expect(await repos().criteriaSets.list()).toHaveLength(1)
  })

  it('deletes it once confirmed and says so', async () => {
    const w = await mountSets()
    confirm.mockResolvedValueOnce('confirm')
    await removeButtons(w)[0]!.trigger('click')
    await vi.waitFor(() => expect(w.get('.sets-status').text()).toContain(`Đã xóa “${loaded.title.vi}”`))
    expect(removeButtons(w)).toHaveLength(0)
    expect(await repos().criteriaSets.list()).toEqual([])
  })

  it('refuses while an assessment still uses it, on that set’s card, and keeps it', async () => {
    await repos().assessments.put(assessment({ setId: loaded.id, version: loaded.version }))
    const w = await mountSets()
    confirm.mockResolvedValueOnce('confirm')
    await removeButtons(w)[0]!.trigger('click')
    await vi.waitFor(() => expect(w.find('[role="alert"]').exists()).toBe(true))
    expect(w.get('[role="alert"]').text()).toContain('đang được dùng cho ít nhất một lần đánh giá')
    expect(await repos().criteriaSets.list()).toHaveLength(1)
  })
})
