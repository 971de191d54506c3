/**
 * The record's tables: the full score table (appendix), the criterion table (minutes), the group
 * table (report), the evidence list (appendix) and the team (plan).
 */
import type { Item } from '../criteria/schema'
import type { Evidence } from '../model'
import type { CriterionScore, ItemScore } from '../scoring/score'
import { inline, para } from './blocks'
import type { Context } from './context'
import type { RecordBlock, RecordColumn, RecordRow, RecordTable } from './model'
import { groupLevelText, groupName } from './results'
import { cleanText, compareNatural, formatPoints, levelLabel, shortDate, vietnamDate } from './text'
import { EVIDENCE_KIND_LABELS, W } from './wording'

const col = (width: number, align: RecordColumn['align'] = 'left'): RecordColumn => ({ width, align })

function itemValue(item: Item, is: ItemScore | undefined): string {
  if (!is) return W.valueNone
  if (is.invalid) return W.valueInvalid
  switch (item.kind) {
    case 'condition':
      return is.met === true ? W.conditionMet : is.met === false ? W.conditionUnmet : W.conditionPending
    case 'level':
      return !is.answered ? W.conditionPending : W.valueNone
    case 'points':
      return is.answered ? formatPoints(is.points) : W.valueNone
    case 'info':
      return W.valueNone
  }
}

/** What the school declared for an info row (the LMS's name, built / rented / bought). */
function infoAnswer(ctx: Context, item: Item): string {
  const v = item.kind === 'info' ? ctx.answers.get(item.id)?.value : undefined
  return typeof v === 'string' && v.trim() !== '' ? cleanText(v.trim()) : ''
}

function itemNote(ctx: Context, item: Item): string {
  const parts: string[] = []
  if (item.kind === 'condition') parts.push(W.mandatory)
  if (item.kind === 'info') {
    const answer = infoAnswer(ctx, item)
    parts.push(answer ? W.infoAnswer(answer) : W.infoMissing)
  }
  const codes = ctx.evidenceByItem.get(item.id)
  if (codes && codes.length > 0) parts.push(codes.join(', '))
  return parts.join('; ')
}

const criterionNote = (cs: CriterionScore): string => (cs.band ? levelLabel(cs.band.label.vi) : '')

/** A row of one item under its criterion, or the criterion itself when it is its only item. */
function itemRow(ctx: Context, kind: RecordRow['kind'], code: string, text: string, item: Item, extraNote = ''): RecordRow {
  const is = ctx.itemScores.get(item.id)
  return {
    kind,
    cells: [
      code,
      text,
      itemValue(item, is),
      item.kind === 'points' ? formatPoints(item.max) : W.valueNone,
      [itemNote(ctx, item), extraNote].filter(Boolean).join('; '),
    ],
  }
}

/**
 * The full score table: every group, criterion and item, with totals and levels. Codes print as the
 * set writes them and each group's maximum as the set declares it: how far the set's wording is
 * checked against the legal text is the school's concern before it signs, never the paper's.
 */
export function scoreTable(ctx: Context): RecordTable {
  const rows: RecordRow[] = []
  for (const { group, score: gs } of ctx.groups) {
    rows.push({ kind: 'group', cells: [W.groupShort(group.id), inline(group.title.vi), '', formatPoints(group.max ?? 0), ''] })
    for (const criterion of group.criteria) {
      const cs = ctx.criterionScores.get(criterion.id)
      const only = criterion.items.length === 1 ? criterion.items[0] : undefined
      if (only && only.id === criterion.id) {
        rows.push(itemRow(ctx, 'criterion', criterion.id, inline(only.text.vi), only, cs ? criterionNote(cs) : ''))
        continue
      }
      rows.push({
        kind: 'criterion',
        cells: [
          criterion.id,
          cleanText(criterion.title.vi),
          cs && cs.max > 0 ? formatPoints(cs.points) : '',
          cs && cs.max > 0 ? formatPoints(cs.max) : W.valueNone,
          cs ? criterionNote(cs) : '',
        ],
      })
      for (const item of criterion.items) rows.push(itemRow(ctx, 'item', item.id, cleanText(item.text.vi), item))
    }
    rows.push({
      kind: 'total',
      cells: ['', W.groupTotal(group.id), formatPoints(gs.points), formatPoints(group.max ?? 0), groupLevelText(group, gs)],
    })
  }
  return { kind: 'table', small: true, columns: [col(12), col(44), col(10, 'center'), col(12, 'center'), col(22)], header: [...W.scoreHeader], rows }
}

/** Criterion-level results for the minutes. */
export function criterionTable(ctx: Context): RecordTable {
  const rows: RecordRow[] = []
  for (const { group, score: gs } of ctx.groups) {
    rows.push({ kind: 'group', cells: [W.groupShort(group.id), inline(group.title.vi), '', formatPoints(group.max ?? 0), ''] })
    for (const criterion of group.criteria) {
      const cs = ctx.criterionScores.get(criterion.id)
      if (!cs) continue
      const onlyConditions = cs.max === 0 && cs.items.some((it) => it.kind === 'condition')
      const gate = cs.gate === 'met' ? W.conditionMet : cs.gate === 'unmet' ? W.conditionUnmet : W.conditionPending
      rows.push({
        kind: 'item',
        cells: [
          criterion.id,
          cleanText(criterion.title.vi),
          onlyConditions ? gate : formatPoints(cs.points),
          onlyConditions ? W.valueNone : formatPoints(cs.max),
          onlyConditions ? W.mandatory : criterionNote(cs),
        ],
      })
    }
    rows.push({
      kind: 'total',
      cells: ['', W.groupTotal(group.id), formatPoints(gs.points), formatPoints(group.max ?? 0), groupLevelText(group, gs)],
    })
  }
  return {
    kind: 'table',
    small: true,
    columns: [col(12), col(48), col(10, 'center'), col(10, 'center'), col(20)],
    header: [...W.criterionHeader],
    rows,
  }
}

/** Group totals and levels for the report. */
export function groupTable(ctx: Context): RecordTable {
  return {
    kind: 'table',
    columns: [col(46), col(12, 'center'), col(12, 'center'), col(30)],
    header: [...W.groupHeader],
    rows: ctx.groups.map(({ group, score: gs }) => ({
      kind: 'plain',
      cells: [groupName(group), formatPoints(gs.points), formatPoints(group.max ?? 0), groupLevelText(group, gs)],
    })),
  }
}

function evidenceDate(e: Evidence): string {
  if (e.capturedAt) return shortDate(vietnamDate(e.capturedAt))
  if (e.paper?.date) return shortDate(e.paper.date)
  return shortDate(vietnamDate(e.addedAt))
}

function evidenceTitle(e: Evidence): string {
  const title = cleanText(e.title).trim()
  if (e.kind === 'link' && e.url) return `${title}\n${cleanText(e.url)}`
  if (e.kind === 'paper' && e.paper) {
    const p = e.paper
    const ref = [p.number && W.paperNumber(cleanText(p.number)), p.date && W.paperDate(shortDate(p.date)), cleanText(p.issuer)]
      .filter(Boolean)
      .join(', ')
    return ref ? `${title}\n(${ref})` : title
  }
  return title
}

/** The evidence list (danh mục minh chứng), or a sentence when there is none. */
export function evidenceTable(ctx: Context): RecordBlock {
  if (ctx.evidence.length === 0) return para(W.noEvidence)
  return {
    kind: 'table',
    small: true,
    columns: [col(6, 'center'), col(15), col(37), col(14), col(14), col(14, 'center')],
    header: [...W.evidenceHeader],
    rows: ctx.evidence.map((e, k) => ({
      kind: 'plain',
      cells: [
        String(k + 1),
        cleanText(e.code),
        evidenceTitle(e),
        EVIDENCE_KIND_LABELS[e.kind],
        [...e.itemIds].sort(compareNatural).join(', '),
        evidenceDate(e),
      ],
    })),
  }
}

/** One person of the team with their title, duty and the criteria they answer for. */
export interface TeamRow {
  name: string
  title: string
  duty: string
  criteria: string
}

export function teamTable(people: readonly TeamRow[]): RecordTable {
  return {
    kind: 'table',
    small: true,
    columns: [col(7, 'center'), col(27), col(22), col(16), col(28)],
    header: [...W.teamHeader],
    rows: people.map((p, k) => ({ kind: 'plain', cells: [String(k + 1), p.name, p.title, p.duty, p.criteria] })),
  }
}
