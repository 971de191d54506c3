/**
 * The managing body's rankings of the campaign on the desk: each roster school's result that
 * counts (the reviewed one where the committee accepted it, else the school's own), ranked per
 * school kind and overall, classified for emulation, and published as a workbook and a notice
 * (PDF or Word). The classification rule and the notice's fields are saved on change.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { repos, toStorageError } from '@/db'
import {
  agreedResult,
  checkClassification,
  commonGaps,
  currentSubmission,
  defaultNoticeFields,
  defaultRankBy,
  draftUnitBands,
  effectiveClassification,
  measureMax,
  rankByKind,
  rankingNotice,
  rankingFileName,
  rankingPage,
  rankingWorkbook,
  SCHOOL_KINDS,
  type Campaign,
  type ClassBand,
  type ClassificationProblem,
  type CriteriaSet,
  type DeskSubmissionHead,
  type NoticeFields,
  type RankingEntry,
  type RankingFormat,
  type RankingSettings,
  type RosterSchool,
  type StorageErrorCode,
  type UnitProfile,
} from '@/domain'
import { shareOrDownload, type ShareOutcome } from '@/services/share'
import { useCriteriaSetsStore } from './criteriaSets'

export type RankingsState =
  | { kind: 'idle' | 'loading' }
  | { kind: 'no-campaign' }
  | { kind: 'no-set'; campaign: Campaign }
  | { kind: 'failed'; storage: StorageErrorCode }
  | { kind: 'ready' }

export type RankingExport =
  | { ok: true; fileName: string; bytes: number; outcome: ShareOutcome }
  | { ok: false; error: 'busy' | 'not-ready' | 'render' }

export const useRankingsStore = defineStore('rankings', () => {
  const state = shallowRef<RankingsState>({ kind: 'idle' })
  const campaign = shallowRef<Campaign | null>(null)
  const set = shallowRef<CriteriaSet | null>(null)
  const unit = shallowRef<UnitProfile>({ name: '', headName: '', reviewers: [] })
  const entries = shallowRef<RankingEntry<RosterSchool>[]>([])
  const settings = shallowRef<RankingSettings>({})
  const saveError = ref<StorageErrorCode | null>(null)
  const exporting = ref<RankingFormat | null>(null)

  /** Reads the campaign the desk shows and everything its ranking needs. */
  async function load() {
    state.value = { kind: 'loading' }
    try {
      const d = repos().desk
      const [campaigns, chosen, savedUnit] = await Promise.all([d.campaigns(), repos().meta.get('desk.campaignId'), repos().meta.get('desk.unit')])
      const c = campaigns.find((x) => x.id === chosen) ?? campaigns.at(-1) ?? null
      campaign.value = c
      unit.value = savedUnit ?? { name: '', headName: '', reviewers: [] }
      if (!c) return void (state.value = { kind: 'no-campaign' })
      const sets = useCriteriaSetsStore()
      const s = await sets.load(c.setId, c.version)
      if (!s) return void (state.value = { kind: 'no-set', campaign: c })
      const [roster, heads, decisions, started, saved] = await Promise.all([
        d.roster(c.id),
        d.submissionHeads(c.id),
        d.decisions(c.id),
        d.reviewStarted(c.id),
        d.rankingSettings(c.id),
      ])
      const history = groupBy(heads, (h) => h.rosterId)
      const decided = groupBy(decisions, (x) => x.rosterId)
      const current = new Map<string, DeskSubmissionHead>()
      for (const [id, list] of history) {
        const cur = currentSubmission(list)
        if (cur) current.set(id, cur)
      }
      const full = new Map((await d.submissionsWithContent(c.id, [...current.values()].map((h) => h.sha256))).map((x) => [x.sha256, x]))
      set.value = s
      settings.value = saved ?? {}
      entries.value = roster.map((school) => {
        const head = current.get(school.id)
        const sub = head ? full.get(head.sha256) : undefined
        return { school, result: agreedResult(s, sub, decided.get(school.id) ?? [], sub !== undefined && started.has(sub.sha256)) }
      })
      state.value = { kind: 'ready' }
    } catch (e) {
      state.value = { kind: 'failed', storage: toStorageError(e).code }
    }
  }

  const rankBy = computed(() => (set.value ? defaultRankBy(set.value) : 'points'))
  const scaleMax = computed(() => (set.value ? measureMax(set.value, rankBy.value) : 0))
  /** One table per school kind present, in the usual order of kinds, then the overall one. */
  const tables = computed(() => rankByKind(entries.value, rankBy.value, SCHOOL_KINDS))
  const overall = computed(() => tables.value.at(-1)?.rows ?? [])
  const classification = computed(() => (set.value ? effectiveClassification(set.value, settings.value) : null))
  const gaps = computed(() => commonGaps(overall.value.flatMap((r) => (r.score && r.rank !== null ? [r.score] : [])), 10))
  const notice = computed<NoticeFields | null>(() => {
    if (!set.value || !campaign.value) return null
    return { ...defaultNoticeFields({ set: set.value, schoolYear: campaign.value.schoolYear, unit: unit.value }), ...settings.value.notice }
  })

  async function save(next: RankingSettings): Promise<boolean> {
    const c = campaign.value
    if (!c) return false
    try {
      await repos().desk.putRankingSettings(c.id, next)
      settings.value = next
      saveError.value = null
      return true
    } catch (e) {
      saveError.value = toStorageError(e).code
      return false
    }
  }

  /** Saves the unit's own rule and uses it; refused (the problems) when it cannot be used. */
  async function saveUnitBands(bands: readonly ClassBand[]): Promise<ClassificationProblem[] | 'storage' | null> {
    const problems = checkClassification(bands)
    if (problems.length) return problems
    const clean = bands.map((b) => ({ label: b.label.trim(), min: b.min, minInclusive: b.minInclusive }))
    return (await save({ ...settings.value, unitBands: clean, useUnitBands: true })) ? null : 'storage'
  }

  /** Goes back to the set's own classes (or none); the unit's rule stays saved for later. */
  async function useSetBands(): Promise<boolean> {
    return save({ ...settings.value, useUnitBands: false })
  }

  /** The unit's saved rule, or a draft of the five classes on the set's scale. */
  const unitBandsDraft = computed<ClassBand[]>(() => settings.value.unitBands ?? draftUnitBands(scaleMax.value))

  async function saveNotice(fields: NoticeFields): Promise<boolean> {
    return save({ ...settings.value, notice: { ...fields } })
  }

  /** Makes the workbook, the notice as PDF or as Word, and hands it to the share sheet or downloads it. */
  async function exportAs(format: RankingFormat): Promise<RankingExport> {
    if (exporting.value) return { ok: false, error: 'busy' }
    const s = set.value
    const c = campaign.value
    const fields = notice.value
    if (state.value.kind !== 'ready' || !s || !c || !fields) return { ok: false, error: 'not-ready' }
    exporting.value = format
    try {
      const input = { set: s, by: rankBy.value, tables: tables.value, classification: classification.value }
      const fileName = rankingFileName(c.schoolYear, format)
      let blob: Blob
      try {
        if (format === 'xlsx') {
          const { writeRankingWorkbook } = await import('@/services/rankingWorkbook')
          blob = await writeRankingWorkbook(rankingWorkbook(input))
        } else {
          const model = rankingNotice({ ...input, schoolYear: c.schoolYear, unit: unit.value, fields })
          if (format === 'html') {
            blob = new Blob([rankingPage(model)], { type: 'text/html;charset=utf-8' })
          } else if (format === 'docx') {
            const docx = await import('@/services/docx')
            blob = await docx.renderRecordDocx(model, { photos: new Map() })
          } else {
            const pdf = await import('@/services/pdf')
            blob = await pdf.renderRecordPdf(model, { photos: new Map() })
          }
        }
      } catch {
        return { ok: false, error: 'render' }
      }
      const outcome = await shareOrDownload(blob, fileName)
      return { ok: true, fileName, bytes: blob.size, outcome }
    } finally {
      exporting.value = null
    }
  }

  return {
    state,
    campaign,
    set,
    unit,
    entries,
    settings,
    saveError,
    exporting,
    rankBy,
    scaleMax,
    tables,
    overall,
    classification,
    gaps,
    notice,
    unitBandsDraft,
    load,
    saveUnitBands,
    useSetBands,
    saveNotice,
    exportAs,
  }
})

function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const x of list) {
    const k = key(x)
    const l = out.get(k)
    if (l) l.push(x)
    else out.set(k, [x])
  }
  return out
}


if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useRankingsStore, import.meta.hot))
