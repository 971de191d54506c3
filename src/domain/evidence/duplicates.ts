/**
 * The same photo or document stored twice is printed twice in the record and fills the phone. A
 * file is recognised by its content: the SHA-256 of its bytes (computed at the edge, which has the
 * platform's crypto; the rule here only compares the hashes). A file already kept for the
 * assessment is never stored again: the evidence that holds it is linked to the indicators the
 * new copy was meant for, and the user is told which evidence that is.
 */
import type { Evidence } from '../model'

/** File id → SHA-256 (lowercase hex) of the stored bytes. */
export type FileHashes = ReadonlyMap<string, string>

/** What became of one incoming file. */
export type DuplicateOutcome =
  /** New content: store it. */
  | { kind: 'new' }
  /**
   * Already kept as `of`. `addItems`: the indicators the copy was meant for that `of` did not
   * cover yet (linked now; empty when it already proves them all).
   */
  | { kind: 'existing'; of: Evidence; addItems: string[] }
  /** The same content came twice in this batch: only its first copy (index `first`) is stored. */
  | { kind: 'repeated'; first: number }

/** The evidence (in code order, first one wins) that already keeps a file with this content. */
export function evidenceWithContent(list: readonly Evidence[], hashes: FileHashes, sha256: string): Evidence | undefined {
  return [...list]
    .filter((e) => e.file && hashes.get(e.file.id) === sha256)
    .sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }))[0]
}

/**
 * For each incoming file (its SHA-256 and the indicators it is added to, in order), whether it is
 * new, already kept by an evidence of the assessment, or a repeat of an earlier file of the batch.
 */
export function classifyIncoming(
  list: readonly Evidence[],
  hashes: FileHashes,
  incoming: readonly { sha256: string; itemIds: readonly string[] }[],
): DuplicateOutcome[] {
  const seen = new Map<string, number>()
  return incoming.map((f, i): DuplicateOutcome => {
    const of = evidenceWithContent(list, hashes, f.sha256)
    if (of) return { kind: 'existing', of, addItems: f.itemIds.filter((id) => !of.itemIds.includes(id)) }
    const first = seen.get(f.sha256)
    if (first !== undefined) return { kind: 'repeated', first }
    seen.set(f.sha256, i)
    return { kind: 'new' }
  })
}
