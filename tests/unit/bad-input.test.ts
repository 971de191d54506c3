// @vitest-environment node
// (fake-indexeddb stores Blobs only when they are Node's own.)
/**
 * The catalogue of broken and hostile files (tests/fixtures/bad-input/cases.json), run through the
 * app's real imports: the transfer store for backups, assignments and contributions, the
 * criteria-sets store for set files. Every refused file gets its expected code and a message that
 * names the file in both languages, and leaves the database exactly as it was.
 */
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createI18n } from 'vue-i18n'
import { ChisoDb, useDatabase } from '@/db'
import { EXCHANGE_ERROR_CODES, type CriteriaSetError, type ExchangeError } from '@/domain'
import { messages } from '@/i18n'
import { useCriteriaSetsStore, type ImportSetResult } from '@/stores/criteriaSets'
import { useExchangeStore, type ExchangeResult } from '@/stores/exchange'
import { useTeamStore } from '@/stores/team'
import { readSubmissionFile } from '@/services/exchange'
import { describeExchangeError, messageKey } from '@/components/exchange/exchangeErrors'
import SetCard from '@/components/sets/SetCard.vue'
import { describeSetError } from '@/components/sets/setErrors'
import { CASES, generateBadInputs, KNOWN_CODES, KNOWN_SET_CODES, type BadInputCase } from '../fixtures/bad-input/generate'
import { markupSet, SCRIPT } from '../fixtures/bad-input/criteriaSets'
import { blobOf, sampleData, sampleFiles } from './domain/exchange/sample'
import { counts, dbState } from './services/exchange/dbState'

const LOCALES = ['vi', 'en'] as const

let files: Map<string, Uint8Array>
let db: ChisoDb

beforeAll(async () => {
  files = await generateBadInputs()
  if (process.env.CHISO_WRITE_BAD_INPUT) {
    const dir = new URL('../fixtures/bad-input/files/', import.meta.url)
    await mkdir(dir, { recursive: true })
    for (const [name, bytes] of files) await writeFile(new URL(name, dir), bytes)
  }
})

beforeEach(async () => {
  db = new ChisoDb(`test-${crypto.randomUUID()}`)
  const repos = useDatabase(db)
  setActivePinia(createPinia())
  await repos.exchange.restore(sampleData(), sampleFiles(), 'replace')
})

type ImportResult = ExchangeResult<unknown> | ImportSetResult

/** The school's open-file door: a decision file is told apart by its manifest and taken by the submit store. */
async function openThroughDoor(file: File): Promise<ExchangeResult<unknown>> {
  const r = await useTeamStore().openFile(file)
  return r.kind === 'refused' ? { ok: false, errors: r.errors } : { ok: true, value: r }
}

function runImport(c: BadInputCase, bytes: Uint8Array): Promise<ImportResult> {
  const store = useExchangeStore()
  if (c.importAs === 'criteria-set') return useCriteriaSetsStore().importFile(new File([bytes as Uint8Array<ArrayBuffer>], c.file, { type: 'application/json' }))
  const file = blobOf(bytes, 'application/zip')
  if (c.importAs === 'restore') return store.restore(file, 'replace')
  if (c.importAs === 'assignment') return store.importAssignment(file)
  if (c.importAs === 'submission') return readSubmissionFile(file)
  if (c.importAs === 'decision') return openThroughDoor(new File([bytes as Uint8Array<ArrayBuffer>], c.file, { type: 'application/zip' }))
  return store.previewContribution(file)
}

/** A translate function for one locale with no fallback: a missing key is recorded, not hidden. */
function translator(locale: (typeof LOCALES)[number]) {
  const missing: string[] = []
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: false,
    messages: messages as never,
    missingWarn: false,
    fallbackWarn: false,
    missing: (_locale, key) => {
      missing.push(key)
    },
  })
  const translate = (i18n.global as unknown as { t: (key: string, named: Record<string, unknown>) => string }).t
  const t = (key: string, named: Record<string, unknown> = {}) => translate(key, named)
  return { t, missing, i18n }
}

/** The sentences the screens show for a refusal: the heading that names the file, one line per problem. */
function refusalText(c: BadInputCase, r: ImportResult, locale: (typeof LOCALES)[number]) {
  const { t, missing } = translator(locale)
  const lines: string[] = []
  if ('reason' in r) lines.push(t('sets.import.exists', { title: r.set.title.vi, version: r.set.version }))
  else if (c.importAs === 'criteria-set' && !r.ok) {
    lines.push(t('sets.import.failed', { file: c.file }))
    for (const e of r.errors as CriteriaSetError[]) lines.push(describeSetError(e, t, locale).text)
  } else if (!r.ok) {
    lines.push(t('exchange.refused.heading', { file: c.file }))
    for (const e of r.errors as ExchangeError[]) lines.push(describeExchangeError(e, t).text)
  }
  return { lines, missing }
}

describe('catalogue of bad input (tests/fixtures/bad-input/cases.json)', () => {
  it('has a file for every case and a case for every file, at least 30, for every kind of file', () => {
    expect([...files.keys()].sort()).toEqual(CASES.map((c) => c.file).sort())
    expect(CASES.length).toBeGreaterThanOrEqual(30)
    expect(new Set(CASES.map((c) => c.importAs))).toEqual(new Set(['restore', 'assignment', 'contribution', 'criteria-set', 'submission', 'decision']))
    expect(CASES.filter((c) => c.importAs === 'submission' || c.importAs === 'decision').length).toBeGreaterThanOrEqual(20)
    for (const c of CASES) {
      if (c.expected === 'accepted' || c.expected === 'exists') continue
      expect(c.importAs === 'criteria-set' ? KNOWN_SET_CODES : KNOWN_CODES, c.file).toContain(c.expected)
    }
  })

  it('keeps the generated files small, but for the one made to be too large', () => {
    for (const [name, bytes] of files) expect(bytes.length, name).toBeLessThan(name === 'set-oversize.json' ? 2_100_000 : 600_000)
  })

  it.each(CASES.filter((c) => c.expected !== 'accepted'))('$file → $expected, nothing written ($about)', async (c) => {
    const before = await dbState(db)
    const r = await runImport(c, files.get(c.file) as Uint8Array)
    expect(r.ok).toBe(false)
    if (r.ok) return
    if ('reason' in r) expect(r.reason).toBe(c.expected)
    else {
      expect(r.errors[0]?.code, JSON.stringify(r.errors[0])).toBe(c.expected)
      for (const e of r.errors) {
        expect(c.importAs === 'criteria-set' ? KNOWN_SET_CODES : KNOWN_CODES).toContain(e.code)
        expect(e.detail.length).toBeGreaterThan(5)
      }
    }
    const after = await dbState(db)
    expect(counts(after)).toEqual(counts(before))
    expect(after).toEqual(before)

    for (const locale of LOCALES) {
      const { lines, missing } = refusalText(c, r, locale)
      expect(missing, locale).toEqual([])
      if (!('reason' in r)) expect(lines[0], locale).toContain(c.file)
      for (const line of lines) expect(line, locale).not.toMatch(/^(exchange|sets)\.|\{\w+\}/)
    }
  })

  it('markup-in-every-text.zip is restored with every text exactly as written', async () => {
    const r = await useExchangeStore().restore(blobOf(files.get('markup-in-every-text.zip') as Uint8Array), 'replace')
    expect(r.ok).toBe(true)
    const s = await dbState(db)
    expect(s.members.find((m) => m.id === 'm1')?.name).toBe(SCRIPT)
    expect(s.schools[0]?.name).toBe(SCRIPT)
    expect(s.answers.find((a) => a.itemId === '2.1')?.value).toBe(SCRIPT)
    expect(s.evidence.find((e) => e.id === 'e4')?.paper?.issuer).toBe(SCRIPT)
    expect(s.assessments.find((a) => a.id === 'a1')?.record.proposals).toBe('"><svg onload=alert(1)>')
  })

  it('rezipped-with-folders.zip restores exactly as the backup it was made from', async () => {
    const before = await dbState(db)
    const r = await useExchangeStore().restore(blobOf(files.get('rezipped-with-folders.zip') as Uint8Array), 'replace')
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true)
    expect({ ...(await dbState(db)), meta: [] }).toEqual({ ...before, meta: [] })
  })

  it('contribution-script-member-name.zip is previewed with the name as literal text, nothing written', async () => {
    const before = await dbState(db)
    const r = await useExchangeStore().previewContribution(blobOf(files.get('contribution-script-member-name.zip') as Uint8Array))
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true)
    if (!r.ok) return
    expect(r.value.plan.memberName).toBe(SCRIPT)
    expect(r.value.plan.newEvidence[0]?.addedBy).toBe(SCRIPT)
    expect(await dbState(db)).toEqual(before)
  })

  it('set-markup-in-every-text.json is loaded as written, its text kept literal and shown as text', async () => {
    const store = useCriteriaSetsStore()
    const bytes = files.get('set-markup-in-every-text.json') as Uint8Array
    const r = await store.importFile(new File([bytes as Uint8Array<ArrayBuffer>], 'set-markup-in-every-text.json'))
    expect(r.ok).toBe(true)
    const row = (await dbState(db)).criteriaSets.find((c) => c.key === 'tinh-ban@1.0.0')
    expect(row?.text).toBe(new TextDecoder().decode(bytes))
    const loaded = store.get('tinh-ban', '1.0.0')
    expect(loaded).toEqual(markupSet())
    expect(loaded?.groups[0]?.criteria[1]?.items[0]?.text.vi).toBe(SCRIPT)

    const entry = store.all.find((a) => a.set.id === 'tinh-ban')
    if (!entry) throw new Error('the loaded set is not listed')
    const { i18n } = translator('vi')
    const html = await renderToString(createSSRApp({ render: () => h(SetCard, { entry }) }).use(i18n))
    expect(html).toContain('&lt;script&gt;alert(&quot;chiso&quot;)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
    expect(html).not.toMatch(/<script|<img/i)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('messages for refused files', () => {
  const onDisk = Object.fromEntries(
    LOCALES.map((l) => [l, JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${l}/exchange.json`, import.meta.url), 'utf8')) as { errors: Record<string, string> }]),
  )

  it.each(LOCALES)('every exchange-file error code has a message in %s', (locale) => {
    const keys = EXCHANGE_ERROR_CODES.flatMap((code) => [messageKey({ code, path: '', detail: '', params: {} }), messageKey({ code, path: '', detail: '', params: { newer: 0 } })])
    const missing = [...new Set(keys)].filter((k) => typeof onDisk[locale]?.errors[k.replace('exchange.errors.', '')] !== 'string')
    expect(missing).toEqual([])
  })

  it.each(LOCALES)('names the wrong kind of file in words, and the storage problem, in %s', (locale) => {
    const { t, missing } = translator(locale)
    const wrong = describeExchangeError({ code: 'wrong-format', path: 'manifest.json:format', detail: 'x', params: { found: 'chiso.assignment', expected: 'chiso.backup' } }, t)
    expect(wrong.text).toBe(t('exchange.errors.wrong-format', { found: t('exchange.formats.assignment'), expected: t('exchange.formats.backup') }))
    const full = describeExchangeError({ code: 'storage-failed', path: '', detail: 'x', params: { reason: 'quota' } }, t)
    expect(full.text).toBe(`${t('exchange.errors.storage-failed')} ${t('common.storageError.quota')}`)
    expect(missing).toEqual([])
  })
})
