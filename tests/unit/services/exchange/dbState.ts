import { createRepositories, type ChisoDb } from '@/db'
import type { Snapshot } from '@/domain'
import { sha256OfBlob } from '../../domain/exchange/sample'

/** Everything a database holds, files as their SHA-256 (Blobs do not compare by content). */
export async function dbState(db: ChisoDb): Promise<Omit<Snapshot<Blob>, 'files'> & { files: { id: string; blob: string; thumb?: string }[]; meta: unknown[] }> {
  const { files, ...rows } = await createRepositories(db).exchange.snapshot()
  return {
    ...rows,
    files: await Promise.all(
      files.map(async (f) => ({ id: f.id, blob: await sha256OfBlob(f.blob), ...(f.thumb ? { thumb: await sha256OfBlob(f.thumb) } : {}) })),
    ),
    meta: await db.meta.toArray(),
  }
}

/** Rows per table, for messages. */
export const counts = (s: Awaited<ReturnType<typeof dbState>>) =>
  Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Array.isArray(v) ? v.length : 0]))
