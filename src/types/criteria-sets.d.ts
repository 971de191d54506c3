declare module 'virtual:criteria-sets' {
  import type { CriteriaSet } from '@/domain'
  import type { SetHead } from '@/services/criteriaSets'
  /** What lists each built-in set, in the order of the `criteria-sets/` folders. */
  export const heads: SetHead[]
  /** One loader per built-in set, keyed `<id>@<version>`: each set is its own chunk. */
  export const loaders: Record<string, () => Promise<CriteriaSet>>
}
