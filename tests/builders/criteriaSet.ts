/**
 * Small synthetic criteria sets for tests. Tests never depend on the real sets' contents
 * (only tests/unit/criteria-sets.test.ts reads those, for invariants).
 */
import { setKey, type Band, type CriteriaSet, type CriteriaSetRow } from '@/domain'

export const band = (level: number, min: number, minInclusive: boolean, max: number, maxInclusive: boolean): Band => ({
  level,
  label: { vi: `Mức ${level}`, en: `Level ${level}` },
  min,
  minInclusive,
  max,
  maxInclusive,
})

/** 4725's group bands: < 50, 50–75, > 75 out of 100. */
export const bands4725 = (): Band[] => [band(1, 0, true, 50, false), band(2, 50, true, 75, true), band(3, 75, false, 100, true)]

/**
 * A two-group set shaped like 4725 but tiny:
 * - group A (max 100): condition A1; criterion A2 (max 100, bands < 20 / 20–40 / > 40) made of
 *   A2.1 (max 40, yes/no suggestion) and A2.2 (max 60, half points, percentage suggestion);
 * - group B (max 100 but known rows sum to 90): condition B1; criterion B2 = info B2.1 + points B2.2 (max 90).
 */
export function tinySet(overrides: Partial<CriteriaSet> = {}): CriteriaSet {
  return {
    format: 'chiso.criteria-set',
    formatVersion: 1,
    id: 'tiny',
    version: '1.0.0',
    title: { vi: 'Bộ tiêu chí thử', en: 'Test set' },
    legalBasis: { number: '1/QĐ-TEST', date: '2024-01-02', issuer: 'Bộ Thử' },
    schoolKinds: ['tieu-hoc'],
    status: { provenance: 'official', note: { vi: 'Bộ thử nghiệm' } },
    conditionRule: { effect: 'cap-level', capLevel: 1, provenance: 'inferred', note: { vi: 'Quy tắc của ứng dụng' } },
    summary: { rule: 'lowest-group-level', provenance: 'inferred', label: { vi: 'Mức chung' } },
    groups: [
      {
        id: 'A',
        title: { vi: 'Nhóm A' },
        provenance: 'official',
        max: 100,
        bands: bands4725(),
        criteria: [
          {
            id: 'A1',
            title: { vi: 'Điều kiện A' },
            provenance: 'official',
            items: [{ id: 'A1', kind: 'condition', text: { vi: 'Có kế hoạch' }, provenance: 'official' }],
          },
          {
            id: 'A2',
            title: { vi: 'Phần mềm' },
            provenance: 'official',
            max: 100,
            bands: [band(1, 0, true, 20, false), band(2, 20, true, 40, true), band(3, 40, false, 100, true)],
            items: [
              {
                id: 'A2.1',
                kind: 'points',
                text: { vi: 'Có phần mềm' },
                provenance: 'official',
                max: 40,
                step: 1,
                suggest: { from: 'yes-no', provenance: 'inferred' },
              },
              {
                id: 'A2.2',
                kind: 'points',
                text: { vi: 'Tỷ lệ giáo viên' },
                provenance: 'unofficial',
                max: 60,
                step: 0.5,
                suggest: { from: 'percentage', provenance: 'inferred' },
              },
            ],
          },
        ],
      },
      {
        id: 'B',
        title: { vi: 'Nhóm B' },
        provenance: 'official',
        max: 100,
        bands: bands4725(),
        note: { vi: 'Các dòng đã biết cộng được 90 trên 100 điểm' },
        criteria: [
          {
            id: 'B1',
            title: { vi: 'Điều kiện B' },
            provenance: 'unofficial',
            items: [{ id: 'B1', kind: 'condition', text: { vi: 'Có bộ phận phụ trách' }, provenance: 'unofficial' }],
          },
          {
            id: 'B2',
            title: { vi: 'Quản trị' },
            provenance: 'unofficial',
            items: [
              { id: 'B2.1', kind: 'info', text: { vi: 'Tên phần mềm' }, provenance: 'unofficial' },
              { id: 'B2.2', kind: 'points', text: { vi: 'Có phân hệ' }, provenance: 'unofficial', max: 90, step: 1 },
            ],
          },
        ],
      },
    ],
    ...overrides,
  }
}

/** A deep copy as plain JSON, to be broken on purpose by parse tests. */
export function tinySetJson(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(tinySet())) as Record<string, unknown>
}

/** The tiny set with its rows (and groups, criteria) renamed after `Object.prototype`'s members. */
export function hostileSet(): CriteriaSet {
  const ids = new Map([
    ['A', 'constructor'],
    ['B', 'valueOf'],
    ['A1', 'hasOwnProperty'],
    ['A2', 'toString'],
    ['A2.1', 'toString'],
    ['A2.2', 'valueOf'],
    ['B1', 'isPrototypeOf'],
    ['B2', 'propertyIsEnumerable'],
    ['B2.1', 'propertyIsEnumerable'],
    ['B2.2', 'constructor'],
  ])
  const rename = (id: string) => ids.get(id) ?? id
  const set = tinySet()
  return {
    ...set,
    groups: set.groups.map((g) => ({
      ...g,
      id: rename(g.id),
      criteria: g.criteria.map((c) => ({ ...c, id: rename(c.id), items: c.items.map((i) => ({ ...i, id: rename(i.id) })) })),
    })),
  }
}

/**
 * A small checklist set shaped like a school-portal list: one group of yes/no items worth one
 * point each (P1.a, P1.b, P2, P3), an optional unscored item (P4), and the `tt37-portal` record.
 */
export function portalSet(overrides: Partial<CriteriaSet> = {}): CriteriaSet {
  const yesNo = (id: string, text: string) => ({
    id,
    kind: 'points' as const,
    text: { vi: text },
    provenance: 'unofficial' as const,
    max: 1,
    step: 1 as const,
    suggest: { from: 'yes-no' as const, provenance: 'inferred' as const },
  })
  return {
    format: 'chiso.criteria-set',
    formatVersion: 1,
    id: 'portal-test',
    version: '1.0.0',
    title: { vi: 'Thông tin chủ yếu trên cổng thông tin điện tử của trường thử' },
    legalBasis: {
      number: '7/2020/TT-BTN',
      date: '2020-10-05',
      issuer: 'Bộ trưởng Bộ Thử nghiệm',
      title: { vi: 'Thông tư quy định về cổng thông tin điện tử của trường thử' },
    },
    schoolKinds: ['tieu-hoc', 'thcs'],
    status: { provenance: 'unofficial', note: { vi: 'Bộ thử: lời văn chưa đối chiếu.' } },
    rankBy: 'points',
    recordTemplate: 'tt37-portal',
    groups: [
      {
        id: 'P',
        title: { vi: 'Thông tin chủ yếu' },
        provenance: 'unofficial',
        max: 4,
        bands: [{ level: 1, label: { vi: 'Không chia mức' }, min: 0, minInclusive: true, max: 4, maxInclusive: true }],
        criteria: [
          {
            id: 'P1',
            title: { vi: 'Giới thiệu' },
            provenance: 'unofficial',
            items: [yesNo('P1.a', 'Sơ đồ, cơ cấu tổ chức'), yesNo('P1.b', 'Thông tin liên hệ')],
          },
          { id: 'P2', title: { vi: 'Tin tức' }, provenance: 'unofficial', items: [yesNo('P2', 'Tin tức, sự kiện')] },
          { id: 'P3', title: { vi: 'Tuyển sinh' }, provenance: 'unofficial', items: [yesNo('P3', 'Thông tin tuyển sinh')] },
          {
            id: 'P4',
            title: { vi: 'Quản lý trực tuyến (nếu có)' },
            provenance: 'unofficial',
            items: [{ id: 'P4', kind: 'info', text: { vi: 'Hệ thống quản lý trường học trực tuyến' }, provenance: 'unofficial' }],
          },
        ],
      },
    ],
    ...overrides,
  }
}

/** A set as the device stores one loaded from a file (`repos().criteriaSets.put`), for store and screen tests. */
export function storedSet(set: CriteriaSet): CriteriaSetRow {
  return {
    key: setKey({ setId: set.id, version: set.version }),
    setId: set.id,
    version: set.version,
    fileName: `${set.id}.json`,
    text: JSON.stringify(set),
    loadedAt: '2025-09-01T00:00:00.000Z',
  }
}
