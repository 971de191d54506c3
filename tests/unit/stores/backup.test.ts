// @vitest-environment node
// (fake-indexeddb stores Blobs only when they are Node's own.)
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { META, NUDGE_AFTER_ANSWERS, type ChangeCounts } from '@/domain'
import { useBackupStore } from '@/stores/backup'
import { useExchangeStore } from '@/stores/exchange'
import { answer, blobOf, jpegLike, photo, sampleData, sampleFiles } from '../domain/exchange/sample'
import { dbState } from '../services/exchange/dbState'

const share = vi.hoisted(() => ({
  canShareFiles: vi.fn(() => false),
  shareFile: vi.fn(() => Promise.resolve('shared' as const)),
  shareOrDownload: vi.fn(() => Promise.resolve('downloaded' as const)),
  download: vi.fn(),
}))
vi.mock('@/services/share', () => share)

let db: ChisoDb

async function device(withData: boolean) {
  db = new ChisoDb(`test-${crypto.randomUUID()}`)
  useDatabase(db)
  await db.open()
  setActivePinia(createPinia())
  if (withData) await repos().exchange.restore(sampleData(), sampleFiles(), 'replace')
  return db
}

beforeEach(async () => {
  vi.clearAllMocks()
  await device(true)
})

const changes = (answers: number, evidence: number, hasData = true): ChangeCounts => ({ hasData, answers, evidence })

describe('the backup reminder', () => {
  it('says nothing on an empty device, then reminds once there is data and no backup', async () => {
    await device(false)
    const store = useBackupStore()
    await store.refreshNudge()
    expect(store.nudge).toBeNull()
    await repos().answers.put(answer('1.1', true))
    await repos().schools.put(sampleData().schools[0]!)
    await store.refreshNudge()
    expect(store.nudge).toBe('never')
  })

  it('counts answers and new evidence since the last backup, and hides on "later" for this session only', async () => {
    const store = useBackupStore()
    await store.make()
    expect(store.nudge).toBeNull()
    expect(store.changes).toEqual(changes(0, 0))

    const later = new Date(Date.now() + 1000).toISOString()
    for (let i = 0; i < NUDGE_AFTER_ANSWERS - 1; i++) await repos().answers.put(answer(`9.${i}`, 1, { updatedAt: later }))
    await store.refreshNudge()
    expect(store.nudge).toBeNull()
    expect(store.nudgeBeforeApproval).toBe('changes')

    await repos().evidence.addMany([photo({ id: 'e9', code: 'MC9.9.01', addedAt: later, updatedAt: later }, 'f9')], [{ id: 'f9', blob: blobOf(jpegLike(500), 'image/jpeg') }])
    await store.refreshNudge()
    expect(store.nudge).toBe('changes')
    expect(store.changes).toEqual(changes(NUDGE_AFTER_ANSWERS - 1, 1))

    store.dismissNudge()
    expect(store.nudge).toBeNull()
    expect(store.nudgeBeforeApproval).toBe('changes')
    setActivePinia(createPinia())
    await useBackupStore().refreshNudge()
    expect(useBackupStore().nudge).toBe('changes')
  })
})

describe('making a backup', () => {
  it('makes the dated file, hands it to the share sheet or a download, and remembers when', async () => {
    const store = useBackupStore()
    await store.make()
    expect(store.made?.fileName).toMatch(/^chiso-sao-luu-\d{4}-\d{2}-\d{2}\.zip$/)
    expect(share.shareOrDownload).toHaveBeenCalledWith(store.made?.blob, store.made?.fileName)
    expect(store.outcome).toBe('downloaded')
    expect(store.lastBackupAt).toBe(await repos().meta.get(META.lastBackupAt))
    expect(useExchangeStore().progress).toBeNull()

    share.canShareFiles.mockReturnValue(true)
    await store.shareAgain()
    expect(share.shareFile).toHaveBeenCalledOnce()
    expect(store.outcome).toBe('shared')
    store.downloadAgain()
    expect(share.download).toHaveBeenCalledWith(store.made?.blob, store.made?.fileName)
  })

  it('says why when the device cannot read its data, and makes nothing', async () => {
    const store = useBackupStore()
    db.close()
    await store.make()
    expect(store.made).toBeNull()
    expect(store.makeErrors[0]?.code).toBe('storage-failed')
    expect(share.shareOrDownload).not.toHaveBeenCalled()
  })
})

describe('restoring a backup', () => {
  async function madeBackup(): Promise<File> {
    const r = await useExchangeStore().makeBackup()
    if (!r.ok) throw new Error('no backup')
    return new File([r.value.blob], r.value.fileName, { type: 'application/zip' })
  }

  it('restores at once, as it is, on a device without data, and counts as backed up', async () => {
    const file = await madeBackup()
    const before = await dbState(db)
    await device(false)
    const store = useBackupStore()
    await store.pick(file)
    expect(store.step).toBe('done')
    expect(store.report?.mode).toBe('replace')
    expect(store.report?.added.files).toBe(2)
    const after = await dbState(db)
    expect({ ...after, meta: [] }).toEqual({ ...before, meta: [] })
    expect(store.lastBackupAt).not.toBeNull()
    expect(store.nudge).toBeNull()
  })

  it('asks replace or merge on a device with data, and merges keeping the device’s rows', async () => {
    const file = await madeBackup()
    await repos().answers.put(answer('1.1', false, { updatedAt: '2025-12-01T00:00:00.000Z' }))
    const store = useBackupStore()
    await store.pick(file)
    expect(store.step).toBe('choose')
    expect(store.checked?.manifest.counts.answers).toBe(5)
    await store.choose('merge')
    expect(store.step).toBe('done')
    expect(store.report?.kept).toEqual([{ table: 'answers', key: 'a1/1.1' }])
    expect((await repos().answers.list('a1')).find((a) => a.itemId === '1.1')?.value).toBe(false)
  })

  it('replaces when asked: the device holds exactly the backup', async () => {
    const file = await madeBackup()
    const backedUp = await dbState(db)
    await repos().answers.put(answer('1.7.1', 3))
    const store = useBackupStore()
    await store.pick(file)
    await store.choose('replace')
    expect(store.step).toBe('done')
    expect((await dbState(db)).answers).toEqual(backedUp.answers)
  })

  it('cancels the choice without writing anything', async () => {
    const file = await madeBackup()
    const before = await dbState(db)
    const store = useBackupStore()
    await store.pick(file)
    store.cancelRestore()
    expect(store.step).toBe('idle')
    expect(store.checked).toBeNull()
    expect(await dbState(db)).toEqual(before)
  })

  it('refuses a bad file with its errors, naming it, and changes nothing', async () => {
    const before = await dbState(db)
    const store = useBackupStore()
    await store.pick(new File([jpegLike(2000) as Uint8Array<ArrayBuffer>], 'anh-lop-5a.zip'))
    expect(store.step).toBe('refused')
    expect(store.fileName).toBe('anh-lop-5a.zip')
    expect(store.restoreErrors[0]?.code).toBe('not-a-zip')
    expect(await dbState(db)).toEqual(before)
  })

  it('does not move the last backup time to a file’s future date', async () => {
    const file = await madeBackup()
    vi.useFakeTimers({ now: new Date('2020-01-01T00:00:00.000Z'), toFake: ['Date'] })
    try {
      await device(false)
      const store = useBackupStore()
      await store.pick(file)
      expect(store.step).toBe('done')
      expect(store.lastBackupAt).toBe('2020-01-01T00:00:00.000Z')
    } finally {
      vi.useRealTimers()
    }
  })
})
