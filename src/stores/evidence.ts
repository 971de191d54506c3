import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowReactive } from 'vue'
import { repos, toStorageError, type DbEvidenceFile, type StorageError } from '@/db'
import { TEXT_LIMITS,
  checkEvidenceCode,
  classifyIncoming,
  evidenceByItem,
  fileNamedEvidence,
  findItem,
  localText,
  looksLikeFileName,
  photoCaption,
  itemPlaces,
  nextEvidenceCode,
  normalizeEvidenceCode,
  normalizeLink,
  sortEvidence,
  type Evidence,
  type EvidenceCodeProblem,
  type EvidenceKind,
  type Item,
  type PaperReference,
} from '@/domain'
import { newId, nowIso } from '@/services/clock'
import { sha256OfBlob } from '@/services/hash'
import { processPhotos, type PhotoErrorCode, type PhotoInput, type PhotoResult } from '@/services/image'
import { useAssessmentStore } from './assessment'
import { plain } from './plain'
import { attemptWrite } from './write'

/** The photo pipeline as the store uses it; tests swap it (their DOM cannot decode pictures). */
export type PhotoProcessor = <F extends PhotoInput>(files: F[], onProgress: (done: number, total: number) => void) => Promise<PhotoResult<F>[]>
const defaultProcessor: PhotoProcessor = (files, onProgress) => processPhotos(files, onProgress)
let processPhotoFiles: PhotoProcessor = defaultProcessor
/** Replaces the photo pipeline; without an argument, puts the real one back. */
export function setPhotoProcessor(p?: PhotoProcessor): void {
  processPhotoFiles = p ?? defaultProcessor
}

/** Why a picked file was not stored. */
export type FileProblem = PhotoErrorCode | 'not-a-document' | 'too-large'
export interface RejectedFile {
  name: string
  problem: FileProblem
}
/** A picked file whose content the assessment already keeps: not stored again. */
export interface DuplicateFile {
  name: string
  /** The evidence that keeps it (null: the same file was picked twice in this batch; kept once). */
  of: Evidence | null
  /** Rows of this batch that evidence now proves too (empty: it did already). */
  linkedItems: string[]
}
export interface AddResult {
  added: Evidence[]
  rejected: RejectedFile[]
  duplicates: DuplicateFile[]
  /** Set when the write failed: then nothing of this batch was stored. */
  error: StorageError | null
}
export type LinkProblem = 'empty' | 'bad-url' | 'too-long'
export type CodeResult = EvidenceCodeProblem | 'not-saved' | null
export type PaperInput = PaperReference & { title?: string }

/** Larger documents fill a phone's storage; a scan of a signed decision is far smaller. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
export const TITLE_MAX_LENGTH = 200

/**
 * Only web addresses (http, https) with a host are kept: a link must never run script when tapped.
 * (The completion rule, `normalizeLink`, is the domain's; this check needs the platform's URL
 * parser, which the DOM-free domain does not have.)
 */
export function checkLink(input: string): LinkProblem | null {
  const s = normalizeLink(input)
  if (s === '') return 'empty'
  try {
    const u = new URL(s)
    if (!((u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' && !/\s/.test(s))) return 'bad-url'
    // What is stored is the browser's form of the address, which may be longer than what was typed.
    return u.href.length > TEXT_LIMITS.url ? 'too-long' : null
  } catch {
    return 'bad-url'
  }
}

const clean = (s: string) => s.trim().normalize('NFC').slice(0, TITLE_MAX_LENGTH)
const baseName = (name: string) => name.replace(/\.[^.]*$/, '').trim()
const scored = (item: Item, value: unknown) =>
  (item.kind === 'points' && typeof value === 'number' && value > 0) || (item.kind === 'condition' && value === true)

/**
 * The evidence (minh chứng) of the open assessment. Reads the set and the lock from the assessment
 * store, which the screen opens alongside. Every write is persisted before the list shows it.
 */
export const useEvidenceStore = defineStore('evidence', () => {
  const assessment = useAssessmentStore()
  const assessmentId = ref<string | null>(null)
  const list = ref<Evidence[]>([])
  /** File id → thumbnail (null: the file has none, e.g. a PDF). */
  const thumbs = shallowReactive(new Map<string, Blob | null>())
  const progress = ref<{ done: number; total: number } | null>(null)
  const error = ref<StorageError | null>(null)
  let stop: (() => void) | null = null
  /** What the database last said, and this tab's writes it has not said back yet. */
  let stored: Evidence[] = []
  const pending = new Map<string, Evidence | null>()
  let writes: Promise<unknown> = Promise.resolve()
  /** File id → SHA-256 of its bytes: how the same photo is recognised when added again. */
  const hashes = new Map<string, string>()

  /** The hashes of this assessment's files, read (or computed, for files stored without one) once. */
  async function knownHashes(): Promise<Map<string, string>> {
    for (const e of list.value) {
      if (!e.file || hashes.has(e.file.id)) continue
      const f = await repos().evidence.file(e.file.id).catch(() => undefined)
      if (f) hashes.set(e.file.id, f.sha256 ?? (await sha256OfBlob(f.blob)))
    }
    return hashes
  }

  const sorted = computed(() => sortEvidence(list.value))
  const byItem = computed(() => evidenceByItem(list.value))
  const readOnly = computed(() => !assessment.assessment || assessment.assessment.id !== assessmentId.value || assessment.readOnly)
  /** Rows that earned points (or a met condition) with nothing to show for it. */
  /** Photos and documents still titled like a camera file: to rename before the record is made. */
  const fileNamed = computed(() => fileNamedEvidence(sortEvidence(list.value)))
  const unsupportedRows = computed(() =>
    assessment.set
      ? itemPlaces(assessment.set).filter((p) => scored(p.item, assessment.values[p.item.id]) && !byItem.value.has(p.item.id))
      : [],
  )

  function show() {
    const rows = new Map(stored.map((e) => [e.id, e]))
    for (const [id, local] of pending) {
      if (local) rows.set(id, local)
      else rows.delete(id)
    }
    list.value = [...rows.values()]
    void loadThumbs()
  }

  /**
   * A result of the database watch. It can be older than a write this tab just made (the query
   * started before the write committed), so a local write is shown until the database reports it.
   */
  function fromDb(rows: Evidence[]) {
    for (const [id, local] of pending) {
      const row = rows.find((e) => e.id === id)
      if (local === null ? !row : row && row.updatedAt >= local.updatedAt) pending.delete(id)
    }
    stored = rows
    show()
  }

  function written(rows: Evidence[], removed: string[] = []) {
    for (const e of rows) if (e.assessmentId === assessmentId.value) pending.set(e.id, e)
    for (const id of removed) pending.set(id, null)
    show()
  }

  async function open(id: string) {
    if (assessmentId.value === id) return
    close()
    assessmentId.value = id
    const onError = (e: unknown) => (error.value = toStorageError(e))
    try {
      fromDb(await repos().evidence.list(id))
    } catch (e) {
      onError(e)
    }
    if (assessmentId.value === id) stop = repos().watch(() => repos().evidence.list(id), fromDb, onError)
  }

  function close() {
    stop?.()
    stop = null
    assessmentId.value = null
    list.value = []
    stored = []
    pending.clear()
    thumbs.clear()
    hashes.clear()
    error.value = null
  }

  async function loadThumbs() {
    const wanted = new Set(list.value.flatMap((e) => (e.file ? [e.file.id] : [])))
    for (const id of thumbs.keys()) if (!wanted.has(id)) thumbs.delete(id)
    for (const id of wanted) {
      if (thumbs.has(id)) continue
      const f = await repos().evidence.file(id).catch(() => undefined)
      if (f) thumbs.set(id, f.thumb ?? null)
    }
  }

  /** The stored photo or document behind an evidence, for the full-screen view. */
  async function loadFile(e: Evidence): Promise<DbEvidenceFile | undefined> {
    return e.file ? repos().evidence.file(e.file.id).catch(() => undefined) : undefined
  }

  const criterionOf = (itemId: string) => (assessment.set ? findItem(assessment.set, itemId)?.criterion.id : undefined)
  /** Known rows only, each once, in the set's order. */
  function validItems(itemIds: readonly string[]): string[] {
    const set = assessment.set
    if (!set) return []
    const wanted = new Set(itemIds)
    return itemPlaces(set).flatMap((p) => (wanted.has(p.item.id) ? [p.item.id] : []))
  }

  /** Runs writes one after another, so two batches never hand out the same code. */
  function serial<T>(op: () => Promise<T>): Promise<T> {
    const run = writes.then(op, op)
    writes = run.catch(() => undefined)
    return run
  }

  type Draft = Omit<Evidence, 'id' | 'assessmentId' | 'code' | 'itemIds' | 'addedAt' | 'updatedAt'>

  /**
   * Codes the drafts by the first row's criterion and writes them with their files in one
   * transaction. A file whose content the assessment already keeps is not stored again: the evidence
   * holding it is linked to these rows instead, and the result says which evidence that is.
   */
  function store(drafts: { draft: Draft; file?: DbEvidenceFile; name?: string }[], itemIds: string[], rejected: RejectedFile[]): Promise<AddResult> {
    const items = validItems(itemIds)
    const criterion = items[0] === undefined ? undefined : criterionOf(items[0])
    const id = assessmentId.value
    const nothing: AddResult = { added: [], rejected, duplicates: [], error: null }
    if (readOnly.value || !id || !criterion || drafts.length === 0) return Promise.resolve(nothing)
    return serial(async () => {
      const known = await knownHashes()
      const shas = await Promise.all(drafts.map((d) => (d.file ? sha256OfBlob(d.file.blob) : Promise.resolve(null))))
      const withFile = drafts.flatMap((d, i) => (shas[i] ? [{ i, sha256: shas[i] }] : []))
      const outcomes = new Map(classifyIncoming(list.value, known, withFile.map((f) => ({ sha256: f.sha256, itemIds: items }))).map((o, k) => [withFile[k]?.i as number, o]))
      const duplicates: DuplicateFile[] = []
      const relinks = new Map<string, Evidence>()
      const fresh = drafts.filter((d, i) => {
        const o = outcomes.get(i)
        if (!o || o.kind === 'new') return true
        const name = d.name ?? d.draft.title
        if (o.kind === 'repeated') duplicates.push({ name, of: null, linkedItems: [] })
        else {
          const current = relinks.get(o.of.id) ?? o.of
          const more = o.addItems.filter((x) => !current.itemIds.includes(x))
          if (more.length) relinks.set(o.of.id, { ...current, itemIds: [...current.itemIds, ...more] })
          duplicates.push({ name, of: o.of, linkedItems: more })
        }
        return false
      })
      const codes = list.value.map((e) => e.code)
      const now = nowIso()
      const rows = fresh.map(({ draft }): Evidence => {
        const code = nextEvidenceCode(criterion, codes, assessment.set?.evidenceCodes)
        codes.push(code)
        return { ...draft, id: newId(), assessmentId: id, code, title: draft.title || code, itemIds: items, addedAt: now, updatedAt: now }
      })
      const changed = [...relinks.values()].map((e) => plain({ ...e, updatedAt: now }))
      const files = fresh.flatMap((d) => (d.file ? [{ ...d.file, sha256: shas[drafts.indexOf(d)] ?? undefined }] : []))
      if ((rows.length || changed.length) && !(await attemptWrite(error, () => repos().evidence.addMany(rows, files, changed))))
        return { ...nothing, error: error.value }
      for (const f of files) if (f.sha256) hashes.set(f.id, f.sha256)
      if (assessmentId.value === id) written([...rows, ...changed])
      return { added: rows, rejected, duplicates, error: null }
    })
  }

  /** Photos (camera or gallery) and images of documents: processed on the device, then stored together. */
  async function addPhotos(files: File[], itemIds: string[], kind: Extract<EvidenceKind, 'photo' | 'document'> = 'photo'): Promise<AddResult> {
    if (readOnly.value || files.length === 0) return { added: [], rejected: [], duplicates: [], error: null }
    progress.value = { done: 0, total: files.length }
    let results: PhotoResult<File>[]
    try {
      results = await processPhotoFiles(files, (done, total) => (progress.value = { done, total }))
    } finally {
      progress.value = null
    }
    // A document picker takes PDFs too, so "not an image" there means "not a document we can keep".
    const problem = (code: PhotoErrorCode): FileProblem => (kind === 'document' && code === 'not-an-image' ? 'not-a-document' : code)
    const rejected = results.flatMap((r) => (r.ok ? [] : [{ name: r.file.name, problem: problem(r.error.code) }]))
    // A camera's file name proves nothing in the printed list: such a photo is titled from its row.
    const row = assessment.set && itemIds[0] !== undefined ? findItem(assessment.set, itemIds[0]) : undefined
    const titleFor = (fileName: string) => {
      const base = clean(baseName(fileName))
      return row && looksLikeFileName(base) ? clean(photoCaption(row.item.id, localText(row.item.text, 'vi'))) : base
    }
    const drafts = results.flatMap((r) => {
      if (!r.ok) return []
      const fileId = newId()
      const name = `${baseName(r.file.name) || 'photo'}.jpg`
      const { jpeg, thumb, width, height, capturedAt } = r.photo
      return [
        {
          draft: { kind, title: titleFor(r.file.name), capturedAt, file: { id: fileId, mime: 'image/jpeg', size: jpeg.size, width, height, name } },
          file: { id: fileId, blob: jpeg, thumb },
          name: r.file.name,
        },
      ]
    })
    return store(drafts, itemIds, rejected)
  }

  /** A PDF is kept as it is; an image of a document goes through the photo pipeline. */
  async function addDocument(file: File, itemIds: string[]): Promise<AddResult> {
    const head = new Uint8Array(await file.slice(0, 5).arrayBuffer())
    const isPdf = String.fromCharCode(...head) === '%PDF-'
    if (!isPdf) {
      // An unnamed type may still be a picture: the photo pipeline checks the content.
      if (file.type.startsWith('image/') || file.type === '' || file.type === 'application/octet-stream') return addPhotos([file], itemIds, 'document')
      return { added: [], rejected: [{ name: file.name, problem: 'not-a-document' }], duplicates: [], error: null }
    }
    if (file.size > MAX_DOCUMENT_BYTES) return { added: [], rejected: [{ name: file.name, problem: 'too-large' }], duplicates: [], error: null }
    const fileId = newId()
    const capturedAt = new Date(Number.isFinite(file.lastModified) ? file.lastModified : Date.now()).toISOString()
    const draft: Draft = {
      kind: 'document',
      title: clean(baseName(file.name)),
      capturedAt,
      file: { id: fileId, mime: 'application/pdf', size: file.size, name: file.name },
    }
    return store([{ draft, file: { id: fileId, blob: file }, name: file.name }], itemIds, [])
  }

  /** A paper-only document, recorded by its number, date, issuer and summary. */
  function addPaper(input: PaperInput, itemIds: string[]): Promise<AddResult> {
    const paper: PaperReference = { number: clean(input.number), date: input.date.trim(), issuer: clean(input.issuer), summary: input.summary.trim().normalize('NFC') }
    const title = clean(input.title ?? '') || clean(paper.summary) || paper.number
    return store([{ draft: { kind: 'paper', title, paper } }], itemIds, [])
  }

  /** A web address; refused unless it is http(s). */
  async function addLink(url: string, title: string, itemIds: string[]): Promise<AddResult | LinkProblem> {
    const problem = checkLink(url)
    if (problem) return problem
    const href = new URL(normalizeLink(url)).href
    return store([{ draft: { kind: 'link', title: clean(title) || href, url: href } }], itemIds, [])
  }

  async function update(id: string, change: (e: Evidence) => Evidence): Promise<boolean> {
    const current = list.value.find((e) => e.id === id)
    if (readOnly.value || !current) return false
    const next = plain({ ...change(current), updatedAt: nowIso() })
    if (!(await attemptWrite(error, () => repos().evidence.put(next)))) return false
    written([next])
    return true
  }

  function rename(id: string, title: string): Promise<boolean> {
    const t = clean(title)
    return t === '' ? Promise.resolve(false) : update(id, (e) => ({ ...e, title: t }))
  }

  /** What is wrong with a code for this evidence, or null when it can be saved. */
  function codeProblem(id: string, code: string): EvidenceCodeProblem | null {
    return checkEvidenceCode(code, list.value.filter((e) => e.id !== id).map((e) => e.code))
  }

  function setCode(id: string, code: string): Promise<CodeResult> {
    return serial(async () => {
      const problem = codeProblem(id, code)
      if (problem) return problem
      return (await update(id, (e) => ({ ...e, code: normalizeEvidenceCode(code) }))) ? null : 'not-saved'
    })
  }

  /** Links the evidence to exactly these rows (at least one). Its code stays as it is. */
  function relink(id: string, itemIds: string[]): Promise<boolean> {
    const items = validItems(itemIds)
    return items.length === 0 ? Promise.resolve(false) : update(id, (e) => ({ ...e, itemIds: items }))
  }

  /** Deletes the evidence and, when nothing else uses it, its file. */
  async function remove(id: string): Promise<boolean> {
    if (readOnly.value || !list.value.some((e) => e.id === id)) return false
    if (!(await attemptWrite(error, () => repos().evidence.remove(id)))) return false
    written([], [id])
    return true
  }

  return {
    assessmentId, list, thumbs, progress, error, sorted, byItem, readOnly, unsupportedRows, fileNamed,
    open, close, loadFile, addPhotos, addDocument, addPaper, addLink, rename, codeProblem, setCode, relink, remove,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useEvidenceStore, import.meta.hot))
