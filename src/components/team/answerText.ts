import type { AnswerBasis, AnswerValue } from '@/domain'

type Translate = (key: string, params?: Record<string, unknown>) => string
type FormatNumber = (n: number, key: string) => string

/** What a row says, in words: `Đạt`, `8 điểm (tỷ lệ 85%)`, the typed text, or `Chưa trả lời`. */
export function valueText(row: { value: AnswerValue; basis?: AnswerBasis } | null | undefined, t: Translate, n: FormatNumber): string {
  const v = row?.value ?? null
  let main: string
  if (v === null || (typeof v === 'string' && v.trim() === '')) main = t('team.value.none')
  else if (typeof v === 'boolean') main = t(v ? 'team.value.met' : 'team.value.notMet')
  else if (typeof v === 'number') main = t('team.value.points', { n: n(v, 'decimal') })
  else main = v
  const b = row?.basis
  const basis =
    b?.percentage !== undefined
      ? t('team.value.percentage', { n: n(b.percentage, 'decimal') })
      : b?.yes !== undefined
        ? t(b.yes ? 'team.value.yes' : 'team.value.no')
        : ''
  return basis ? `${main} (${basis})` : main
}
