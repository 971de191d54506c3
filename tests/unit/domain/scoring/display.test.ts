import { describe, expect, it } from 'vitest'
import { hasLevels, infoPrompt, isChecklistItem, levelTone, type Band, type Item } from '@/domain'
import { band, bands4725 } from '../../../builders/criteriaSet'

const yesNo = { from: 'yes-no', provenance: 'inferred' } as const
const condition: Item = { id: 'c', kind: 'condition', text: { vi: 'Có' }, provenance: 'official' }
const fact: Item = { id: 'i', kind: 'info', text: { vi: 'Tên' }, provenance: 'official' }
const points = (max: number, step: 1 | 0.5, suggest?: Extract<Item, { kind: 'points' }>['suggest']): Item => ({
  id: 'r',
  kind: 'points',
  text: { vi: 'Nội dung' },
  provenance: 'official',
  max,
  step,
  ...(suggest ? { suggest } : {}),
})

describe('isChecklistItem: a row whose yes/no decides its points is asked as met / not met', () => {
  it.each([
    ['1 point, whole points, yes/no', points(1, 1, yesNo), true],
    ['10 points, whole points, yes/no', points(10, 1, yesNo), false],
    ['1 point, half points, yes/no', points(1, 0.5, yesNo), false],
    ['0.5 point, half points, yes/no', points(0.5, 0.5, yesNo), true],
    ['1 point, no suggestion', points(1, 1), false],
    ['1 point, percentage', points(1, 1, { from: 'percentage', provenance: 'inferred' }), false],
    ['a condition', condition, false],
    ['a fact', fact, false],
  ])('%s → %s', (_, item, expected) => {
    expect(isChecklistItem(item)).toBe(expected)
  })
})

const one: Band[] = [{ ...band(1, 0, true, 9, true), label: { vi: 'Không chia mức' } }]
const five: Band[] = [1, 2, 3, 4, 5].map((l) => band(l, (l - 1) * 20, true, l * 20, l === 5))

describe('levelTone: the lowest level is to work on, the highest is good, one band rates nothing', () => {
  it.each([
    ['4725, level 1', bands4725(), 1, 'low'],
    ['4725, level 2', bands4725(), 2, 'mid'],
    ['4725, level 3', bands4725(), 3, 'high'],
    ['five levels, level 1', five, 1, 'low'],
    ['five levels, level 3', five, 3, 'mid'],
    ['five levels, level 4', five, 4, 'mid'],
    ['five levels, level 5', five, 5, 'high'],
    ['a single band', one, 1, 'none'],
    ['no level yet', bands4725(), null, 'none'],
  ] as const)('%s → %s', (_, bands, level, tone) => {
    expect(levelTone(bands, level)).toBe(tone)
  })

  it('a set with one band has no levels; 4725 has', () => {
    expect([hasLevels(one), hasLevels(bands4725()), hasLevels([])]).toEqual([false, true, false])
  })
})

describe('infoPrompt: what an information row asks the school to declare', () => {
  it.each([
    ['Triển khai hệ thống LMS (cung cấp thông tin: tên giải pháp, tự xây dựng/thuê/mua)', 'Tên giải pháp, tự xây dựng/thuê/mua'],
    ['Phần mềm quản lý thư viện (Thông tin: tên phần mềm)', 'Tên phần mềm'],
    ['Cổng thông tin (khai báo thông tin : địa chỉ trang web )', 'Địa chỉ trang web'],
    ['Mô tả hiện trạng', null],
    ['Hệ thống (LMS) của trường', null],
    ['Ghi chú (cung cấp thông tin: )', null],
  ] as const)('%s → %s', (text, expected) => {
    expect(infoPrompt(text)).toBe(expected)
  })
})
