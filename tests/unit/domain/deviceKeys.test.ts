import { describe, expect, it } from 'vitest'
import { EXCHANGE_META_PREFIX, LOCAL_KEYS, META, META_FAMILY } from '@/domain'

// These strings are stored on users' devices: a changed one would lose what is kept under it.
describe('device keys keep the strings already stored on devices', () => {
  it.each([
    [META.locale, 'settings.locale'],
    [META.persistAsked, 'storage.persistAsked'],
    [META.lastBackupAt, 'transfer.lastBackupAt'],
    [META.workspace, 'settings.workspace'],
    [META.deskUnit, 'desk.unit'],
    [META.deskCampaignId, 'desk.campaignId'],
    [META_FAMILY.receivedAssignment, 'transfer.assignment:'],
    [META_FAMILY.contributionImported, 'transfer.contribution:'],
    [META_FAMILY.keptDecisions, 'transfer.kept:'],
    [META_FAMILY.rankingSettings, 'desk.ranking:'],
    [LOCAL_KEYS.localeHint, 'chiso.locale'],
    [LOCAL_KEYS.formDraftPrefix, 'chiso.draft.'],
    [LOCAL_KEYS.inAppWarningDismissed, 'chiso.inAppWarningDismissed'],
  ])('%s', (key, stored) => {
    expect(key).toBe(stored)
  })

  it('puts exactly the exchange files\' keys under the exchange prefix', () => {
    const all = [...Object.values(META), ...Object.values(META_FAMILY)]
    const exchange = [META.lastBackupAt, META_FAMILY.receivedAssignment, META_FAMILY.contributionImported, META_FAMILY.keptDecisions]
    expect(all.filter((k) => k.startsWith(EXCHANGE_META_PREFIX)).sort()).toEqual([...exchange].sort())
  })

  it('gives no two values the same key', () => {
    const all = [...Object.values(META), ...Object.values(META_FAMILY), ...Object.values(LOCAL_KEYS)]
    expect(new Set(all).size).toBe(all.length)
  })
})
