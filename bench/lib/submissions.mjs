// Submission files for the desk's figure, made by the app's own code: the domain's
// `submissionContent` and the exchange service's `buildSubmissionFile`, loaded from the sources
// through Vite's module loader (so the files are exactly what a school's phone makes). Each school
// answers every row of the built-in set qd-4725 1.0.0 (no photos); the roster lists every school.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const DESK_SET_ID = 'qd-4725'
export const DESK_SET_VERSION = '1.0.0'
export const CAMPAIGN_ID = 'bench-campaign'
export const SCHOOL_YEAR = '2025-2026'

const KINDS = ['mam-non', 'tieu-hoc', 'thcs', 'thpt']

/** A small deterministic random source, so every run makes the same files. @param {number} seed */
function random(seed) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/**
 * Writes `n` submission files into `dir` (emptied first); returns their paths and the roster rows.
 * @param {string} root the repository
 * @param {string} dir
 * @param {number} n
 * @param {{ revision?: number }} [opts] the revision every file is (a resubmission after a return is 2)
 */
export async function makeSubmissionFiles(root, dir, n, opts = {}) {
  const revision = opts.revision ?? 1
  const { createServer } = await import('vite')
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
    logLevel: 'error',
  })
  try {
    const domain = await server.ssrLoadModule('/src/domain/index.ts')
    const exchange = await server.ssrLoadModule('/src/services/exchange/review.ts')
    const parsed = domain.parseCriteriaSet(readFileSync(join(root, 'criteria-sets', DESK_SET_ID, `${DESK_SET_VERSION}.json`), 'utf8'))
    if (!parsed.ok) throw new Error(`the built-in set does not parse: ${JSON.stringify(parsed.errors[0])}`)
    const set = parsed.value
    const setSha256 = createHash('sha256').update(domain.canonicalCriteriaSet(set), 'utf8').digest('hex')
    const items = domain.itemPlaces(set).map((/** @type {{ item: any }} */ p) => p.item)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const rand = random(4725)
    const paths = []
    const roster = []
    for (let i = 0; i < n; i++) {
      const code = `BENCH${String(i + 1).padStart(5, '0')}`
      const kind = KINDS[i % KINDS.length]
      const commune = `Xã ${1 + (i % 40)}`
      const school = {
        id: `school-${i}`,
        name: `Trường thử ${i + 1}`,
        code,
        kind,
        province: 'Lâm Đồng',
        commune,
        managingBody: 'Phòng Văn hóa – Xã hội',
        headName: 'Nguyễn Văn A',
        createdAt: '2025-09-01T00:00:00.000Z',
        updatedAt: '2025-09-01T00:00:00.000Z',
      }
      const assessment = {
        id: `assessment-${i}-${revision}`,
        schoolId: school.id,
        setId: DESK_SET_ID,
        version: DESK_SET_VERSION,
        schoolYear: SCHOOL_YEAR,
        status: 'approved',
        revision,
        ...(revision > 1 ? { amends: `assessment-${i}-${revision - 1}` } : {}),
        approval: { date: '2026-05-10', decisionNumber: `${i + 1}/QĐ-TH`, approvedAt: '2026-05-10T02:00:00.000Z' },
        record: {},
        createdAt: '2025-10-01T00:00:00.000Z',
        updatedAt: '2026-05-10T02:00:00.000Z',
      }
      const answers = items.map((/** @type {any} */ item) => ({
        assessmentId: assessment.id,
        itemId: item.id,
        value: item.kind === 'condition' ? rand() < 0.9 : item.kind === 'points' ? Math.floor(rand() * (item.max + 1)) : 'K12Online',
        note: rand() < 0.3 ? 'Có kế hoạch và biên bản kèm theo.' : '',
        updatedAt: '2026-05-01T00:00:00.000Z',
      }))
      const made = domain.submissionContent({ school, assessment, set, setSha256, answers, evidence: [], fileSha256: new Map() })
      if (!made.ok) throw new Error(`submission ${i} refused: ${made.problem.code}`)
      const r = await exchange.buildSubmissionFile(made.content, { files: [] }, {
        appVersion: 'bench',
        createdAt: '2026-05-20T03:00:00.000Z',
        packageId: `bench-package-${i}`,
        submittedAt: '2026-05-20T03:00:00.000Z',
      })
      if (!r.ok) throw new Error(`submission file ${i} not made: ${JSON.stringify(r.errors[0])}`)
      const path = join(dir, r.value.fileName)
      writeFileSync(path, new Uint8Array(await r.value.blob.arrayBuffer()))
      paths.push(path)
      roster.push({ id: `roster-${i}`, campaignId: CAMPAIGN_ID, name: school.name, code, kind, commune, source: 'roster', addedAt: '2026-04-01T00:00:00.000Z' })
    }
    return { paths, roster }
  } finally {
    await server.close()
  }
}
