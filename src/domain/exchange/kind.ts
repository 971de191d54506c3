import type { ExchangeError } from './errors'
import { CHISO_FORMATS, type ChisoFormat } from './limits'

/**
 * The kind of file a refusal says the file really is: reading a file as one kind refuses it with a
 * single `wrong-format` error naming the kind it found, before anything else of it is read. Null
 * when the refusal is about anything else (a damaged file, another school…), or when the kind found
 * is not one chiso makes.
 */
export function foundKind(errors: readonly ExchangeError[]): ChisoFormat | null {
  const [first] = errors
  if (errors.length !== 1 || first?.code !== 'wrong-format') return null
  const found = first.params.found
  return (CHISO_FORMATS as readonly unknown[]).includes(found) ? (found as ChisoFormat) : null
}
