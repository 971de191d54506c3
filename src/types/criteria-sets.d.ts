declare module 'virtual:criteria-sets' {
  import type { CriteriaSet } from '@/domain'
  const sets: CriteriaSet[]
  export default sets
}
