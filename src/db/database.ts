import Dexie, { type EntityTable, type Table } from 'dexie'
import type { Answer, Assessment, Campaign, CriteriaSetRow, DeskDecision, DeskSubmissionHead, Evidence, Member, RosterSchool, School } from '@/domain'
import type { DbDeskContent, DbDeskFile, DbDeskReviewRow, DbEvidenceFile } from './interfaces'
import { shortenLongSetVersions } from './upgrades'

// The photo or document behind evidence (`DbEvidenceFile`) is kept apart so lists never load Blobs.
// Several evidence rows may share one file (an amended revision keeps its evidence without copying
// photos); the file is deleted with the last row that refers to it.

/** Small app-wide values: settings, last backup time (keys and value types: `MetaValues`, `MetaFamilies`). */
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
  criteriaSets!: EntityTable<CriteriaSetRow, 'key'>
  meta!: EntityTable<DbMeta, 'key'>
  deskCampaigns!: EntityTable<Campaign, 'id'>
  deskRoster!: EntityTable<RosterSchool, 'id'>
  deskSubmissions!: Table<DeskSubmissionHead, [string, string]>
  deskContents!: Table<DbDeskContent, [string, string]>
  deskFiles!: Table<DbDeskFile, [string, string, string]>
  deskDecisions!: EntityTable<DeskDecision, 'id'>
  deskReviews!: Table<DbDeskReviewRow, [string, string, string]>

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
    // Version 2: the managing body's review desk ("Đơn vị quản lý"), in tables of its own so the
    // school's data is untouched: campaigns, the roster of expected schools, submissions (the
    // small head apart from the content, so lists of thousands of schools stay light), the photos
    // and record that came with them, the decisions sent and the reviewer's rows. Only new
    // tables: no data moves.
    this.version(2).stores({
      deskCampaigns: 'id',
      deskRoster: 'id, campaignId',
      deskSubmissions: '[campaignId+sha256], campaignId, [campaignId+rosterId]',
      deskContents: '[campaignId+sha256]',
      deskFiles: '[campaignId+sha256+fileId], [campaignId+sha256]',
      deskDecisions: 'id, campaignId',
      deskReviews: '[campaignId+sha256+itemId], campaignId, [campaignId+sha256]',
    })
    // Version 3: no new tables; criteria-set versions longer than the limit every exchange file
    // holds them to (loaded before there was one) are shortened wherever they are named
    // (`shortenLongSetVersions`), so such a device can make backups again.
    this.version(3)
      .stores({})
      .upgrade((tx) => shortenLongSetVersions(tx))
  }
}
