/** Every Vietnamese phrase of the accreditation self-evaluation report (`accreditation.ts`). */
import type { SchoolKind } from '../criteria/schema'

export const SCHOOL_KIND_NAMES: Readonly<Record<SchoolKind, string>> = {
  'mam-non': 'Trường mầm non',
  'tieu-hoc': 'Trường tiểu học',
  thcs: 'Trường trung học cơ sở',
  thpt: 'Trường trung học phổ thông',
  'lien-cap': 'Trường phổ thông có nhiều cấp học',
  gdtx: 'Cơ sở giáo dục thường xuyên',
}

export const ACCR = {
  name: 'Báo cáo tự đánh giá',
  title: 'BÁO CÁO TỰ ĐÁNH GIÁ',
  summary: (year: string) => `Tự đánh giá chất lượng giáo dục năm học ${year}`,
  recordTitle: (school: string, year: string) => `Báo cáo tự đánh giá năm học ${year} — ${school}`,
  to: (body: string) => `Kính gửi: ${body}.`,
  intro: (legal: string, setTitle: string, school: string, year: string) =>
    `Căn cứ ${legal} (${setTitle}), ${school} báo cáo kết quả tự đánh giá năm học ${year} như sau:`,
  part1: 'Phần I. CƠ SỞ DỮ LIỆU',
  part2: 'Phần II. TỰ ĐÁNH GIÁ',
  part3: 'Phần III. KẾT LUẬN',
  part4: 'Phần IV. PHỤ LỤC',
  dataName: (name: string) => `Tên trường: ${name}.`,
  dataKind: (kind: string) => `Loại hình: ${kind}.`,
  dataCode: (code: string) => `Mã trường: ${code}.`,
  dataPlace: (place: string) => `Địa chỉ: ${place}.`,
  dataManaging: (body: string) => `Cơ quan quản lý trực tiếp: ${body}.`,
  dataHead: (title: string, name: string) => `${title}: ${name}.`,
  standard: (id: string, title: string) => `Tiêu chuẩn ${id}: ${title}`,
  standardShort: (id: string) => `Tiêu chuẩn ${id}`,
  criterion: (id: string, title: string, mandatory: boolean) => `Tiêu chí ${id}: ${title}${mandatory ? ' (tiêu chí bắt buộc)' : ''}`,
  currentState: 'Mô tả hiện trạng',
  strengths: 'Điểm mạnh',
  weaknesses: 'Điểm yếu',
  improvement: 'Kế hoạch cải tiến chất lượng',
  evidenceLabel: 'Minh chứng: ',
  selfRating: 'Tự đánh giá',
  level: (n: number) => `Mức ${n}`,
  levelResult: (label: string, met: boolean) => `${label}: ${met ? 'Đạt' : 'Không đạt'}`,
  reached: (label: string) => `Đạt ${label}`,
  notReached: (label: string) => `Chưa đạt ${label}`,
  standardConclusion: (id: string) => `Kết luận về Tiêu chuẩn ${id}: `,
  countAt: (label: string, n: number, total: number) => `số tiêu chí đạt ${label}: ${n}/${total}`,
  tableStandard: 'Tiêu chuẩn',
  tableCriteria: 'Số tiêu chí',
  tableAt: (label: string) => `Đạt ${label}`,
  total: 'Tổng cộng',
  schoolResult: 'Kết quả tự đánh giá của nhà trường: ',
  mandatoryOpen: (ids: string) => `Tiêu chí bắt buộc chưa đạt Mức 1: ${ids}.`,
  proposals: 'Kiến nghị',
  evidenceList: 'Danh mục minh chứng',
  tableTitle: (n: number, name: string, year: string) => `Bảng ${n}. ${name}, năm học ${year}`,
  blank: '……………………………………………………………………………',
  blankShort: '……………………',
} as const

/** Phần I's tables (`statistics.ts`): titles, the first column's heading, rows and columns. */
export const STAT_WORDS = {
  tables: {
    classes: (kind: SchoolKind) => (kind === 'mam-non' ? 'Số nhóm, lớp và số trẻ' : kind === 'gdtx' ? 'Số lớp và số học viên' : 'Số lớp và số học sinh'),
    staff: () => 'Cán bộ quản lý, giáo viên, nhân viên',
    rooms: () => 'Phòng học và các khối phòng',
  },
  firstColumn: {
    classes: (kind: SchoolKind) => (kind === 'mam-non' ? 'Nhóm, lớp' : 'Khối lớp'),
    staff: () => 'Đội ngũ',
    rooms: () => 'Loại phòng',
  },
  row: (id: string): string => {
    const grade = /^g(\d+)$/.exec(id)?.[1]
    if (grade) return `Khối ${grade}`
    const rows: Record<string, string> = {
      nursery: 'Nhà trẻ',
      kindergarten: 'Mẫu giáo',
      managers: 'Cán bộ quản lý',
      teachers: 'Giáo viên',
      staff: 'Nhân viên',
      classrooms: 'Phòng học',
      functional: 'Phòng học bộ môn, phòng chức năng',
      admin: 'Phòng hành chính - quản trị',
    }
    return rows[id] ?? id
  },
  column: (id: string, kind: SchoolKind): string => {
    const columns: Record<string, string> = {
      classes: kind === 'mam-non' ? 'Số nhóm, lớp' : 'Số lớp',
      pupils: kind === 'mam-non' ? 'Số trẻ' : kind === 'gdtx' ? 'Số học viên' : 'Số học sinh',
      total: 'Tổng số',
      women: 'Nữ',
      qualified: 'Đạt chuẩn trình độ đào tạo trở lên',
      solid: 'Kiên cố',
      semiSolid: 'Bán kiên cố',
      temporary: 'Tạm',
    }
    return columns[id] ?? id
  },
  total: 'Tổng số',
  totalRow: 'Tổng cộng',
} as const
