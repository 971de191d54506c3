import { toRaw } from 'vue'

/**
 * A plain, proxy-free copy of a record before it is written: callers often pass objects held in
 * reactive state, whose nested objects are Vue proxies that IndexedDB cannot clone. Records are plain
 * JSON data (no Blobs; those go to the files table), so a JSON round trip is exact.
 */
export const plain = <T>(x: T): T => JSON.parse(JSON.stringify(toRaw(x))) as T
