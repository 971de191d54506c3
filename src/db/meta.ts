/**
 * Typed access to the `meta` table's families of values (`MetaFamilies`): the one place their
 * stored values get their types back, inside the storage layer.
 */
import type { MetaFamilies, MetaFamily } from '@/domain'
import type { ChisoDb, DbMeta } from './database'

/** The row that stores `value` under `family` + `id`. */
export const familyRow = <F extends MetaFamily>(family: F, id: string, value: MetaFamilies[F]): DbMeta => ({ key: family + id, value })

/** The value stored under `family` + `id`, if any. */
export async function readFamily<F extends MetaFamily>(db: ChisoDb, family: F, id: string): Promise<MetaFamilies[F] | undefined> {
  return (await db.meta.get(family + id))?.value as MetaFamilies[F] | undefined
}

/** Every value of a family. */
export async function readAllOf<F extends MetaFamily>(db: ChisoDb, family: F): Promise<MetaFamilies[F][]> {
  return (await db.meta.where('key').startsWith(family).toArray()).map((m) => m.value as MetaFamilies[F])
}
