import { computed, ref, shallowRef, type ComputedRef, type Ref } from 'vue'

/** Text entries saved with a row, and when the row was last written. */
export interface StoredEntries<K extends string> {
  entries: Partial<Record<K, string>>
  updatedAt: string
}

export interface FieldEditsOptions<K extends string> {
  /** The entries as the database watch last delivered them (null while nothing is open). */
  stored: () => StoredEntries<K> | null
  /** What each field prints when the principal entered nothing. */
  defaults: () => Readonly<Record<K, string>> | null
  /** Writes all entries (merged into the stored row); gives the row as written, or null when it failed. */
  save: (entries: Partial<Record<K, string>>) => Promise<StoredEntries<K> | null>
}

export interface FieldEdits<K extends string> {
  /** The principal's entries, the last write of this tab winning over an older row from the watch. */
  overrides: ComputedRef<Partial<Record<K, string>>>
  /** Saves still running. */
  saving: Ref<number>
  savedAt: Ref<string | null>
  shown: (key: K) => string
  edited: (key: K) => boolean
  saveField: (key: K, value: string) => Promise<boolean>
  resetField: (key: K) => Promise<boolean>
  /** Waits for every save asked for so far. */
  settled: () => Promise<boolean>
  /** Forgets what this tab wrote (another row is opened). */
  forget: () => void
}

/**
 * Text fields with defaults that the principal may override, saved as they type. Saves run one
 * after another, each writing every entry as this tab shows it, so two fields saved at once never
 * overwrite each other and an older row the database watch delivers just after a save cannot
 * bring back an entry, or drop one.
 */
export function createFieldEdits<K extends string>(opts: FieldEditsOptions<K>): FieldEdits<K> {
  const saving = ref(0)
  const savedAt = ref<string | null>(null)
  const written = shallowRef<StoredEntries<K> | null>(null)
  const overrides = computed<Partial<Record<K, string>>>(() => {
    const s = opts.stored()
    const w = written.value
    if (s && w && s.updatedAt < w.updatedAt) return w.entries
    return s?.entries ?? {}
  })

  let pending: Partial<Record<K, string | undefined>> = {}
  let queue: Promise<boolean> = Promise.resolve(true)
  function enqueue(patch: Partial<Record<K, string | undefined>>): Promise<boolean> {
    Object.assign(pending, patch)
    saving.value++
    queue = queue.then(async () => {
      try {
        if (Object.keys(pending).length === 0) return true
        const next: Partial<Record<K, string | undefined>> = { ...overrides.value }
        for (const k of Object.keys(opts.defaults() ?? {}) as K[]) next[k] = overrides.value[k]
        Object.assign(next, pending)
        pending = {}
        const row = await opts.save(next)
        if (row) {
          written.value = row
          savedAt.value = row.updatedAt
        }
        return row !== null
      } finally {
        saving.value--
      }
    })
    return queue
  }

  return {
    overrides,
    saving,
    savedAt,
    /** What the field shows: what was entered (even blank, while being rewritten), else the default. */
    shown: (key) => {
      const o = overrides.value[key]
      return typeof o === 'string' ? o : (opts.defaults()?.[key] ?? '')
    },
    /** Whether the principal's entry differs from the default. */
    edited: (key) => {
      const o = overrides.value[key]
      return typeof o === 'string' && o.normalize('NFC') !== opts.defaults()?.[key]
    },
    /**
     * Saves what the principal typed (NFC). Typing the default text back removes the entry, so the
     * field follows its default again; an empty field stays empty on screen and prints the default.
     */
    saveField: (key, value) => {
      const v = value.normalize('NFC').replace(/\r\n?/g, '\n')
      const isDefault = v === opts.defaults()?.[key]
      if (isDefault && typeof overrides.value[key] !== 'string') return Promise.resolve(true)
      return enqueue({ [key]: isDefault ? undefined : v } as Partial<Record<K, string | undefined>>)
    },
    /** Forgets the principal's entry: the field shows and prints its default again. */
    resetField: (key) => {
      return enqueue({ [key]: undefined } as Partial<Record<K, string | undefined>>)
    },
    settled: () => queue,
    forget: () => {
      written.value = null
    },
  }
}
