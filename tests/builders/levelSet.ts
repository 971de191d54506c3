/**
 * Small synthetic sets rated by indicators and levels (accreditation-like), for tests.
 * `levelSet([['1.1*', [3, 1]], ['1.2', [3, 1]]])` makes criterion 1.1 (mandatory, the star) with
 * three level-1 indicators and one level-2 indicator, and so on; the school and standard rules are
 * passed in, so no test depends on a real circular's rule.
 */
import type { CriteriaSet, Criterion, Item, LevelSteps, Narrative } from '@/domain'

/** [criterion id (a trailing * marks it mandatory), indicators per level (index 0 = level 1)]. */
export type CriterionSpec = [string, number[]]

const LETTERS = 'abcdefghij'

/** The indicator id of criterion `c`, level `level`, indicator `k` (0-based): `1.1-1a`. */
export const indicatorId = (c: string, level: number, k: number) => `${c}-${level}${LETTERS[k]}`

export const ALL_NARRATIVES: Narrative[] = ['current-state', 'strengths', 'weaknesses', 'improvement', 'improvement-who', 'improvement-when']
const NARRATIVE_WORDS: Record<Narrative, string> = {
  'current-state': 'Mô tả hiện trạng',
  strengths: 'Điểm mạnh',
  weaknesses: 'Điểm yếu',
  improvement: 'Kế hoạch cải tiến chất lượng',
  'improvement-who': 'Người thực hiện',
  'improvement-when': 'Thời gian thực hiện',
}
/** The id of a criterion's narrative row: `1.1-ht` style, `1.1-current-state` here. */
export const narrativeId = (c: string, n: Narrative) => `${c}-${n}`

function criterion([spec, perLevel]: CriterionSpec, narratives: readonly Narrative[]): Criterion {
  const id = spec.replace(/\*$/, '')
  const items: Item[] = perLevel.flatMap((count, i) =>
    Array.from({ length: count }, (_, k): Item => ({
      id: indicatorId(id, i + 1, k),
      kind: 'level',
      level: i + 1,
      text: { vi: `Chỉ báo ${LETTERS[k]}) mức ${i + 1} của tiêu chí ${id}` },
      provenance: 'official',
    })),
  )
  for (const n of narratives)
    items.push({ id: narrativeId(id, n), kind: 'info', narrative: n, text: { vi: NARRATIVE_WORDS[n] }, provenance: 'inferred' })
  return {
    id,
    title: { vi: `Tiêu chí ${id}` },
    provenance: 'official',
    ...(spec.endsWith('*') ? { mandatory: true } : {}),
    items,
  }
}

/** "Level k when every criterion reaches k", for levels 1..n. */
export const everyCriterion = (n: number): LevelSteps => ({
  provenance: 'official',
  levels: Array.from({ length: n }, (_, i) => ({ level: i + 1, when: [{ criteria: 'all' as const, atLeast: i + 1 }] })),
})

export interface LevelSetOptions {
  /** Standards: id → criteria. */
  standards: Record<string, CriterionSpec[]>
  levels?: number
  school?: LevelSteps
  standard?: LevelSteps | null
  narratives?: readonly Narrative[]
}

export function levelSet(o: LevelSetOptions): CriteriaSet {
  const levels = o.levels ?? 2
  return {
    format: 'chiso.criteria-set',
    formatVersion: 1,
    id: 'kiem-dinh-thu',
    version: '1.0.0',
    title: { vi: 'Bộ kiểm định thử', en: 'Test accreditation set' },
    legalBasis: { number: '9/2030/TT-THU', date: '2030-01-02', issuer: 'Bộ Thử' },
    schoolKinds: ['tieu-hoc'],
    status: { provenance: 'official', note: { vi: 'Bộ thử nghiệm' } },
    levelRule: {
      levels: Array.from({ length: levels }, (_, i) => ({ level: i + 1, label: { vi: `Mức ${i + 1}`, en: `Level ${i + 1}` } })),
      ...(o.standard === null ? {} : { standard: o.standard ?? everyCriterion(levels) }),
      school: o.school ?? everyCriterion(levels),
    },
    groups: Object.entries(o.standards).map(([id, criteria]) => ({
      id,
      title: { vi: `Tiêu chuẩn ${id}` },
      provenance: 'official',
      criteria: criteria.map((c) => criterion(c, o.narratives ?? [])),
    })),
  }
}
