/** The names submission and decision files get, for people to recognise them in a chat. */
import { fileNamePart } from '../exchange/build'
import type { SubmissionContent } from './content'
import type { DecisionContent } from './decision'

/**
 * `chiso-nop-ket-qua-th-xuan-huong-2025-2026-lan-1-7F3A91C2.zip`: what a teacher or reviewer
 * recognises in a Zalo chat — the kind of file, the school, the year, the revision and the start
 * of the fingerprint read over the phone.
 */
export function submissionFileName(content: SubmissionContent, sha256: string): string {
  const school = fileNamePart(content.school.code ? `${content.school.code} ${content.school.name}` : content.school.name) || 'truong'
  return `chiso-nop-ket-qua-${school}-${fileNamePart(content.assessment.schoolYear)}-lan-${content.assessment.revision}-${sha256.slice(0, 8).toUpperCase()}.zip`
}

/** `chiso-tra-lai-th-xuan-huong-lan-1.zip` / `chiso-chap-nhan-th-xuan-huong-lan-1.zip`. */
export function decisionFileName(d: DecisionContent): string {
  const school = fileNamePart(d.submission.schoolCode ? `${d.submission.schoolCode} ${d.submission.schoolName}` : d.submission.schoolName) || 'truong'
  return `chiso-${d.decision === 'returned' ? 'tra-lai' : 'chap-nhan'}-${school}-lan-${d.submission.revision}.zip`
}
