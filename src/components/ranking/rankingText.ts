/** How a ranked school's result reads on screen, in the UI language. */
import { classOf, type Classification, type PublishedSchool, type RankBy, type RankedSchool } from '@/domain'
import { formatNumber } from '@/components/ui/format'

export type Translate = (key: string, named?: Record<string, unknown>) => string

/** "Nhóm 1: 60 điểm, mức 2 · Nhóm 2: … · Tổng 120 điểm", "38/64 tiêu chí đạt", "85 điểm". */
export function resultText(row: RankedSchool<PublishedSchool>, by: RankBy, t: Translate, locale: string): string {
  const n = (x: number) => formatNumber(x, locale)
  if (!row.score) return ''
  if (by === 'rows-met' && row.rowsMet) return t('ranking.table.rowsMet', { met: row.rowsMet.met, total: row.rowsMet.total })
  if (by === 'points') return t('ranking.table.points', { n: n(row.measure ?? 0) })
  const groups = row.score.groups.map((g) =>
    g.level === null ? t('ranking.table.groupNoLevel', { group: g.id, points: n(g.points) }) : t('ranking.table.groupResult', { group: g.id, points: n(g.points), level: g.level }),
  )
  return [...groups, t('ranking.table.total', { n: n(row.measure ?? 0) })].join(' · ')
}

/** "Hạng 3 (đồng hạng)", or what keeps a school out of the ranking. */
export function rankText(row: RankedSchool<PublishedSchool>, t: Translate): string {
  if (row.unranked) return t(`ranking.table.${row.unranked}`)
  if (row.rank === null) return t('ranking.table.noRank')
  return row.tied ? `${t('ranking.table.rank', { n: row.rank })} (${t('ranking.table.tied')})` : t('ranking.table.rank', { n: row.rank })
}

export const classText = (row: RankedSchool<PublishedSchool>, c: Classification | null): string => classOf(row, c)

/** Colours for levels, lowest first: distinct in lightness too, so they read in grey. */
export const LEVEL_COLOURS = ['#b3261e', '#b45309', '#8a6d00', '#3f7d20', '#1b6e3a', '#0b4f6c', '#4b3f8c', '#7a2e6f', '#333333'] as const
/**
 * The colour of the `index`-th of `count` levels: up to five levels spread from red (lowest) to
 * green (highest), so three levels read red, gold, green; more levels take the further colours.
 */
export function levelColour(index: number, count = 5): string {
  if (count <= 5) return LEVEL_COLOURS[count <= 1 ? 4 : Math.round((index * 4) / (count - 1))] as string
  return LEVEL_COLOURS[Math.min(index, LEVEL_COLOURS.length - 1)] as string
}
