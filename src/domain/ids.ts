/**
 * Ids are data, never keys of plain objects. A row, member or file id comes from a criteria set or an
 * exchange file, so it may be `constructor`, `toString` or `__proto__`: on `{}` those read what
 * `Object.prototype` holds and `obj['__proto__'] = x` replaces the prototype. Every map keyed by ids
 * is a `Map` or an object made here, with no prototype, and is read through `own`.
 */

/** An object with no prototype, holding `entries`: `map.constructor` is undefined unless an id says so. */
export function idMap<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const out = Object.create(null) as Record<string, T>
  for (const [k, v] of entries) out[k] = v
  return out
}

/**
 * `map[id]` when `map` holds `id` itself, else undefined — safe on any object, prototype or not. Read
 * through the property's descriptor, so that a wrapper (a Vue proxy answers `hasOwnProperty` with its
 * own function) cannot stand in for the value.
 */
export function own<T>(map: Readonly<Record<string, T>> | null | undefined, id: string): T | undefined {
  if (map == null || !Object.prototype.hasOwnProperty.call(map, id)) return undefined
  return (Object.getOwnPropertyDescriptor(map, id)?.value as T | undefined) ?? undefined
}

/** A copy of `map` (no prototype) with `id` set to `value`, or removed when `value` is undefined. */
export function withEntry<T>(map: Readonly<Record<string, T>>, id: string, value: NoInfer<T> | undefined): Record<string, T> {
  const out = idMap<T>(Object.entries(map))
  if (value === undefined) delete out[id]
  else out[id] = value
  return out
}
