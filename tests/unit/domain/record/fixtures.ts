/**
 * A tiny criteria set and a school built for the record tests (not the real 4725 file):
 * two groups of 20 points; group 2's known rows sum to 18 of 20, as 4725's group 2 sums to 90 of 100.
 */
import {
  buildRecordModel,
  defaultRecordFields,
  resolveRecordFields,
  type RecordFields,
  type RecordModel,
} from '@/domain/record'
import { parseCriteriaSet } from '@/domain/criteria/parse'
import type { CriteriaSet } from '@/domain/criteria/schema'
import type { Answer, Assessment, Evidence, Member, School } from '@/domain/model'
import { scoreAssessment, type AnswerValue, type AssessmentScore } from '@/domain/scoring/score'

const bands = (max: number, lo: number, hi: number) => [
  { level: 1, label: { vi: 'Mức 1 — Chưa đáp ứng' }, min: 0, minInclusive: true, max: lo, maxInclusive: false },
  { level: 2, label: { vi: 'Mức 2 — Đáp ứng cơ bản' }, min: lo, minInclusive: true, max: hi, maxInclusive: true },
  { level: 3, label: { vi: 'Mức 3 — Đáp ứng tốt' }, min: hi, minInclusive: false, max, maxInclusive: true },
]

const RAW_SET = {
  format: 'chiso.criteria-set',
  formatVersion: 1,
  id: 'mini-set',
  version: '1.0.0',
  title: { vi: 'Bộ chỉ số đánh giá mức độ chuyển đổi số của trường thử nghiệm' },
  legalBasis: {
    number: '99/QĐ-BTN',
    date: '2022-12-30',
    issuer: 'Bộ trưởng Bộ Thử nghiệm',
    title: { vi: 'Bộ chỉ số đánh giá mức độ chuyển đổi số của trường thử nghiệm' },
  },
  schoolKinds: ['tieu-hoc', 'thcs'],
  status: { provenance: 'unofficial', note: { vi: 'Bảng thử: nhóm 2 chỉ cộng được 18 của 20 điểm.' } },
  conditionRule: {
    effect: 'cap-level',
    capLevel: 1,
    provenance: 'inferred',
    note: { vi: 'Quy tắc của ứng dụng: nhóm có điều kiện bắt buộc chưa đạt chỉ được xếp tối đa Mức 1.' },
  },
  summary: {
    rule: 'lowest-group-level',
    provenance: 'inferred',
    label: { vi: 'Mức chung (tóm tắt của ứng dụng: mức thấp hơn của hai nhóm)' },
  },
  groups: [
    {
      id: '1',
      title: { vi: 'Chuyển đổi số trong dạy, học' },
      provenance: 'official',
      max: 20,
      bands: bands(20, 10, 15),
      criteria: [
        {
          id: '1.1',
          title: { vi: 'Có kế hoạch dạy học trực tuyến' },
          provenance: 'official',
          items: [{ id: '1.1', kind: 'condition', text: { vi: 'Có kế hoạch dạy học trực tuyến' }, provenance: 'official' }],
        },
        {
          id: '1.2',
          title: { vi: 'Triển khai phần mềm dạy học:' },
          provenance: 'official',
          max: 10,
          bands: [
            { level: 1, label: { vi: 'Mức 1: dưới 4 điểm' }, min: 0, minInclusive: true, max: 4, maxInclusive: false },
            { level: 2, label: { vi: 'Mức 2: từ 4 - 7 điểm' }, min: 4, minInclusive: true, max: 7, maxInclusive: true },
            { level: 3, label: { vi: 'Mức 3: trên 7 điểm' }, min: 7, minInclusive: false, max: 10, maxInclusive: true },
          ],
          items: [
            { id: '1.2.1', kind: 'points', text: { vi: 'Phần mềm dạy trực tuyến' }, provenance: 'translated', max: 4 },
            { id: '1.2.2', kind: 'info', text: { vi: 'Tên hệ thống LMS' }, provenance: 'translated' },
            { id: '1.2.3', kind: 'points', text: { vi: 'LMS giao bài tự học' }, provenance: 'unofficial', max: 6 },
          ],
        },
        {
          id: '1.3',
          title: { vi: 'Học liệu số' },
          provenance: 'unofficial',
          items: [{ id: '1.3', kind: 'points', text: { vi: 'Học liệu số' }, provenance: 'unofficial', max: 10, step: 0.5 }],
        },
      ],
    },
    {
      id: '2',
      title: { vi: 'Chuyển đổi số trong quản trị' },
      provenance: 'official',
      max: 20,
      bands: bands(20, 10, 15),
      note: { vi: 'Các dòng đã biết chỉ cộng được 18 của 20 điểm.' },
      criteria: [
        {
          id: '2.1',
          title: { vi: 'Có bộ phận phụ trách chuyển đổi số' },
          provenance: 'unofficial',
          items: [
            { id: '2.1', kind: 'condition', text: { vi: 'Có bộ phận phụ trách chuyển đổi số' }, provenance: 'unofficial' },
          ],
        },
        {
          id: '2.2',
          title: { vi: 'Phần mềm quản trị' },
          provenance: 'unofficial',
          items: [
            { id: '2.2.1', kind: 'points', text: { vi: 'Sổ điểm điện tử' }, provenance: 'unofficial', max: 8 },
            { id: '2.2.2', kind: 'points', text: { vi: 'Quản lý đội ngũ' }, provenance: 'unofficial', max: 4 },
          ],
        },
        {
          id: '2.3',
          title: { vi: 'Thu phí không dùng tiền mặt' },
          provenance: 'inferred',
          items: [{ id: '2.3', kind: 'points', text: { vi: 'Thu phí không dùng tiền mặt' }, provenance: 'inferred', max: 6 }],
        },
      ],
    },
  ],
}

export function miniSet(): CriteriaSet {
  const parsed = parseCriteriaSet(structuredClone(RAW_SET))
  if (!parsed.ok) throw new Error(`fixture set is invalid: ${JSON.stringify(parsed.errors)}`)
  return parsed.value
}

export const TODAY = '2026-05-12'
const T = '2026-04-01T02:00:00.000Z'

export function school(over: Partial<School> = {}): School {
  return {
    id: 's1',
    name: 'Trường Tiểu học Văn Tràng',
    code: '31000001',
    kind: 'tieu-hoc',
    province: 'Hải Phòng',
    commune: 'Xã An Phú',
    managingBody: 'Phòng Văn hóa – Xã hội xã An Phú',
    headName: 'Nguyễn Thị Lan',
    createdAt: T,
    updatedAt: T,
    ...over,
  }
}

export function assessment(over: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a1',
    schoolId: 's1',
    setId: 'mini-set',
    version: '1.0.0',
    schoolYear: '2025-2026',
    status: 'draft',
    revision: 1,
    record: {},
    createdAt: T,
    updatedAt: T,
    ...over,
  }
}

export function member(id: string, name: string, role: Member['role'], itemIds: string[] = []): Member {
  return { id, assessmentId: 'a1', name, role, itemIds, createdAt: T }
}

export const MEMBERS: Member[] = [
  member('m2', 'Trần Văn Bình', 'teacher', ['1.2.1', '1.2.3', '1.3']),
  member('m1', 'Nguyễn Thị Lan', 'principal'),
  member('m3', 'Lê Thu Hà', 'vice-principal', ['2.1', '2.2.1', '2.2.2', '2.3']),
]

export function evidence(id: string, code: string, over: Partial<Evidence> = {}): Evidence {
  return {
    id,
    assessmentId: 'a1',
    code,
    title: `Minh chứng ${code}`,
    kind: 'document',
    itemIds: [],
    addedAt: '2026-04-10T03:00:00.000Z',
    updatedAt: '2026-04-10T03:00:00.000Z',
    ...over,
  }
}

export const photo = (id: string, code: string, title: string, itemIds: string[]): Evidence =>
  evidence(id, code, {
    title,
    kind: 'photo',
    itemIds,
    capturedAt: '2026-04-20T20:30:00.000Z',
    file: { id: `f-${id}`, mime: 'image/jpeg', size: 1000, width: 64, height: 48, name: `${code}.jpg` },
  })

/** Every row answered at its best: 20/20 in both groups' known rows, conditions met. */
export const FULL: Record<string, AnswerValue> = {
  '1.1': true,
  '1.2.1': 4,
  '1.2.2': 'K12Online',
  '1.2.3': 6,
  '1.3': 10,
  '2.1': true,
  '2.2.1': 8,
  '2.2.2': 4,
  '2.3': 6,
}

export function answersOf(values: Record<string, AnswerValue>): Answer[] {
  return Object.entries(values).map(([itemId, value]) => ({
    assessmentId: 'a1',
    itemId,
    value,
    note: '',
    updatedAt: T,
  }))
}

export interface Scenario {
  school?: School
  assessment?: Assessment
  members?: Member[]
  evidence?: Evidence[]
  answers?: Record<string, AnswerValue>
  overrides?: Partial<RecordFields>
  today?: string
}

export function build(s: Scenario = {}): { model: RecordModel; score: AssessmentScore; fields: RecordFields } {
  const set = miniSet()
  const sch = s.school ?? school()
  const asm = s.assessment ?? assessment()
  const members = s.members ?? MEMBERS
  const values = s.answers ?? FULL
  const score = scoreAssessment(set, values)
  const stated = s.overrides ?? asm.record
  const defaults = defaultRecordFields({ school: sch, assessment: asm, set, members, today: s.today ?? TODAY, stated })
  const fields = resolveRecordFields(defaults, stated)
  const model = buildRecordModel({
    school: sch,
    assessment: asm,
    set,
    answers: answersOf(values),
    evidence: s.evidence ?? [],
    members,
    fields,
    score,
    lang: 'vi',
  })
  return { model, score, fields }
}

/** The events' dates as a clerk enters them on the card "Mốc thời gian". */
export const DATES = { planDate: '2026-04-01', minutesDate: '2026-05-08', reportDate: '2026-05-11', decisionDate: '2026-05-12' } as const

/** Phrases of the app's own doubts about its criteria table; none may reach a signed document. */
export const CAVEAT_PHRASES = [
  'ứng dụng',
  'Lưu ý về bộ chỉ số',
  'Ký hiệu:',
  'Mức chung',
  'các dòng đã biết',
  'Các dòng đã biết',
  'đối chiếu với văn bản',
  'nguồn không chính thức',
  'bản dịch',
  'suy luận',
  '†',
  '‡',
  '*',
]
