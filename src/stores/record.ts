import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { repos, toStorageError, type StorageError, type StorageErrorCode } from '@/db'
import {
  recordFileName,
  recordTemplateOf,
  resolveRecordFields,
  unreviewedItems,
  compareCodes,
  parsePhotoSizes,
  photoSizeOf,
  withPhotoSize,
  type PhotoSize,
  voteIssue,
  voteNeedsConfirm,
  voteSignature,
  type Evidence,
  type Member,
  type RecordDateIssue,
  type RecordFileFormat,
  type RecordFields,
  type RecordModel,
  type RecordSectionId,
  type RecordTemplate,
  type School,
} from '@/domain'
import { nowIso, todayLocal } from '@/services/clock'
import { shareOrDownload, type ShareOutcome } from '@/services/share'
import { useAssessmentStore } from './assessment'
import { createFieldEdits, type FieldEdits } from './fieldEdits'
import { createMadeFile } from './madeFile'
import { plain } from './plain'

export type RecordFieldKey = keyof RecordFields
/** `no-template`: the set names a record template this version of the app does not have. */
export type RecordOpenState = 'idle' | 'loading' | 'ready' | 'missing' | 'no-set' | 'no-template' | 'no-school' | 'error'

/** What the school is asked before a file is made: `review` the set's unofficial rows, `votes` a vote that does not add up. */
export type RecordQuestion = 'review' | 'votes'

/** How far the PDF is: photos read so far, then pdfmake's layout and writing. */
export interface RecordExportProgress {
  /** The sections being made; null for the whole record. */
  sections: RecordSectionId[] | null
  done: number
  total: number
  /** Photos the chosen sections print; the first `photos` steps of `done` are photos read. */
  photos: number
}

/** A PDF made on this device, kept so it can be shared again or downloaded without making it again. */
export interface MadeRecord {
  blob: Blob
  fileName: string
  bytes: number
  /** From the tap to the finished file, in milliseconds. */
  ms: number
  sections: RecordSectionId[] | null
  /** Codes of the photos that could not be read; the PDF prints "(Không tải được ảnh)" in their place. */
  missingPhotos: string[]
}

/** Progress steps given to the layout and writing, after one step per photo. */
const RENDER_STEPS = 20

/**
 * - `busy`: a PDF is being made already;
 * - `not-ready`: the assessment, its set or its school is not open;
 * - `storage`: the device's storage could not be read;
 * - `render`: the PDF could not be made (e.g. the font files were never downloaded);
 * - `unreviewed`: the school has not yet confirmed it checked the set's unofficial rows;
 * - `votes`: the minutes count more votes than people present and the school has not confirmed them.
 */
export type RecordExportError = 'busy' | 'not-ready' | 'storage' | 'render' | 'unreviewed' | 'votes'

export type RecordExportResult =
  | { ok: true; file: MadeRecord; outcome: ShareOutcome }
  | { ok: false; error: RecordExportError; storage?: StorageErrorCode }

/**
 * The record (hồ sơ tự đánh giá) of the open assessment: its editable fields, resolved over their
 * defaults and saved with the assessment as the principal types, and the PDF made on the device and
 * shared or downloaded. Reads the assessment, its set and answers from the assessment store.
 */
export const useRecordStore = defineStore('record', () => {
  const assessment = useAssessmentStore()
  const state = ref<RecordOpenState>('idle')
  const school = shallowRef<School | null>(null)
  const members = shallowRef<Member[]>([])
  const evidence = shallowRef<Evidence[]>([])
  /** The day defaults are made for (no default date lies after it). */
  const today = ref(todayLocal())
  const loadError = ref<StorageError | null>(null)
  const progress = ref<RecordExportProgress | null>(null)
  const made = createMadeFile<MadeRecord>()
  const lastFile = made.last

  /** The record template the assessment's set names. */
  const template = computed<RecordTemplate | null>(() => (assessment.set ? recordTemplateOf(assessment.set) : null))
  /** The record's documents in print order, an optional one included when the school asked for it. */
  const documents = computed<readonly RecordSectionId[]>(() => {
    const t = template.value
    if (!t) return []
    return t.documentsFor && fields.value ? t.documentsFor(fields.value) : t.documents
  })
  /** The defaults as the record uses them: with an edited abbreviation, the numbers' symbols follow it. */
  const defaults = computed<RecordFields | null>(() => {
    const a = assessment.assessment
    const set = assessment.set
    if (!a || !set || !school.value || !template.value) return null
    const base = template.value.defaults({
      school: school.value,
      assessment: a,
      set,
      members: members.value,
      today: today.value,
      stated: edits.overrides.value,
    })
    const resolved = resolveRecordFields(base, { schoolAbbreviation: edits.overrides.value.schoolAbbreviation })
    // The report's points written from the score are the defaults the principal may rewrite.
    const score = assessment.score
    if (!template.value.generated || !score) return resolved
    return {
      ...resolved,
      ...template.value.generated({
        school: school.value,
        assessment: a,
        set,
        answers: Object.values(assessment.answers),
        evidence: evidence.value,
        members: members.value,
        fields: resolved,
        score,
        lang: 'vi',
      }),
    }
  })
  const edits: FieldEdits<RecordFieldKey> = createFieldEdits<RecordFieldKey>({
    stored: () => {
      const a = assessment.assessment
      return a ? { entries: a.record, updatedAt: a.updatedAt } : null
    },
    defaults: (): RecordFields | null => defaults.value,
    save: async (entries) => {
      const ok = await assessment.saveRecordFields(entries)
      const a = assessment.assessment
      return ok && a ? { entries: { ...a.record }, updatedAt: a.updatedAt } : null
    },
  })
  /** What the record prints: the principal's entries where not blank, the defaults elsewhere. */
  const fields = computed<RecordFields | null>(() =>
    defaults.value ? resolveRecordFields(defaults.value, edits.overrides.value) : null,
  )

  /**
   * The set's items (chỉ số) whose wording is not from the official text. Before the first record is
   * made the school confirms it checked them against the original; the documents never mention it.
   */
  const unreviewed = computed<string[]>(() => (assessment.set ? unreviewedItems(assessment.set) : []))
  const needsReview = computed(() => unreviewed.value.length > 0 && !fields.value?.setReviewedAt)

  /** The minutes count more votes than people present: shown on the phone, never printed. */
  const voteProblem = computed(() => (fields.value ? voteIssue(fields.value) : null))
  /** The vote does not add up and the school has not confirmed these numbers yet. */
  const needsVoteConfirm = computed(() => (fields.value ? voteNeedsConfirm(fields.value) : false))

  /** Dates out of the order the events happened; shown on the phone, never printed. */
  const dateIssues = computed<RecordDateIssue[]>(() => (fields.value && template.value ? template.value.dateIssues(fields.value) : []))
  /** Numbers, dates and hours still blank: the documents print a line to fill by hand in their place. */
  const blanks = computed<RecordFieldKey[]>(() => (fields.value && template.value && school.value ? template.value.blanks(fields.value, school.value.kind) : []))

  /** Saves, with the assessment, that the school checked the set's unofficial rows against the original. */
  async function confirmReview(): Promise<boolean> {
    await edits.saveField('setReviewedAt', nowIso())
    return edits.settled()
  }

  /** Saves that the school keeps the vote as written although it counts more votes than people present. */
  async function confirmVotes(): Promise<boolean> {
    if (!fields.value) return false
    await edits.saveField('votesConfirmed', `${voteSignature(fields.value)}@${nowIso()}`)
    return edits.settled()
  }

  /** The appendix's photos in code order, each with the size it prints at. */
  const photoSizes = computed<{ evidence: Evidence; size: PhotoSize }[]>(() => {
    const sizes = parsePhotoSizes(fields.value?.photoSizes ?? '')
    return evidence.value
      .filter((e) => e.kind === 'photo' && e.file)
      .sort((a, b) => compareCodes(a.code, b.code))
      .map((e) => ({ evidence: e, size: photoSizeOf(e, sizes) }))
  })

  /** Saves the size one photo prints at, with the record (a size equal to its default is not kept). */
  function setPhotoSize(e: Evidence, size: PhotoSize): Promise<boolean> {
    return edits.saveField('photoSizes', withPhotoSize(edits.shown('photoSizes'), e, size))
  }

  async function load(id: string) {
    const a = assessment.assessment
    if (!a || a.id !== id) return
    const [s, m, e] = await Promise.all([repos().schools.get(a.schoolId), repos().members.list(id), repos().evidence.list(id)])
    school.value = s ?? null
    // In the order they were added (the database returns them by id): the default secretary is the
    // first member added after the head, whatever the ids.
    members.value = [...m].sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id))
    evidence.value = e
  }

  async function open(id: string) {
    if (state.value === 'ready' && assessment.assessment?.id === id && assessment.state === 'ready') return
    state.value = 'loading'
    loadError.value = null
    lastFile.value = null
    edits.forget()
    today.value = todayLocal()
    try {
      await assessment.open(id)
    } catch (e) {
      loadError.value = toStorageError(e)
      state.value = 'error'
      return
    }
    if (assessment.state === 'missing' || assessment.state === 'no-set') {
      state.value = assessment.state
      return
    }
    try {
      await load(id)
    } catch (e) {
      loadError.value = toStorageError(e)
      state.value = 'error'
      return
    }
    state.value = !template.value ? 'no-template' : school.value ? 'ready' : 'no-school'
    // The PDF worker starts and fetches the fonts while the user reads the screen, not after the tap.
    if (state.value === 'ready')
      void import('@/services/pdf').then((pdf) => pdf.prepareRecordPdf()).catch(() => {})
  }

  /** The record's document model from what the device holds now (school, members, evidence read afresh). */
  async function buildModel(): Promise<RecordModel | null> {
    const a = assessment.assessment
    const set = assessment.set
    const score = assessment.score
    if (!a || !set || !score) return null
    await load(a.id)
    if (!school.value || !fields.value || !template.value) return null
    return template.value.build({
      school: plain(school.value),
      assessment: plain(a),
      set,
      answers: Object.values(assessment.answers),
      evidence: evidence.value,
      members: members.value,
      fields: fields.value,
      score,
      lang: 'vi',
    })
  }

  /**
   * Makes the PDF of the whole record (no sections) or of the chosen documents, with progress, then
   * hands it to the share sheet or downloads it. A photo that cannot be read does not stop it: the
   * PDF prints a note in its place and the result lists its code.
   */
  async function exportRecord(sections?: RecordSectionId[], format: RecordFileFormat = 'pdf'): Promise<RecordExportResult> {
    return makeRecord(sections, format, true)
  }

  /**
   * Makes the file like `exportRecord`; `share` false keeps it for the caller (a submission carries
   * the whole record's PDF) and reports the outcome as `downloaded` without handing it anywhere.
   */
  async function makeRecord(sections: RecordSectionId[] | undefined, format: RecordFileFormat, share: boolean): Promise<RecordExportResult> {
    if (progress.value) return { ok: false, error: 'busy' }
    if (needsReview.value) return { ok: false, error: 'unreviewed' }
    if (needsVoteConfirm.value) return { ok: false, error: 'votes' }
    const chosen = sections && sections.length > 0 ? [...sections] : null
    progress.value = { sections: chosen, done: 0, total: 1, photos: 0 }
    const t0 = performance.now()
    try {
      await edits.settled()
      let model: RecordModel | null
      try {
        model = await buildModel()
      } catch (e) {
        return { ok: false, error: 'storage', storage: toStorageError(e).code }
      }
      if (!model) return { ok: false, error: 'not-ready' }
      const pdf = await import('@/services/pdf')
      const byId = new Map(evidence.value.map((e) => [e.id, e]))
      const ids = [...new Set(pdf.photoIds(pdf.selectSections(model, chosen ?? undefined)))]
      const wanted = ids.flatMap((id) => {
        const e = byId.get(id)
        return e?.file ? [{ evidenceId: id, code: e.code, file: e.file }] : []
      })
      const photoCount = ids.length
      const total = photoCount + RENDER_STEPS
      const step = (done: number) => (progress.value = { sections: chosen, done, total, photos: photoCount })
      step(0)
      let blob: Blob
      let missing: string[]
      try {
        const loaded = await pdf.loadPrintPhotos(wanted, (fileId) => repos().evidence.file(fileId), step)
        missing = [...ids.filter((id) => !byId.get(id)?.file), ...loaded.missing]
        if (format === 'docx') {
          // The Word library is loaded only when Word is asked for.
          const docx = await import('@/services/docx')
          blob = await docx.renderRecordDocx(model, { ...(chosen ? { sections: chosen } : {}), photos: loaded.photos })
          step(total)
        } else
          blob = await pdf.renderRecordPdf(model, {
            ...(chosen ? { sections: chosen } : {}),
            photos: loaded.photos,
            onProgress: (fraction) => step(photoCount + Math.round(fraction * RENDER_STEPS)),
          })
      } catch {
        return { ok: false, error: 'render' }
      }
      const file: MadeRecord = {
        blob,
        fileName: recordFileName(model, chosen, format),
        bytes: blob.size,
        ms: Math.round(performance.now() - t0),
        sections: chosen,
        missingPhotos: missing,
      }
      lastFile.value = file
      if (!share) return { ok: true, file, outcome: 'downloaded' }
      const outcome = await shareOrDownload(blob, file.fileName, model.title)
      return { ok: true, file, outcome }
    } finally {
      progress.value = null
    }
  }

  /** Shares the last made PDF again (a fresh tap), or downloads it where sharing is not possible. */
  function close() {
    state.value = 'idle'
    school.value = null
    members.value = []
    evidence.value = []
    lastFile.value = null
    loadError.value = null
    edits.forget()
  }

  return {
    state,
    school,
    members,
    evidence,
    today,
    loadError,
    saving: edits.saving,
    savedAt: edits.savedAt,
    progress,
    lastFile,
    canShare: made.canShare,
    overrides: edits.overrides,
    template,
    documents,
    unreviewed,
    needsReview,
    confirmReview,
    voteProblem,
    needsVoteConfirm,
    confirmVotes,
    photoSizes,
    setPhotoSize,
    dateIssues,
    blanks,
    defaults,
    fields,
    shown: edits.shown,
    edited: edits.edited,
    open,
    close,
    saveField: edits.saveField,
    resetField: edits.resetField,
    settled: edits.settled,
    buildModel,
    exportRecord,
    makeRecord,
    shareLast: made.shareLast,
    downloadLast: made.downloadLast,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useRecordStore, import.meta.hot))
