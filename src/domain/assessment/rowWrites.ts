/**
 * One rule for every writer of an answer row — this tab, another tab of the app, a contribution
 * from a team member: **a change lands only on the row it was made on.** The row's `updatedAt` is
 * its version. A write names the version it started from (null: there was no row); it is stored
 * only if the stored row still has that version, in the same transaction. Otherwise the writer lost
 * the race: nothing is written, the writer shows what is stored and tells its user.
 *
 * So two writers end on the stored value, and no tab can keep showing "Đã lưu" for a value the
 * database does not hold. The first write to land wins; no clock is compared between writers.
 */
import { EMPTY_ROW, sameContent, type RowContent } from '../exchange/merge'
import { idMap, own } from '../ids'
import type { Answer, IsoDateTime } from '../model'

/** The version of a row a change was made on: its `updatedAt`, or null when there was no row. */
export type RowVersion = IsoDateTime | null

export const versionOf = (row: { updatedAt: IsoDateTime } | null | undefined): RowVersion => row?.updatedAt ?? null

/** A write that did not land: the row as stored instead (`undefined`: there is none). */
export interface LostRace {
  itemId: string
  stored: Answer | undefined
}

/** Whether a change made on version `base` may be written over `stored`. */
export function landsOn(stored: { updatedAt: IsoDateTime } | null | undefined, base: RowVersion): boolean {
  return versionOf(stored) === base
}

/**
 * The version a new write gets: `now`, or one millisecond after the row it replaces when the
 * clock reads no later (two writes in one millisecond, a clock set back), so a written row is
 * never taken for the one it replaced.
 */
export function nextVersion(now: IsoDateTime, base: RowVersion): IsoDateTime {
  const before = base === null ? NaN : Date.parse(base)
  const at = Date.parse(now)
  if (Number.isNaN(before) || Number.isNaN(at) || at > before) return now
  return new Date(before + 1).toISOString()
}

/**
 * What one tab knows of its own writes, per row: the versions its landed writes replaced, and the
 * version it wrote last. A change typed in this tab on a version it replaced itself continues its
 * own work (typing faster than the write lands), so it is made on the tab's last version instead.
 */
export interface TabWrites {
  replaced: Map<string, Set<RowVersion>>
  latest: Map<string, IsoDateTime>
}

export const newTabWrites = (): TabWrites => ({ replaced: new Map(), latest: new Map() })

/** The version a change typed on `seen` is made on. */
export function baseFor(tab: TabWrites, itemId: string, seen: RowVersion): RowVersion {
  const latest = tab.latest.get(itemId)
  return latest !== undefined && tab.replaced.get(itemId)?.has(seen) ? latest : seen
}

/** Notes that this tab's write of `itemId` landed: `base` replaced by `version`. */
export function noteLanded(tab: TabWrites, itemId: string, base: RowVersion, version: IsoDateTime): void {
  const replaced = tab.replaced.get(itemId) ?? new Set<RowVersion>()
  replaced.add(base)
  tab.replaced.set(itemId, replaced)
  tab.latest.set(itemId, version)
}

/**
 * What a tab shows after reading the stored rows: what is stored — except a row whose stored
 * version is one this tab's own landed write replaced, which is a read made just before that write
 * and would briefly take it off the screen. A row another writer changed ends this tab's own run
 * of writes on it. Rows shown and unchanged keep their object, so they are not rendered again.
 */
export function shownAfterRead<R extends { itemId: string; updatedAt: IsoDateTime }>(
  tab: TabWrites,
  shown: Readonly<Record<string, R>>,
  stored: readonly R[],
): Record<string, R> {
  const next = idMap<R>()
  const storedIds = new Set<string>()
  for (const row of stored) {
    storedIds.add(row.itemId)
    const mine = own(shown, row.itemId)
    if (tab.replaced.get(row.itemId)?.has(row.updatedAt) && mine) {
      next[row.itemId] = mine
      continue
    }
    if (mine && mine.updatedAt === row.updatedAt) {
      next[row.itemId] = mine
      continue
    }
    next[row.itemId] = row
    if (tab.latest.get(row.itemId) !== row.updatedAt) forget(tab, row.itemId)
  }
  for (const [itemId, mine] of Object.entries(shown)) {
    if (storedIds.has(itemId)) continue
    // No row stored: a read from before this tab's first write of it, or the row was removed.
    if (tab.replaced.get(itemId)?.has(null)) next[itemId] = mine
    else forget(tab, itemId)
  }
  const keys = Object.keys(next)
  const same = keys.length === Object.keys(shown).length && keys.every((k) => own(shown, k) === next[k])
  return same ? shown : next
}

function forget(tab: TabWrites, itemId: string) {
  tab.replaced.delete(itemId)
  tab.latest.delete(itemId)
}

/** The parts of a row a change can set. */
export type RowField = 'value' | 'basis' | 'note'

/**
 * Whether a change that lost its race may be made again on the stored row: the other writer left
 * every field this change sets as it was when the change began (`start`), so making it again loses
 * nothing of either writer (one tab's note and another's points on the same row both stay).
 */
export function mayRedo(start: Partial<RowContent>, stored: Answer | undefined, fields: readonly RowField[]): boolean {
  const now: RowContent = stored ?? EMPTY_ROW
  const was: RowContent = { ...EMPTY_ROW, ...start }
  return fields.every((f) =>
    f === 'basis'
      ? sameContent({ ...EMPTY_ROW, ...(was.basis ? { basis: was.basis } : {}) }, { ...EMPTY_ROW, ...(now.basis ? { basis: now.basis } : {}) })
      : sameContent({ ...EMPTY_ROW, [f]: was[f] }, { ...EMPTY_ROW, [f]: now[f] }),
  )
}
