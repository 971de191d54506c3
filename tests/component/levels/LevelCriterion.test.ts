import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { i18n } from '@/i18n'
import { scoreAssessment, type Answer, type AnswerValue } from '@/domain'
import CriterionCard from '@/components/indicator/CriterionCard.vue'
import LevelSummary from '@/components/levels/LevelSummary.vue'
import { levelSet, narrativeId } from '../../builders/levelSet'

const set = levelSet({
  standards: { '1': [['1.1*', [2, 1]], ['1.2', [1, 1]]] },
  narratives: ['current-state', 'strengths', 'weaknesses', 'improvement', 'improvement-who', 'improvement-when'],
})
const criterion = set.groups[0]!.criteria[0]!

/** The card as the scoring screen uses it: answers kept in state, the score recomputed from them. */
function harness() {
  const answers = ref<Record<string, Answer>>({})
  const saved: { itemId: string; value: AnswerValue | undefined }[] = []
  const Host = defineComponent(() => () => {
    const values = Object.fromEntries(Object.values(answers.value).map((a) => [a.itemId, a.value]))
    const score = scoreAssessment(set, values).groups[0]!.criteria[0]!
    return h(CriterionCard, {
      criterion,
      score,
      answers: answers.value,
      readOnly: false,
      onChange: (itemId: string, patch: { value?: AnswerValue }) => {
        saved.push({ itemId, value: patch.value })
        answers.value = { ...answers.value, [itemId]: { assessmentId: 'a', itemId, value: patch.value ?? null, note: '', updatedAt: '' } }
      },
    })
  })
  return { w: mount(Host, { global: { plugins: [i18n] } }), saved }
}

describe('a criterion rated by levels, on the phone', () => {
  it('shows the indicators per level as checkboxes and the level reached, live', async () => {
    const { w, saved } = harness()
    const level = () => w.get('[data-testid="criterion-level-1.1"]')
    expect(w.text()).toContain('Tiêu chí bắt buộc')
    expect(w.findAll('fieldset legend').map((l) => l.text())).toEqual(['Chỉ báo của Mức 1', 'Chỉ báo của Mức 2'])
    expect(level().text()).toContain('Chưa đạt Mức 1')

    await w.get('[data-testid="indicator-1.1-1a"]').setValue(true)
    expect(level().text()).toContain('Chưa đạt Mức 1')
    await w.get('[data-testid="indicator-1.1-2a"]').setValue(true)
    expect(level().text()).toContain('Chưa đạt Mức 1')
    await w.get('[data-testid="indicator-1.1-1b"]').setValue(true)
    expect(level().text()).toContain('Mức đạt: Mức 2')
    expect(level().text()).not.toContain('tạm tính')

    await w.get('[data-testid="indicator-1.1-1b"]').setValue(false)
    expect(level().text()).toContain('Chưa đạt Mức 1')
    expect(saved.at(-1)).toEqual({ itemId: '1.1-1b', value: false })
  })

  it('offers each narrative the set declares, labelled with the set’s words, and saves what is typed', async () => {
    const { w, saved } = harness()
    const labels = w.findAll('.lvc__writing label').map((l) => l.text())
    expect(labels).toEqual(['Mô tả hiện trạng', 'Điểm mạnh', 'Điểm yếu', 'Kế hoạch cải tiến chất lượng', 'Người thực hiện', 'Thời gian thực hiện'])
    const field = w.get(`#item-${narrativeId('1.1', 'strengths').replace(/[^0-9A-Za-z_-]/g, '_')}-input`)
    await field.setValue('Kế hoạch năm học ban hành đúng hạn')
    await field.trigger('blur')
    expect(saved).toContainEqual({ itemId: '1.1-strengths', value: 'Kế hoạch năm học ban hành đúng hạn' })
  })
})

describe('the levels on the summary', () => {
  it('gives the school’s and each standard’s level under the set’s rule', () => {
    const values = { '1.1-1a': true, '1.1-1b': true, '1.1-2a': true, '1.2-1a': true }
    const w = mount(LevelSummary, { props: { set, score: scoreAssessment(set, values) }, global: { plugins: [i18n] } })
    expect(w.get('[data-testid="school-level"]').text()).toBe('Mức 1')
    expect(w.get('[data-testid="standard-level-1"]').text()).toContain('Mức 1')
    expect(w.text()).toContain('Tiêu chí đạt Mức 2: 1/2')
  })

  it('says plainly when the school has not reached level 1', () => {
    const w = mount(LevelSummary, { props: { set, score: scoreAssessment(set, {}) }, global: { plugins: [i18n] } })
    expect(w.get('[data-testid="school-level"]').text()).toBe('Nhà trường chưa đạt Mức 1')
  })
})
