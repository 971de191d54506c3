/**
 * Every key under which the app keeps a small value on the device, with the type of its value:
 * the database's `meta` table (read and written only through the repositories, which type each
 * read by this map) and the browser's localStorage (hints read before the database is open, and
 * form drafts).
 *
 * The key strings are stored on users' devices: never change one without moving its values in a
 * database upgrade. Each key starts with its concept's prefix (`settings.`, `storage.`, `desk.`, and
 * `EXCHANGE_META_PREFIX` for exchange files).
 */
import type { IsoDateTime } from './model'
import type { ReceivedAssignment } from './exchange/rows'
import type { UnitProfile } from './desk/campaign'
import type { RankingSettings } from './ranking/publish'

/**
 * Which side of the app this device works on: a school's self-assessment (`school`), or a managing
 * body's review desk (`desk`, "Đơn vị quản lý").
 */
export type Workspace = 'school' | 'desk'
export const WORKSPACES: readonly Workspace[] = ['school', 'desk']

/**
 * The prefix of every `meta` key that belongs to exchange files. It spells their former name,
 * `transfer`: the keys are already stored on users' devices, and renaming them would cost a
 * database upgrade and gain the user nothing.
 */
export const EXCHANGE_META_PREFIX = 'transfer.'
type ExchangeMetaKey = `${typeof EXCHANGE_META_PREFIX}${string}`

/** Single values in `meta`: key → type of the value. */
export interface MetaValues {
  /** The user's language; validated by the settings store when read. */
  'settings.locale': string
  /** Whether the app has asked once for persistent storage. */
  'storage.persistAsked': boolean
  /** When the last backup was made on (or restored onto) this device. */
  'transfer.lastBackupAt': IsoDateTime
  /** The workspace chosen on the first run or in settings; absent: not chosen yet. */
  'settings.workspace': Workspace
  /** The managing body this desk works for (desk workspace). */
  'desk.unit': UnitProfile
  /** The campaign the desk shows (desk workspace). */
  'desk.campaignId': string
}
export type MetaKey = keyof MetaValues

export const META = {
  locale: 'settings.locale',
  persistAsked: 'storage.persistAsked',
  lastBackupAt: 'transfer.lastBackupAt' satisfies ExchangeMetaKey,
  workspace: 'settings.workspace',
  deskUnit: 'desk.unit',
  deskCampaignId: 'desk.campaignId',
} as const satisfies Record<string, MetaKey>

/** Families of values in `meta`, one per id: the key is the prefix followed by the id. */
export interface MetaFamilies {
  /** The assignment received for an assessment (id), on a member's phone. */
  'transfer.assignment:': ReceivedAssignment
  /** When a contribution (package id) was first imported on this device. */
  'transfer.contribution:': IsoDateTime
  /** The principal's "keep mine" decisions on contributions to an assessment (id). */
  'transfer.kept:': string[]
  /** The classification rule and the notice's fields of a campaign's rankings (campaign id). */
  'desk.ranking:': RankingSettings
}
export type MetaFamily = keyof MetaFamilies

export const META_FAMILY = {
  receivedAssignment: 'transfer.assignment:' satisfies ExchangeMetaKey,
  contributionImported: 'transfer.contribution:' satisfies ExchangeMetaKey,
  keptDecisions: 'transfer.kept:' satisfies ExchangeMetaKey,
  rankingSettings: 'desk.ranking:',
} as const satisfies Record<string, MetaFamily>

/** Keys in the browser's localStorage (per browser profile, not backed up). */
export const LOCAL_KEYS = {
  /** A copy of the language, read synchronously so the first screen is drawn in it. */
  localeHint: 'chiso.locale',
  /** Followed by a form's name: what a small form holds before it is submitted. */
  formDraftPrefix: 'chiso.draft.',
  /** Set once the user has dismissed the warning about running inside Zalo's or Facebook's browser. */
  inAppWarningDismissed: 'chiso.inAppWarningDismissed',
} as const
