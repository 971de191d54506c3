/**
 * The example filled into the spreadsheet template ("Tải mẫu Excel"): a small set that uses every
 * kind of row, a suggestion and level bands, so an author sees each column used once. It is plainly
 * an example, not a real form: its status says so and its id is `vi-du`.
 */
import type { CriteriaSet } from './schema'

const band = (level: number, vi: string, min: number, minInclusive: boolean, max: number, maxInclusive: boolean) => ({
  level,
  label: { vi },
  min,
  minInclusive,
  max,
  maxInclusive,
})

export function templateExampleSet(): CriteriaSet {
  return {
    format: 'chiso.criteria-set',
    formatVersion: 1,
    id: 'vi-du',
    version: '1.0.0',
    title: { vi: 'Ví dụ: Tiêu chí đánh giá trang thông tin điện tử của trường (thay bằng bộ của đơn vị)' },
    shortTitle: { vi: 'Ví dụ bộ tiêu chí' },
    legalBasis: {
      number: '01/KH-VIDU',
      date: '2025-09-05',
      issuer: 'Tên đơn vị ban hành (ví dụ)',
    },
    schoolKinds: ['tieu-hoc', 'thcs'],
    status: {
      provenance: 'inferred',
      note: { vi: 'Đây là ví dụ để điền mẫu, không phải bộ tiêu chí có thật. Hãy thay bằng nội dung của văn bản.' },
    },
    conditionRule: {
      effect: 'flag',
      provenance: 'inferred',
      note: { vi: 'Ví dụ: điều kiện chưa đạt chỉ được đánh dấu, không hạ mức.' },
    },
    rankBy: 'points',
    sources: [{ id: 'S1', title: 'Văn bản của đơn vị ban hành (ví dụ)', weight: 'ví dụ' }],
    groups: [
      {
        id: '1',
        title: { vi: 'Trang thông tin điện tử của trường' },
        provenance: 'inferred',
        max: 10,
        sources: ['S1'],
        bands: [
          band(1, 'Chưa đạt', 0, true, 5, false),
          band(2, 'Đạt', 5, true, 8, false),
          band(3, 'Tốt', 8, true, 10, true),
        ],
        criteria: [
          {
            id: '1.1',
            title: { vi: 'Có trang thông tin điện tử' },
            provenance: 'inferred',
            items: [
              {
                id: '1.1',
                kind: 'condition',
                text: { vi: 'Trường có trang thông tin điện tử đang hoạt động' },
                provenance: 'inferred',
                evidenceNote: { vi: 'Liên kết ngoài' },
              },
            ],
          },
          {
            id: '1.2',
            title: { vi: 'Nội dung trên trang' },
            provenance: 'inferred',
            items: [
              {
                id: '1.2.1',
                kind: 'points',
                text: { vi: 'Có mục công khai theo quy định', en: 'Has a public-disclosure section' },
                provenance: 'inferred',
                max: 5,
                step: 1,
                suggest: { from: 'yes-no', provenance: 'inferred' },
              },
              {
                id: '1.2.2',
                kind: 'points',
                text: { vi: 'Tỷ lệ giáo viên có bài đăng trong năm học' },
                provenance: 'inferred',
                max: 5,
                step: 0.5,
                guidance: { vi: 'Điểm gợi ý = tỷ lệ × 5, làm tròn đến 0,5.' },
                suggest: {
                  from: 'percentage',
                  provenance: 'inferred',
                  count: { part: { vi: 'Số giáo viên có bài đăng' }, of: 'teachers' },
                },
              },
              { id: '1.2.3', kind: 'info', text: { vi: 'Địa chỉ trang thông tin điện tử' }, provenance: 'inferred' },
            ],
          },
        ],
      },
    ],
  }
}
