import Dexie, { type EntityTable, type Table } from 'dexie'
import type { Answer, Assessment, Evidence, Member, School } from '@/domain'

/**
 * The photo or document behind evidence, kept apart so lists never load Blobs. Several evidence rows
 * may share one file (an amended revision keeps its evidence without copying photos); the file is
 * deleted with the last row that refers to it.
 */
export interface DbEvidenceFile {
  id: string
  blob: Blob
  /** Small JPEG for lists; absent for non-image documents. */
  thumb?: Blob
}

/** A criteria-set file the user loaded, kept as its original text so it re-parses identically. */
export interface DbCriteriaSet {
  /** `setId@version` */
  key: string
  setId: string
  version: string
  fileName: string
  text: string
  loadedAt: string
}

/** Small app-wide values: settings, last backup time. */
export interface DbMeta {
  key: string
  value: unknown
}

export const DB_NAME = 'chiso'

export class ChisoDb extends Dexie {
  schools!: EntityTable<School, 'id'>
  assessments!: EntityTable<Assessment, 'id'>
  answers!: Table<Answer, [string, string]>
  members!: EntityTable<Member, 'id'>
  evidence!: EntityTable<Evidence, 'id'>
  evidenceFiles!: EntityTable<DbEvidenceFile, 'id'>
  criteriaSets!: EntityTable<DbCriteriaSet, 'key'>
  meta!: EntityTable<DbMeta, 'key'>

  constructor(name = DB_NAME) {
    super(name)
    // Version 1 (first release): one row per school, assessment (revision), answer, member, evidence;
    // Blobs only in evidenceFiles, shared by reference (evidence.file.id); user-loaded criteria sets
    // as their original text.
    // Keep every declared version while users may still have it; add data moves with .upgrade().
    this.version(1).stores({
      schools: 'id, name',
      assessments: 'id, schoolId, [setId+version], updatedAt',
      answers: '[assessmentId+itemId], assessmentId',
      members: 'id, assessmentId',
      evidence: 'id, assessmentId, *itemIds, file.id',
      evidenceFiles: 'id',
      criteriaSets: 'key, setId',
      meta: 'key',
    })
  }
}
