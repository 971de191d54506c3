import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ChisoDb, repos, useDatabase } from '@/db'
import { i18n } from '@/i18n'
import { useSchoolsStore } from '@/stores/schools'
import SchoolFormView from '@/views/SchoolFormView.vue'


const Stub = defineComponent({ template: '<p>stub</p>' })

function makeRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: Stub },
      { path: '/schools/new', name: 'school-new', component: SchoolFormView },
      { path: '/schools/:schoolId/edit', name: 'school-edit', component: SchoolFormView },
      { path: '/schools/:schoolId', name: 'school', component: Stub },
    ],
  })
}

async function mountAt(path: string) {
  const router = makeRouter()
  await router.push(path)
  await router.isReady()
  const w = mount(SchoolFormView, { global: { plugins: [i18n, router] } })
  await vi.waitFor(() => expect(w.text()).not.toContain('Đang tải…'))
  return { w, router }
}

beforeEach(() => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
})

describe('SchoolFormView', () => {
  it('saves a new school on this device and opens it', async () => {
    const { w, router } = await mountAt('/schools/new')
    const store = useSchoolsStore()
    const save = vi.spyOn(store, 'save')
    expect(w.get('h1').text()).toBe('Thêm trường')

    await w.get('#school-form-name').setValue('Trường THPT Ngô Quyền')
    await w.get('#school-form-kind-thpt').setValue(true)
    await w.get('form').trigger('submit')

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('school'))
    expect(save).toHaveBeenCalledOnce()
    const [stored] = await repos().schools.list()
    expect(stored).toMatchObject({ name: 'Trường THPT Ngô Quyền', kind: 'thpt' })
    expect(router.currentRoute.value.fullPath).toBe(`/schools/${stored!.id}`)
  })

  it('does not save an invalid form', async () => {
    const { w } = await mountAt('/schools/new')
    const save = vi.spyOn(useSchoolsStore(), 'save')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(save).not.toHaveBeenCalled()
    expect(await repos().schools.list()).toEqual([])
  })

  it('edits an existing school in place', async () => {
    const r = await useSchoolsStore().save({
      name: 'Trường Tiểu học Lê Lợi',
      code: '',
      kind: 'tieu-hoc',
      province: 'Hải Phòng',
      commune: '',
      managingBody: '',
      headName: '',
    })
    if (!r.ok) throw new Error('not saved')
    const s = r.value
    const { w, router } = await mountAt(`/schools/${s.id}/edit`)
    expect(w.get('h1').text()).toBe('Sửa thông tin trường')
    expect((w.get('#school-form-name').element as HTMLInputElement).value).toBe('Trường Tiểu học Lê Lợi')

    await w.get('#school-form-headName').setValue('Phạm Thu Hà')
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('school'))

    expect(await repos().schools.list()).toMatchObject([{ id: s.id, headName: 'Phạm Thu Hà', createdAt: s.createdAt }])
    expect(router.currentRoute.value.fullPath).toBe(`/schools/${s.id}`)
  })

  it('says so when the school to edit is not on this device', async () => {
    const { w } = await mountAt('/schools/nope/edit')
    expect(w.text()).toContain('Không tìm thấy trường này trên máy.')
    expect(w.find('form').exists()).toBe(false)
  })

  it('explains a failed save and stays on the form', async () => {
    const { w, router } = await mountAt('/schools/new')
    vi.spyOn(useSchoolsStore(), 'save').mockResolvedValue({ ok: false, errors: ['quota'] })
    await w.get('#school-form-name').setValue('Trường A')
    await w.get('#school-form-kind-gdtx').setValue(true)
    await w.get('form').trigger('submit')

    await vi.waitFor(() => expect(w.find('[role="alert"]').exists()).toBe(true))
    expect(w.get('[role="alert"]').text()).toContain('Bộ nhớ của máy đã đầy')
    expect(router.currentRoute.value.fullPath).toBe('/schools/new')
  })
})
