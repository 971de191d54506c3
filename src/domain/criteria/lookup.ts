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
