/**
 * The data moves of schema upgrades (`database.ts` says which version runs which). Each runs inside
 * Dexie's upgrade transaction: it happens whole or not at all, before any screen reads the data.
 */
import type { Transaction } from 'dexie'
import { META_FAMILY, SET_VERSION_MAX_LENGTH, setKey, shortenedSetVersion, type CriteriaSetRow } from '@/domain'

const tooLong = (version: unknown): version is string => typeof version === 'string' && version.length > SET_VERSION_MAX_LENGTH

/**
 * Version 3: a criteria set loaded before set versions were limited may carry a version longer than
 * `SET_VERSION_MAX_LENGTH`, which no exchange file can name — that device could make no backup. Such
 * a version becomes `shortenedSetVersion`'s short form in every row that names it: the set (its key
 * and its JSON), the assessments scored with it, a review campaign run on it and a received
 * assignment. Same rule on every device, so files made afterwards still match between them.
 */
export async function shortenLongSetVersions(tx: Transaction): Promise<void> {
  const sets = tx.table<CriteriaSetRow, string>('criteriaSets')
  for (const row of await sets.toArray()) {
    if (!tooLong(row.version)) continue
    const version = shortenedSetVersion(row.version)
    await sets.delete(row.key)
    await sets.put({ ...row, key: setKey({ setId: row.setId, version }), version, text: withVersion(row.text, version) })
  }
  const shorten = (row: { version?: unknown }) => {
    if (tooLong(row.version)) row.version = shortenedSetVersion(row.version)
  }
  await tx.table('assessments').toCollection().modify(shorten)
  await tx.table('deskCampaigns').toCollection().modify(shorten)
  await tx
    .table('meta')
    .where('key')
    .startsWith(META_FAMILY.receivedAssignment)
    .modify((row: { value?: { assignment?: { version?: unknown } } }) => {
      if (row.value?.assignment) shorten(row.value.assignment)
    })
}

/** The set's file with its version replaced (the text as stored when it is not JSON). */
function withVersion(text: string, version: string): string {
  try {
    const set = JSON.parse(text) as unknown
    if (set && typeof set === 'object' && !Array.isArray(set)) return JSON.stringify({ ...set, version }, null, 2)
  } catch {
    // Kept as it was: the set did not open before the upgrade either.
  }
  return text
}
