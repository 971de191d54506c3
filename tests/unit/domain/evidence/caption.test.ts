import { describe, expect, it } from 'vitest'
import { CAPTION_TEXT_MAX, fileNamedEvidence, looksLikeFileName, photoCaption, type Evidence } from '@/domain'

describe('looksLikeFileName: titles a phone gave, not a person', () => {
  it.each([
    'IMG_20261117_101500',
    'IMG_20261117_101500.jpg',
    'Screenshot_20261118-091200',
    'Screenshot 2026-11-18 at 09.12.00',
    'PXL_20261117_101500123',
    'DSC01234',
    'DSCN0042.JPG',
    'received_1234567890',
    'zalo_1700000000000',
    'FB_IMG_1700000000000',
    'Ảnh chụp màn hình 2026-11-18 091200',
    '20261117_101500',
    '1700000000000',
    'a3f1c2d4-5b6e-7f80-91a2-b3c4d5e6f708',
    '  ',
  ])('%s', (title) => {
    expect(looksLikeFileName(title)).toBe(true)
  })

  it.each([
    'Phòng tin học tầng 2',
    'Kế hoạch ứng dụng CNTT năm học 2026-2027',
    'Ảnh minh chứng chỉ số 1.6.1 – Tỷ lệ giáo viên có tài khoản',
    'Quyết định 125/QĐ-THLVT ngày 05/9/2026',
    'Image of the projector in class 3A',
    'Máy chiếu lớp 20261117',
  ])('%s is words', (title) => {
    expect(looksLikeFileName(title)).toBe(false)
  })
})

describe('photoCaption: a new photo is titled from its indicator', () => {
  it('names the indicator and its text', () => {
    expect(photoCaption('1.6.1', 'Tỷ lệ giáo viên có tài khoản')).toBe('Ảnh minh chứng chỉ số 1.6.1 – Tỷ lệ giáo viên có tài khoản')
  })
  it('cuts a long text at a word and marks the cut', () => {
    const long = 'Hệ thống quản lý học tập có chức năng giao bài, chấm bài, theo dõi tiến độ và trao đổi với phụ huynh học sinh qua ứng dụng'
    const c = photoCaption('1.3.3', long)
    expect(c.endsWith('…')).toBe(true)
    expect(c.length).toBeLessThanOrEqual('Ảnh minh chứng chỉ số 1.3.3 – '.length + CAPTION_TEXT_MAX + 1)
    expect(long.startsWith(c.slice('Ảnh minh chứng chỉ số 1.3.3 – '.length, -1))).toBe(true)
  })
  it('without text, the indicator alone', () => {
    expect(photoCaption('2.1', ' ')).toBe('Ảnh minh chứng chỉ số 2.1')
  })
  it('is never mistaken for a file name', () => {
    expect(looksLikeFileName(photoCaption('1.7.1', 'Phòng học có máy chiếu'))).toBe(false)
  })
})

describe('fileNamedEvidence: what to rename before the record is made', () => {
  const e = (code: string, title: string, kind: Evidence['kind'] = 'photo'): Evidence => ({
    id: code,
    assessmentId: 'a',
    code,
    title,
    kind,
    itemIds: ['1.1'],
    addedAt: 'x',
    updatedAt: 'x',
  })
  it('lists photos and documents named like a file or by their bare code, not links or paper', () => {
    const list = [
      e('MC1.1.01', 'IMG_20261117_101500'),
      e('MC1.1.02', 'Phòng tin học'),
      e('MC1.1.03', 'MC1.1.03', 'document'),
      e('MC1.1.04', '20261117_101500', 'link'),
      e('MC1.1.05', 'Screenshot_20261118-091200', 'document'),
    ]
    expect(fileNamedEvidence(list).map((x) => x.code)).toEqual(['MC1.1.01', 'MC1.1.03', 'MC1.1.05'])
  })
})
