declare module 'virtual:criteria-sets' {
  import type { CriteriaSet } from '@/domain'
  /** What lists each built-in set, in the order of the `criteria-sets/` folders. */
  export const heads: Pick<CriteriaSet, 'id' | 'version' | 'title' | 'shortTitle' | 'status'>[]
  /** One loader per built-in set, keyed `<id>@<version>`: each set is its own chunk. */
  export const loaders: Record<string, () => Promise<CriteriaSet>>
}
