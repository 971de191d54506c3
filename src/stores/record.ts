import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { repos, toStorageError, type StorageError, type StorageErrorCode } from '@/db'
import {
  buildRecordModel,
  defaultRecordFields,
  resolveRecordFields,
  type Evidence,
  type Member,
  type RecordFields,
  type RecordModel,
  type RecordSectionId,
  type School,
} from '@/domain'
import { todayLocal } from '@/services/clock'
import { encodePhoto } from '@/services/image/encode'
import { canShareFiles, download, shareFile, shareOrDownload, type ShareOutcome } from '@/services/share'
import { useAssessmentStore } from './assessment'
import { plain } from './plain'

export type RecordFieldKey = keyof RecordFields
export type RecordOpenState = 'idle' | 'loading' | 'ready' | 'missing' | 'no-set' | 'no-school' | 'error'

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

/**
 * - `busy`: a PDF is being made already;
 * - `not-ready`: the assessment, its set or its school is not open;
 * - `storage`: the device's storage could not be read;
 * - `render`: the PDF could not be made (e.g. the font files were never downloaded).
 */
export type RecordExportError = 'busy' | 'not-ready' | 'storage' | 'render'

export type RecordExportResult =
  | { ok: true; file: MadeRecord; outcome: ShareOutcome }
  | { ok: false; error: RecordExportError; storage?: StorageErrorCode }

/** Long edge of a photo as the PDF embeds it: 76 mm wide at about 340 dpi, a fraction of the stored size. */
export const PDF_PHOTO_EDGE = 1024

/** File names for one document of the record, in place of the whole record's prefix. */
const RECORD_PREFIX = 'ho-so-tu-danh-gia'
const SECTION_PREFIX: Record<RecordSectionId, string> = {
  plan: 'ke-hoach-tu-danh-gia',
  minutes: 'bien-ban-tu-danh-gia',
  report: 'bao-cao-tu-danh-gia',
  decision: 'quyet-dinh-phe-duyet',
  appendix: 'phu-luc-tu-danh-gia',
}

/** `ho-so-tu-danh-gia-THVT-2025-2026.pdf`, or `bien-ban-tu-danh-gia-THVT-2025-2026.pdf` for one document. */
export function recordFileName(modelFileName: string, sections?: readonly RecordSectionId[] | null): string {
  const one = sections && sections.length === 1 ? sections[0] : undefined
  if (!one) return `${modelFileName}.pdf`
  const name = modelFileName.startsWith(RECORD_PREFIX)
    ? SECTION_PREFIX[one] + modelFileName.slice(RECORD_PREFIX.length)
    : `${modelFileName}-${SECTION_PREFIX[one]}`
  return `${name}.pdf`
}


function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('not a data URL')))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(blob)
  })
}

const EMBEDDABLE = /^image\/(jpeg|png)$/

/**
 * A stored photo as the PDF embeds it: a JPEG data URL, scaled down to `PDF_PHOTO_EDGE` when it is
 * larger (a record of 50 photos stays a file Zalo sends quickly). Null when it cannot be had.
 */
async function photoDataUrl(file: NonNullable<Evidence['file']>): Promise<string | null> {
  const row = await repos().evidence.file(file.id)
  if (!row) return null
  const long = Math.max(file.width ?? 0, file.height ?? 0)
  if (long === 0 || long > PDF_PHOTO_EDGE || !EMBEDDABLE.test(row.blob.type)) {
    try {
      return await readAsDataUrl((await encodePhoto(row.blob, PDF_PHOTO_EDGE)).jpeg)
    } catch {
      // Not decodable here: the stored JPEG as it is, or its thumbnail, is still better than nothing.
    }
  }
  if (EMBEDDABLE.test(row.blob.type)) return readAsDataUrl(row.blob)
  if (row.thumb && EMBEDDABLE.test(row.thumb.type)) return readAsDataUrl(row.thumb)
  return null
}

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
  const saving = ref(0)
  const savedAt = ref<string | null>(null)
  const progress = ref<RecordExportProgress | null>(null)
  const lastFile = shallowRef<MadeRecord | null>(null)
  const canShare = computed(() => (lastFile.value ? canShareFiles(lastFile.value.blob, lastFile.value.fileName) : false))

  /**
   * The entries as this tab last saved them. The database watch can still deliver a row read just
   * before a save committed; such an older row must not put old text back into a field.
   */
  const written = shallowRef<{ record: Partial<RecordFields>; updatedAt: string } | null>(null)
  const overrides = computed<Partial<RecordFields>>(() => {
    const a = assessment.assessment
    const w = written.value
    if (a && w && a.updatedAt < w.updatedAt) return w.record
    return a?.record ?? {}
  })
  /** The defaults as the record uses them: with an edited abbreviation, the numbers' symbols follow it. */
  const defaults = computed<RecordFields | null>(() => {
    const a = assessment.assessment
    const set = assessment.set
    if (!a || !set || !school.value) return null
    const base = defaultRecordFields({ school: school.value, assessment: a, set, members: members.value, today: today.value })
    return resolveRecordFields(base, { schoolAbbreviation: overrides.value.schoolAbbreviation })
  })
  /** What the record prints: the principal's entries where not blank, the defaults elsewhere. */
  const fields = computed<RecordFields | null>(() => (defaults.value ? resolveRecordFields(defaults.value, overrides.value) : null))

  /** The text a field shows: what was entered (even blank, while the principal is rewriting it), else the default. */
  function shown(key: RecordFieldKey): string {
    const o = overrides.value[key]
    return typeof o === 'string' ? o : (defaults.value?.[key] ?? '')
  }
  /** Whether the principal's entry differs from the default. */
  function edited(key: RecordFieldKey): boolean {
    const o = overrides.value[key]
    return typeof o === 'string' && o.normalize('NFC') !== defaults.value?.[key]
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
    written.value = null
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
    state.value = school.value ? 'ready' : 'no-school'
  }

  // Saves run one after another, each merging into what the one before stored: two fields saved
  // at once (a blur and the next field's first keystroke) never overwrite each other.
  let pending: Partial<RecordFields> = {}
  let queue: Promise<boolean> = Promise.resolve(true)
  function enqueue(patch: Partial<RecordFields>): Promise<boolean> {
    Object.assign(pending, patch)
    saving.value++
    queue = queue.then(async () => {
      try {
        if (Object.keys(pending).length === 0) return true
        // Every field is written as this tab shows it, so an older row the database watch may
        // have just delivered cannot bring back an entry, or drop one, through the merge.
        const next: Partial<RecordFields> = {}
        for (const k of Object.keys(defaults.value ?? {}) as RecordFieldKey[]) next[k] = overrides.value[k]
        Object.assign(next, pending)
        pending = {}
        const ok = await assessment.saveRecordFields(next)
        const a = assessment.assessment
        if (ok && a) {
          written.value = { record: { ...a.record }, updatedAt: a.updatedAt }
          savedAt.value = a.updatedAt
        }
        return ok
      } finally {
        saving.value--
      }
    })
    return queue
  }

  /**
   * Saves what the principal typed in a field (NFC). Typing the default text back removes the entry,
   * so the field follows the school profile again; an empty field stays empty on screen and the
   * record prints the default.
   */
  function saveField(key: RecordFieldKey, value: string): Promise<boolean> {
    const v = value.normalize('NFC').replace(/\r\n?/g, '\n')
    const isDefault = v === defaults.value?.[key]
    if (isDefault && typeof overrides.value[key] !== 'string') return Promise.resolve(true)
    return enqueue({ [key]: isDefault ? undefined : v })
  }

  /** Forgets the principal's entry: the field shows and prints its default again. */
  function resetField(key: RecordFieldKey): Promise<boolean> {
    return enqueue({ [key]: undefined })
  }

  /** Waits for every field save asked for so far. */
  const settled = () => queue

  /** The record's document model from what the device holds now (school, members, evidence read afresh). */
  async function buildModel(): Promise<RecordModel | null> {
    const a = assessment.assessment
    const set = assessment.set
    const score = assessment.score
    if (!a || !set || !score) return null
    await load(a.id)
    if (!school.value || !fields.value) return null
    return buildRecordModel({
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
  async function exportRecord(sections?: RecordSectionId[]): Promise<RecordExportResult> {
    if (progress.value) return { ok: false, error: 'busy' }
    const chosen = sections && sections.length > 0 ? [...sections] : null
    progress.value = { sections: chosen, done: 0, total: 1, photos: 0 }
    const t0 = performance.now()
    try {
      await settled()
      let model: RecordModel | null
      try {
        model = await buildModel()
      } catch (e) {
        return { ok: false, error: 'storage', storage: toStorageError(e).code }
      }
      if (!model) return { ok: false, error: 'not-ready' }
      const pdf = await import('@/services/pdf')
      const photoCount = new Set(pdf.photoIds(pdf.selectSections(model, chosen ?? undefined))).size
      progress.value = { sections: chosen, done: 0, total: photoCount + 1, photos: photoCount }
      const byId = new Map(evidence.value.map((e) => [e.id, e]))
      const missing: string[] = []
      let blob: Blob
      try {
        blob = await pdf.renderRecordPdf(model, {
          ...(chosen ? { sections: chosen } : {}),
          images: async (id) => {
            const e = byId.get(id)
            let url: string | null = null
            try {
              url = e?.file ? await photoDataUrl(e.file) : null
            } catch {
              url = null
            }
            if (!url) missing.push(e?.code ?? id)
            return url
          },
          onProgress: (done, total) => (progress.value = { sections: chosen, done, total, photos: photoCount }),
        })
      } catch {
        return { ok: false, error: 'render' }
      }
      const file: MadeRecord = {
        blob,
        fileName: recordFileName(model.fileName, chosen),
        bytes: blob.size,
        ms: Math.round(performance.now() - t0),
        sections: chosen,
        missingPhotos: missing,
      }
      lastFile.value = file
      const outcome = await shareOrDownload(blob, file.fileName, model.title)
      return { ok: true, file, outcome }
    } finally {
      progress.value = null
    }
  }

  /** Shares the last made PDF again (a fresh tap), or downloads it where sharing is not possible. */
  async function shareLast(): Promise<ShareOutcome | null> {
    const f = lastFile.value
    if (!f) return null
    if (canShareFiles(f.blob, f.fileName)) {
      const outcome = await shareFile(f.blob, f.fileName)
      if (outcome === 'shared' || outcome === 'cancelled') return outcome
    }
    download(f.blob, f.fileName)
    return 'downloaded'
  }

  function downloadLast(): boolean {
    const f = lastFile.value
    if (!f) return false
    download(f.blob, f.fileName)
    return true
  }

  function close() {
    state.value = 'idle'
    school.value = null
    members.value = []
    evidence.value = []
    lastFile.value = null
    loadError.value = null
    written.value = null
  }

  return {
    state,
    school,
    members,
    evidence,
    today,
    loadError,
    saving,
    savedAt,
    progress,
    lastFile,
    canShare,
    overrides,
    defaults,
    fields,
    shown,
    edited,
    open,
    close,
    saveField,
    resetField,
    settled,
    buildModel,
    exportRecord,
    shareLast,
    downloadLast,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useRecordStore, import.meta.hot))
