import { ref } from 'vue'
import { onDatabaseEvent, openDatabase } from '@/db'
import type { StorageProblem } from '@/components/app/storageProblem'

export type { StorageProblem }

/** Set while the device's storage cannot be used (see StorageProblem); App shows why instead of the screens. */
export const storageProblem = ref<StorageProblem | null>(null)

/**
 * Opens the database and keeps `storageProblem` up to date from then on. Resolves once the
 * database is open or known to be unusable; a blocked open resolves at once (the message shows
 * until the other tab closes).
 */
export function watchStorage(): Promise<void> {
  onDatabaseEvent((event) => {
    if (event === 'blocked') storageProblem.value = 'blocked'
    else if (event === 'versionchange') storageProblem.value = 'versionchange'
    else if (storageProblem.value === 'blocked') storageProblem.value = null
  })
  const opened = openDatabase().then((problem) => {
    if (problem) storageProblem.value = problem
    else if (storageProblem.value === 'blocked') storageProblem.value = null
  })
  let stop = () => {}
  const blocked = new Promise<void>((resolve) => {
    stop = onDatabaseEvent((e) => {
      if (e === 'blocked') resolve()
    })
  })
  return Promise.race([opened, blocked]).finally(() => stop())
}
