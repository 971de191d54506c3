import type { ExchangeError } from './errors'
import { EXCHANGE_FORMATS, type ExchangeFormat } from './limits'

/**
 * The kind of exchange file a refusal says the file really is: reading a file as one kind refuses
 * it with a single `wrong-format` error naming the kind it found, before anything else of it is
 * read. Null when the refusal is about anything else (a damaged file, another school…), or when the
 * kind found is not one chiso makes.
 */
export function foundKind(errors: readonly ExchangeError[]): ExchangeFormat | null {
  const [first] = errors
  if (errors.length !== 1 || first?.code !== 'wrong-format') return null
  const found = first.params.found
  return (EXCHANGE_FORMATS as readonly unknown[]).includes(found) ? (found as ExchangeFormat) : null
}
