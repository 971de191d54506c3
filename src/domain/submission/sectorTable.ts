/**
 * The result as one table, one line per row of the set, for the sector database (CSDL ngành) and
 * for anyone who works in Excel. The database's own import format is not published, so this is
 * the app's own layout: its columns are documented in the README and do not change (new columns,
 * if ever, are added at the end).
 */
import type { CriteriaSet, ItemKind } from '../criteria/schema'
import { itemPlaces } from '../criteria/lookup'
import { own } from '../ids'
import { evidenceByItem } from '../evidence/codes'
import { scoreAssessment, type AnswerValue } from '../scoring/score'
import { submittedValues, type SubmissionContent } from './content'

/** The columns, in order: a stable id (for people who script against the file) and the header shown. */
export const SECTOR_COLUMNS = [
  { id: 'school_code', header: 'Mã trường' },
  { id: 'school_name', header: 'Tên trường' },
  { id: 'school_year', header: 'Năm học' },
  { id: 'criteria_set', header: 'Bộ tiêu chí' },
  { id: 'group', header: 'Nhóm' },
  { id: 'criterion', header: 'Tiêu chí' },
  { id: 'item', header: 'Chỉ số' },
  { id: 'content', header: 'Nội dung' },
  { id: 'kind', header: 'Loại' },
  { id: 'max_points', header: 'Điểm tối đa' },
  { id: 'result', header: 'Kết quả' },
  { id: 'points', header: 'Điểm' },
  { id: 'note', header: 'Ghi chú' },
  { id: 'evidence', header: 'Minh chứng' },
] as const

export type SectorCell = string | number

const KIND_WORD: Readonly<Record<ItemKind | 'group', string>> = {
  condition: 'Điều kiện',
  points: 'Điểm',
  info: 'Thông tin',
  level: 'Chỉ báo',
  group: 'Tổng nhóm',
}

function resultWord(value: AnswerValue | undefined): SectorCell {
  if (value === undefined || value === null) return ''
  if (typeof value === 'boolean') return value ? 'Đạt' : 'Chưa đạt'
  return value
}

/**
 * The table: a header line, one line per row of the set in set order (unanswered rows included,
 * with an empty result), then one line per group with its total and level (`Mức 2`). Numbers are
 * numbers; points are recomputed from the answers.
 */
export function sectorTable(content: SubmissionContent, set: CriteriaSet): SectorCell[][] {
  const values = submittedValues(content.answers)
  const notes = new Map(content.answers.map((a) => [a.itemId, a.note]))
  const evidence = evidenceByItem(content.evidence)
  const score = scoreAssessment(set, values)
  const points = new Map(score.groups.flatMap((g) => g.criteria.flatMap((c) => c.items.map((i) => [i.id, i.points] as const))))
  const head: SectorCell[] = [content.school.code, content.school.name, content.assessment.schoolYear, `${content.set.setId}@${content.set.version}`]
  const lines: SectorCell[][] = [SECTOR_COLUMNS.map((c) => c.header)]
  for (const { group, criterion, item } of itemPlaces(set))
    lines.push([
      ...head,
      group.id,
      criterion.id,
      item.id,
      item.text.vi,
      KIND_WORD[item.kind],
      item.kind === 'points' ? item.max : '',
      resultWord(own(values, item.id)),
      points.get(item.id) ?? 0,
      notes.get(item.id) ?? '',
      (evidence.get(item.id) ?? []).map((e) => e.code).join('; '),
    ])
  for (const g of score.groups)
    lines.push([...head, g.id, '', '', set.groups.find((x) => x.id === g.id)?.title.vi ?? '', KIND_WORD.group, g.max, g.level === null ? '' : `Mức ${g.level}`, g.points, '', ''])
  return lines
}
