/**
 * What the school must check against the legal text before it signs a record made from a set
 * whose wording is not all official. The signed documents say nothing of it; the phone asks, at
 * export, and the school's confirmation is saved with the assessment.
 */
import type { CriteriaSet } from '../criteria/schema'

/**
 * The items (chỉ số) whose wording, or whose criterion's, is not from the official text
 * (translated, unofficial or inferred), in set order.
 */
export function unreviewedItems(set: Pick<CriteriaSet, 'groups'>): string[] {
  return set.groups.flatMap((g) =>
    g.criteria.flatMap((c) =>
      c.items
        .filter((it) => it.provenance !== 'official' || c.provenance !== 'official' || g.provenance !== 'official')
        .map((it) => it.id),
    ),
  )
}
