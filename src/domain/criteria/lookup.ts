import type { CriteriaSet, Criterion, Group, Item, LocalText } from './schema'

export interface ItemPlace {
  group: Group
  criterion: Criterion
  item: Item
}

/** Every item of a set with the group and criterion it sits in, in set order. */
export function itemPlaces(set: CriteriaSet): ItemPlace[] {
  return set.groups.flatMap((group) =>
    group.criteria.flatMap((criterion) => criterion.items.map((item) => ({ group, criterion, item }))),
  )
}

/** Finds an item by id, with its group and criterion. */
export function findItem(set: CriteriaSet, itemId: string): ItemPlace | undefined {
  return itemPlaces(set).find((p) => p.item.id === itemId)
}

/** The text in the wanted language, falling back to Vietnamese (every text has it). */
export function localText(t: LocalText, lang: string): string {
  return lang === 'en' && t.en ? t.en : t.vi
}

/** `qd-4725@1.0.0`: how a set version is named in storage and files. */
export function setKey(ref: { setId: string; version: string }): string {
  return `${ref.setId}@${ref.version}`
}

/** Compares two `major.minor.patch` versions, newest first (a pre-release suffix is ignored). */
function newerFirst(a: string, b: string): number {
  const parts = (v: string) => v.split('-')[0]!.split('.').map((n) => Number(n) || 0)
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (y[i] ?? 0) - (x[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/**
 * The order in which sets are offered when one must be chosen (a new assessment, a campaign):
 * example sets (a form known only from a secondary source) last, then by id, newest version first.
 * The default choice is the first set that is not an example; none when there are only examples.
 */
export function orderSetChoices<T extends { set: Pick<CriteriaSet, 'id' | 'version' | 'example'> }>(sets: readonly T[]): {
  ordered: T[]
  byDefault: T | undefined
} {
  const ordered = [...sets].sort(
    (a, b) => Number(!!a.set.example) - Number(!!b.set.example) || a.set.id.localeCompare(b.set.id) || newerFirst(a.set.version, b.set.version),
  )
  return { ordered, byDefault: ordered.find((s) => !s.set.example) }
}
