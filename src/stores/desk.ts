import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { repos, toStorageError } from '@/db'
import {
  checkCampaign,
  deskProgress,
  deskRows,
  META,
  parseRoster,
  planRosterImport,
  type Campaign,
  type CampaignProblem,
  type DeskDecision,
  type DeskSubmissionHead,
  type Result,
  type Reviewer,
  type RosterError,
  type RosterSchool,
  type StorageErrorCode,
  type UnitProfile,
} from '@/domain'
import { newId, nowIso } from '@/services/clock'
import { download } from '@/services/share'
import type { RosterFileProblem } from '@/services/desk/roster'
import { plain } from './plain'

/** The desk's time zone for "late": Việt Nam, UTC+7. */
export const DESK_UTC_OFFSET = 420

/** The spreadsheet code and its libraries, loaded on first use only. */
const rosterFiles = () => import('@/services/desk/roster')

export type { RosterFileProblem }

export type RosterImportResult =
  | { ok: true; added: number; updated: number; unchanged: number }
  | { ok: false; file: RosterFileProblem }
  | { ok: false; errors: RosterError[] }
  | { ok: false; storage: StorageErrorCode }

export interface CampaignInput {
  schoolYear: string
  setId: string
  version: string
  deadline: string
}

const storageFailure = (e: unknown) => ({ ok: false as const, errors: [toStorageError(e).code] })

/**
 * The managing body's review desk: who the unit is, the campaign it runs, the roster of expected
 * schools, the submissions received and the decisions sent; the overview's rows and counts are
 * computed from them by the domain.
 */
export const useDeskStore = defineStore('desk', () => {
  const unit = ref<UnitProfile | null>(null)
  const campaigns = shallowRef<Campaign[]>([])
  const campaignId = ref<string | null>(null)
  const roster = shallowRef<RosterSchool[]>([])
  const heads = shallowRef<DeskSubmissionHead[]>([])
  const decisions = shallowRef<DeskDecision[]>([])
  const reviewStarted = shallowRef<Set<string>>(new Set())
  const loaded = ref(false)

  const campaign = computed(() => campaigns.value.find((c) => c.id === campaignId.value) ?? null)

  const rows = computed(() =>
    campaign.value
      ? deskRows({
          roster: roster.value,
          submissions: heads.value,
          decisions: decisions.value,
          reviewStarted: reviewStarted.value,
          deadline: campaign.value.deadline,
          utcOffsetMinutes: DESK_UTC_OFFSET,
        })
      : [],
  )
  const progress = computed(() => deskProgress(rows.value))

  /** Reads the unit, the campaigns and the current campaign's roster, submissions and decisions. */
  async function load() {
    const r = repos()
    unit.value = (await r.meta.get(META.deskUnit)) ?? null
    campaigns.value = await r.desk.campaigns()
    const saved = await r.meta.get(META.deskCampaignId)
    campaignId.value = campaigns.value.find((c) => c.id === saved)?.id ?? campaigns.value.at(-1)?.id ?? null
    await refresh()
    loaded.value = true
  }

  /** Reads the current campaign's rows again (after an import, a decision, another tab). */
  async function refresh() {
    const id = campaignId.value
    if (!id) {
      roster.value = []
      heads.value = []
      decisions.value = []
      reviewStarted.value = new Set()
      return
    }
    const r = repos().desk
    const [ro, he, de, st] = await Promise.all([r.roster(id), r.submissionHeads(id), r.decisions(id), r.reviewStarted(id)])
    roster.value = ro
    heads.value = he
    decisions.value = de
    reviewStarted.value = st
  }

  /** Saves the unit's profile (name, head, reviewers); reviewers without a name are dropped. */
  async function saveUnit(next: UnitProfile): Promise<Result<UnitProfile, StorageErrorCode>> {
    const clean: UnitProfile = {
      name: next.name.trim(),
      headName: next.headName.trim(),
      reviewers: next.reviewers.map((p) => ({ id: p.id, name: p.name.trim() })).filter((p) => p.name !== ''),
    }
    try {
      await repos().meta.set(META.deskUnit, plain(clean))
    } catch (e) {
      return storageFailure(e)
    }
    unit.value = clean
    return { ok: true, value: clean }
  }

  /**
   * Saves the current campaign (creating it when there is none), and makes it the one the desk
   * shows. What is wrong with it as typed comes back as problems; nothing is written then.
   */
  async function saveCampaign(input: CampaignInput): Promise<Result<Campaign, CampaignProblem | StorageErrorCode>> {
    const problems = checkCampaign(input)
    if (problems.length) return { ok: false, errors: problems }
    const now = nowIso()
    const before = campaign.value
    const next: Campaign = before
      ? { ...before, ...input, updatedAt: now }
      : { id: newId(), schoolYear: input.schoolYear, setId: input.setId, version: input.version, deadline: input.deadline, createdAt: now, updatedAt: now }
    try {
      await repos().desk.putCampaign(plain(next))
      await repos().meta.set(META.deskCampaignId, next.id)
    } catch (e) {
      return storageFailure(e)
    }
    campaigns.value = [...campaigns.value.filter((c) => c.id !== next.id), next]
    campaignId.value = next.id
    await refresh()
    return { ok: true, value: next }
  }

  /**
   * Reads a roster file (xlsx or CSV) and adds its schools to the campaign's roster: the whole file
   * is checked first (errors name their cell), then written in one go. Schools already on the
   * roster (by code, else name and commune) are updated; none is removed.
   */
  async function importRoster(file: File): Promise<RosterImportResult> {
    const c = campaign.value
    if (!c) return { ok: false, storage: 'unknown' }
    const read = await (await rosterFiles()).readRosterCells(file)
    if (!read.ok) return { ok: false, file: read.problem }
    const parsed = parseRoster(read.rows, file.name)
    if (!parsed.ok) return { ok: false, errors: parsed.errors }
    const now = nowIso()
    const current = await repos().desk.roster(c.id)
    const plan = planRosterImport(current, parsed.value)
    const written: RosterSchool[] = [
      ...plan.added.map((l): RosterSchool => ({ id: newId(), campaignId: c.id, name: l.name, code: l.code, kind: l.kind, commune: l.commune, source: 'roster', addedAt: now })),
      ...plan.updated.map(({ school, line }): RosterSchool => ({ ...school, name: line.name, code: line.code, kind: line.kind, commune: line.commune })),
    ]
    try {
      await repos().desk.putRoster(plain(written))
    } catch (e) {
      return { ok: false, storage: toStorageError(e).code }
    }
    await refresh()
    return { ok: true, added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged }
  }

  /** A new, unnamed member of the review team. */
  const blankReviewer = (): Reviewer => ({ id: newId(), name: '' })

  /** Downloads the roster template (.xlsx). */
  async function downloadRosterTemplate() {
    const blob = await (await rosterFiles()).writeRosterTemplate()
    download(blob, 'chiso-danh-sach-truong-mau.xlsx')
  }

  return {
    unit,
    campaigns,
    campaignId,
    campaign,
    roster,
    heads,
    decisions,
    reviewStarted,
    loaded,
    rows,
    progress,
    load,
    refresh,
    saveUnit,
    saveCampaign,
    importRoster,
    downloadRosterTemplate,
    blankReviewer,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDeskStore, import.meta.hot))
