/**
 * The summary as one picture for a Zalo group: what it says, decided here; how it is drawn, in
 * `src/services/shareImage.ts`.
 */
import type { Band, CriteriaSet } from '../criteria/schema'
import { localText } from '../criteria/lookup'
import type { School } from '../model'
import { recordBaseName } from '../record/files'
import { schoolAbbreviation } from '../record/defaults'
import type { AssessmentScore } from '../scoring/score'
import { hasLevels } from '../scoring/display'

export interface SummaryCardGroup {
  /** "Nhóm 1 — Chuyển đổi số trong dạy, học" */
  title: string
  points: number
  max: number
  /** "64/100 điểm — Mức 2 (Đáp ứng cơ bản)", or with the not-yet-scored wording. */
  result: string
  bands: readonly Band[]
}

export interface SummaryCard {
  school: string
  /** "Năm học 2025-2026" */
  year: string
  /** The set's short title: "QĐ 4725/QĐ-BGDĐT". */
  set: string
  groups: SummaryCardGroup[]
  /** Said when rows are still unanswered: the result is provisional. */
  provisional: string | null
  fileName: string
}

export interface SummaryCardWords {
  year: (year: string) => string
  group: (id: string, title: string) => string
  /** "64/100 điểm — Mức 2 (Đáp ứng cơ bản)" */
  result: (points: number, max: number, level: number | null, label: string | null) => string
  /** "7/9 điểm": a group whose set rates no levels (one band for every score). */
  points: (points: number, max: number) => string
  provisional: (n: number) => string
}

export function summaryCard(
  set: CriteriaSet,
  score: AssessmentScore,
  school: Pick<School, 'name' | 'kind'>,
  schoolYear: string,
  words: SummaryCardWords,
  locale = 'vi',
): SummaryCard {
  return {
    school: school.name,
    year: words.year(schoolYear),
    set: localText(set.shortTitle ?? set.title, locale),
    groups: score.groups.flatMap((g) => {
      const def = set.groups.find((x) => x.id === g.id)
      if (!def) return []
      const label = g.band && g.level === g.band.level ? localText(g.band.label, locale) : null
      return [
        {
          title: words.group(g.id, localText(def.title, locale)),
          points: g.points,
          max: g.max,
          result:
            g.answered > 0 && !hasLevels(def.bands) ? words.points(g.points, g.max) : words.result(g.points, g.max, g.answered === 0 ? null : g.level, label),
          bands: def.bands ?? [],
        },
      ]
    }),
    provisional: score.unanswered.length > 0 ? words.provisional(score.unanswered.length) : null,
    fileName: `${recordBaseName('ket-qua-cds', schoolAbbreviation(school.name, school.kind), schoolYear)}.png`,
  }
}

