/**
 * Default values for the record's editable fields, made from the school profile, the assessment and
 * its members. The principal edits them on the phone; `resolveRecordFields` lets the edits win.
 */
import type { CriteriaSet, SchoolKind } from '../criteria/schema'
import type { Assessment, IsoDate, Member, MemberRole, School } from '../model'
import type { RecordFields } from './fields'
import { cleanText, parseDate, shortDate, stripMarks, upper } from './text'

/** Document type codes of Nghị định 30/2020, Phụ lục III, used in the number and symbol. */
export const DOCUMENT_TYPE_CODES = { plan: 'KH', minutes: 'BB', report: 'BC', decision: 'QĐ' } as const
export type DocumentKind = keyof typeof DOCUMENT_TYPE_CODES

export const NUMBER_FIELDS = {
  plan: 'planNumber',
  minutes: 'minutesNumber',
  report: 'reportNumber',
  decision: 'decisionNumber',
} as const satisfies Record<DocumentKind, keyof RecordFields>

export const MEMBER_ROLE_TITLES: Record<MemberRole, string> = {
  principal: 'Hiệu trưởng',
  'vice-principal': 'Phó Hiệu trưởng',
  'group-leader': 'Tổ trưởng chuyên môn',
  teacher: 'Giáo viên',
  staff: 'Nhân viên',
}

const ROLE_ORDER: readonly MemberRole[] = ['principal', 'vice-principal', 'group-leader', 'teacher', 'staff']

/** The head's title: a continuing-education centre has a director, a school a principal. */
export function headTitle(kind: SchoolKind): string {
  return kind === 'gdtx' ? 'Giám đốc' : 'Hiệu trưởng'
}

// ---------------------------------------------------------------------------------------------
// School abbreviation
// ---------------------------------------------------------------------------------------------

/** A word ends here: no letter or digit follows (JS `\b` knows only ASCII letters). */
const END = '(?![\\p{L}\\p{N}])'
const AND = '\\s*(?:và|&|-|–)\\s*'

/** School-type prefixes, longest first, and their abbreviation; they may follow one another (PTDTBT TH&THCS …). */
const TYPE_PREFIXES: ReadonlyArray<readonly [RegExp, string]> = (
  [
    ['phổ thông dân tộc nội trú|ptdtnt', 'PTDTNT'],
    ['phổ thông dân tộc bán trú|ptdtbt', 'PTDTBT'],
    [`tiểu học${AND}trung học cơ sở|th${AND}thcs`, 'TH&THCS'],
    [`trung học cơ sở${AND}trung học phổ thông|thcs${AND}thpt`, 'THCS&THPT'],
    [`trung tâm giáo dục nghề nghiệp${AND}giáo dục thường xuyên|trung tâm gdnn${AND}gdtx|ttgdnn${AND}gdtx|gdnn${AND}gdtx`, 'TTGDNN-GDTX'],
    ['trung tâm giáo dục thường xuyên|trung tâm gdtx|ttgdtx|gdtx', 'TTGDTX'],
    ['trung học phổ thông|thpt', 'THPT'],
    ['trung học cơ sở|thcs', 'THCS'],
    ['tiểu học|th', 'TH'],
    ['mầm non|mn', 'MN'],
    ['mẫu giáo|mg', 'MG'],
    ['phổ thông|pt', 'PT'],
  ] as const
).map(([words, abbr]) => [new RegExp(`^(?:${words})${END}\\s*`, 'iu'), abbr] as const)

const KIND_PREFIX: Record<SchoolKind, string> = {
  'mam-non': 'MN',
  'tieu-hoc': 'TH',
  thcs: 'THCS',
  thpt: 'THPT',
  'lien-cap': '',
  gdtx: 'TTGDTX',
}

/**
 * The school's abbreviation for document symbols: the type prefix (TH, THCS, THPT, TH&THCS,
 * TTGDTX, …) and the initials of the rest of the name, without tone marks; numbers stay whole.
 * "Trường Tiểu học Văn Tràng" → "THVT", "Trường THCS Lê Quý Đôn" → "THCSLQĐ" (Đ is a letter, not a
 * mark, and official symbols keep it, as in BGDĐT). With no prefix in the name, the school kind gives it.
 */
export function schoolAbbreviation(name: string, kind?: SchoolKind): string {
  let rest = cleanText(name)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(new RegExp(`^trường${END}\\s*`, 'iu'), '')
  let prefix = ''
  for (let matched = true; matched; ) {
    matched = false
    for (const [re, abbr] of TYPE_PREFIXES) {
      const m = re.exec(rest)
      if (m) {
        prefix += abbr
        rest = rest.slice(m[0].length)
        matched = true
        break
      }
    }
  }
  if (prefix === '' && kind) prefix = KIND_PREFIX[kind]
  const initials = stripMarks(rest)
    .split(/[\s\-–&,.;:/]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w !== '')
    .map((w) => (/^\p{N}+$/u.test(w) ? w : (w[0] as string).toLocaleUpperCase('vi')))
    .join('')
  return prefix + initials
}

/** `…/KH-THVT`: the number is left for the clerk (văn thư) to write by hand when the document is issued. */
export function defaultDocumentNumber(kind: DocumentKind, abbreviation: string): string {
  return `…/${DOCUMENT_TYPE_CODES[kind]}${abbreviation ? `-${abbreviation}` : ''}`
}

/** Nghị định 30/2020: a number below 10 takes a leading zero ("05/KH-THVT"). */
const padNumber = (n: string) => n.replace(/^(\d)(?!\d)/u, '0$1')

/**
 * The number and symbol as printed after "Số:". A bare number ("12") gets the symbol added; a full
 * symbol is kept as typed; a number below 10 gets its leading zero; an empty field leaves the number
 * to be written by hand.
 */
export function documentNumber(value: string, kind: DocumentKind, abbreviation: string): string {
  const v = cleanText(value)
    .trim()
    .replace(/^số\s*:?\s*/iu, '')
  if (v === '' || v === '…' || v === '...') return defaultDocumentNumber(kind, abbreviation)
  const n = padNumber(v)
  return n.includes('/') ? n : `${n}/${DOCUMENT_TYPE_CODES[kind]}${abbreviation ? `-${abbreviation}` : ''}`
}

/** Whether the number is still left for the clerk to write by hand. */
export const numberBlank = (printed: string) => printed.startsWith('…')

// ---------------------------------------------------------------------------------------------
// Places and bodies
// ---------------------------------------------------------------------------------------------

const UNIT_PREFIX = /^(xã|phường|thị trấn|đặc khu|thị xã|thành phố|quận|huyện|tỉnh|tp\.?)\s+/iu

/** "Xã An Phú" → "An Phú": the place name in the date line; a numbered ward keeps its prefix ("Phường 1"). */
export function placeName(unit: string): string {
  const full = cleanText(unit).trim()
  const bare = full.replace(UNIT_PREFIX, '')
  return /^\p{N}+$/u.test(bare) ? full : bare
}

/** "An Phú" → "xã An Phú"; "Phường Bến Thành" → "phường Bến Thành": the unit as running text names it. */
function communeInText(commune: string): string {
  const c = cleanText(commune).trim()
  const m = UNIT_PREFIX.exec(c)
  return m ? `${(m[1] as string).toLocaleLowerCase('vi')} ${c.slice(m[0].length)}` : `xã ${c}`
}

/** Whether the school is run by the province (THPT, continuing education) rather than by the commune. */
function provinceLevel(school: School): boolean {
  if (school.kind === 'thpt' || school.kind === 'gdtx') return true
  return /thpt|trung học phổ thông|gdtx|giáo dục thường xuyên/iu.test(cleanText(school.name))
}

function provinceInText(province: string): string {
  const p = cleanText(province).trim()
  if (p === '') return ''
  return UNIT_PREFIX.test(p) ? p.replace(UNIT_PREFIX, (m) => m.toLocaleLowerCase('vi')) : `tỉnh ${p}`
}

/** The body the result is reported to: the school's own entry, else the usual one for its level. */
export function defaultManagingBody(school: School): string {
  const own = cleanText(school.managingBody).trim()
  if (own) return own
  if (provinceLevel(school)) return `Sở Giáo dục và Đào tạo ${provinceInText(school.province)}`.trim()
  if (school.commune.trim()) return `Phòng Văn hóa – Xã hội ${communeInText(school.commune)}`
  return ''
}

const abbreviateBody = (s: string) =>
  upper(s)
    .replace(/GIÁO DỤC VÀ ĐÀO TẠO/gu, 'GD&ĐT')
    .replace(/^ỦY BAN NHÂN DÂN|^UỶ BAN NHÂN DÂN/u, 'UBND')

/**
 * The governing body printed above the school's name (tên cơ quan chủ quản): the Sở or Phòng GD&ĐT
 * when that is the managing body, else the commune's People's Committee (since July 2025 communes
 * run primary and lower-secondary schools).
 */
export function defaultGoverningBody(school: School): string {
  const managing = cleanText(school.managingBody).trim()
  if (/^(sở|phòng giáo dục|phòng gd)/iu.test(managing)) return abbreviateBody(managing)
  if (provinceLevel(school)) {
    const p = placeName(school.province)
    return p ? `SỞ GD&ĐT ${upper(p)}` : managing ? abbreviateBody(managing) : ''
  }
  if (school.commune.trim()) return `UBND ${upper(communeInText(school.commune))}`
  return managing ? abbreviateBody(managing) : ''
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

export interface Attendee {
  name: string
  title: string
}

/** Members by role (principal first), then in the order they were added; the head is added when missing. */
export function attendeesOf(school: School, members: readonly Member[]): Attendee[] {
  const sorted = members
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.name.trim() !== '')
    .sort((a, b) => ROLE_ORDER.indexOf(a.m.role) - ROLE_ORDER.indexOf(b.m.role) || a.i - b.i)
    .map(({ m }) => ({
      name: cleanText(m.name).trim(),
      title: m.role === 'principal' ? headTitle(school.kind) : MEMBER_ROLE_TITLES[m.role],
    }))
  const head = cleanText(school.headName).trim()
  if (head && !sorted.some((a) => a.name === head)) sorted.unshift({ name: head, title: headTitle(school.kind) })
  return sorted
}

/** One attendee per line: "Nguyễn Văn A — Hiệu trưởng". */
export function attendeeLine(a: Attendee): string {
  return `${a.name} — ${a.title}`
}

/** Reads one attendee line back; a line without a dash is a name alone. */
export function parseAttendee(line: string): Attendee {
  const [name, ...title] = cleanText(line).split(/\s+[—–-]\s+/)
  return { name: (name ?? '').trim(), title: title.join(' – ').trim() }
}

// ---------------------------------------------------------------------------------------------
// The defaults
// ---------------------------------------------------------------------------------------------

/** "2025-2026" → 2026; a year alone is taken as the end year. */
export function schoolYearEnd(schoolYear: string): number | null {
  const years = schoolYear.match(/\d{4}/g)
  return years ? Number(years[years.length - 1]) : null
}

/** The phrase after "Bộ chỉ số đánh giá …" in the set's title, e.g. "mức độ chuyển đổi số". */
export function assessmentSubject(set: CriteriaSet): string {
  const title = cleanText(set.legalBasis.title?.vi ?? set.title.vi)
  const m = /^bộ (?:chỉ số|tiêu chí|tiêu chuẩn)(?: đánh giá)? (.+?)(?= của | đối với | dành cho |$)/iu.exec(title)
  return m ? (m[1] as string) : `theo ${cleanText(set.shortTitle?.vi ?? set.title.vi)}`
}

/** "Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo". */
export function legalBasisText(set: CriteriaSet): string {
  const number = cleanText(set.legalBasis.number)
  const type = /\/QĐ/u.test(number)
    ? 'Quyết định'
    : /\/TT/u.test(number)
      ? 'Thông tư'
      : /\/NĐ/u.test(number)
        ? 'Nghị định'
        : 'Văn bản'
  const date = set.legalBasis.date ? ` ngày ${shortDate(set.legalBasis.date)}` : ''
  return `${type} số ${number}${date} của ${cleanText(set.legalBasis.issuer)}`
}

export interface DefaultRecordInput {
  school: School
  assessment: Assessment
  set: CriteriaSet
  members: readonly Member[]
  /** The day the record is made; an approval dated after it is not taken as the decision's date. */
  today: IsoDate
  /**
   * What the principal entered so far: the generated text (the plan's timeline) follows the dates
   * she gave. Only the events are read from it.
   */
  stated?: Partial<RecordFields>
}

/** The dates of the record's events, in the order they happen: plan, meeting, report, decision. */
export const EVENT_DATE_KEYS = ['planDate', 'minutesDate', 'reportDate', 'decisionDate'] as const satisfies readonly (keyof RecordFields)[]

/** The plan's "Thời gian thực hiện", built from the dates; a date not entered prints "…/…/…" to fill by hand. */
export function timelineText(dates: Pick<RecordFields, (typeof EVENT_DATE_KEYS)[number]>, head: string, managing: string, deadline: string): string {
  const { planDate, minutesDate, reportDate, decisionDate } = dates
  const to = managing || 'cơ quan quản lý trực tiếp'
  const sameDay = parseDate(planDate) && planDate === minutesDate
  return [
    `- Ngày ${shortDate(planDate)}: ban hành kế hoạch, thành lập tổ công tác, phân công thành viên phụ trách từng tiêu chí.`,
    sameDay
      ? `- Ngày ${shortDate(planDate)}: các thành viên tự kiểm tra, thu thập minh chứng, chấm điểm các tiêu chí được phân công.`
      : `- Từ ngày ${shortDate(planDate)} đến ngày ${shortDate(minutesDate)}: các thành viên tự kiểm tra, thu thập minh chứng, chấm điểm các tiêu chí được phân công.`,
    `- Ngày ${shortDate(minutesDate)}: họp tổ công tác, thống nhất kết quả tự đánh giá, lập biên bản.`,
    `- Ngày ${shortDate(reportDate)}: hoàn thiện báo cáo kết quả tự đánh giá.`,
    `- Ngày ${shortDate(decisionDate)}: ${head} phê duyệt kết quả; báo cáo ${to} và cập nhật kết quả lên hệ thống cơ sở dữ liệu ngành trước ngày ${deadline}.`,
  ].join('\n')
}

/**
 * Sensible defaults for every field. No date is invented: the plan, meeting and report dates are
 * what the principal enters (blank until then, printed as a line to fill by hand); the decision's
 * date is the approval's, when it is not after `today`.
 */
export function defaultRecordFields(input: DefaultRecordInput): RecordFields {
  const { school, assessment, set, members, today, stated } = input
  const name = cleanText(school.name).trim()
  const abbr = schoolAbbreviation(name, school.kind)
  const managingBody = defaultManagingBody(school)
  const year = cleanText(assessment.schoolYear).trim()
  const endYear = schoolYearEnd(year)
  const deadline = endYear ? `31/5/${endYear}` : '31/5'

  const approvalDate = assessment.approval?.date && parseDate(assessment.approval.date) ? assessment.approval.date : ''
  const decisionDate = approvalDate && approvalDate <= today ? approvalDate : ''
  const statedDate = (k: (typeof EVENT_DATE_KEYS)[number], fallback: string) => {
    const v = stated?.[k]?.trim() ?? ''
    return v !== '' ? v : fallback
  }
  const dates = {
    planDate: statedDate('planDate', ''),
    minutesDate: statedDate('minutesDate', ''),
    reportDate: statedDate('reportDate', ''),
    decisionDate: statedDate('decisionDate', decisionDate),
  }

  const attendees = attendeesOf(school, members)
  const chair = cleanText(school.headName).trim() || (members.find((m) => m.role === 'principal')?.name ?? '')
  const secretary = members.find((m) => m.role !== 'principal' && cleanText(m.name).trim() !== cleanText(chair).trim())

  const approvedNumber = assessment.approval?.decisionNumber?.trim()
  const subject = assessmentSubject(set)
  const head = headTitle(school.kind)
  const setName = `Bộ chỉ số ban hành kèm theo ${legalBasisText(set)}`

  const fields: RecordFields = {
    governingBody: defaultGoverningBody(school),
    managingBody,
    place: placeName(school.commune) || placeName(school.province),
    schoolAbbreviation: abbr,
    planNumber: defaultDocumentNumber('plan', abbr),
    planDate: '',
    minutesNumber: defaultDocumentNumber('minutes', abbr),
    minutesDate: '',
    meetingStart: '',
    meetingEnd: '',
    meetingPlace: `Phòng họp ${name}`,
    attendees: attendees.map(attendeeLine).join('\n'),
    chair: cleanText(chair).trim(),
    secretary: secretary ? cleanText(secretary.name).trim() : '',
    // Asked, never guessed: many teams have no deputy, and a wrong name would be signed.
    deputyLead: '',
    reportNumber: defaultDocumentNumber('report', abbr),
    reportDate: '',
    decisionNumber: approvedNumber ? documentNumber(approvedNumber, 'decision', abbr) : defaultDocumentNumber('decision', abbr),
    decisionDate,
    signer: 'head',
    deputyName: cleanText(members.find((m) => m.role === 'vice-principal')?.name ?? '').trim(),
    recipients: [managingBody ? `- ${managingBody} (để báo cáo);` : '', '- Lưu: VT.'].filter(Boolean).join('\n'),
    purpose: [
      `- Đánh giá đúng thực trạng, mức độ chuyển đổi số của ${name} năm học ${year} theo ${setName}; làm căn cứ xây dựng kế hoạch, giải pháp đẩy mạnh chuyển đổi số trong dạy, học và quản trị nhà trường.`,
      `- Việc tự kiểm tra, đánh giá phải khách quan, trung thực, đúng quy trình; mỗi tiêu chí có minh chứng kèm theo.`,
      `- Kết quả tự đánh giá được ${head} phê duyệt, báo cáo ${managingBody || 'cơ quan quản lý trực tiếp'} và cập nhật lên hệ thống cơ sở dữ liệu ngành Giáo dục trước ngày ${deadline}.`,
    ].join('\n'),
    timeline: timelineText(dates, head, managingBody, deadline),
    opinions: '',
    votesFor: '',
    votesAgainst: '',
    votesAbstain: '',
    votesConfirmed: '',
    // Generated from the score by the template (`generated`); blank prints the generated text.
    strengths: '',
    weaknesses: '',
    directions: '',
    conclusion: `Tổ công tác thống nhất kết quả tự đánh giá ${subject} năm học ${year} như trên; đề nghị ${head} phê duyệt kết quả, báo cáo ${managingBody || 'cơ quan quản lý trực tiếp'} và cập nhật lên hệ thống cơ sở dữ liệu ngành theo quy định.`,
    difficulties: [
      '- Kinh phí đầu tư cho chuyển đổi số còn hạn chế; trang thiết bị công nghệ thông tin chưa đáp ứng đầy đủ nhu cầu dạy, học và quản lý.',
      '- Năng lực số của một bộ phận cán bộ, giáo viên, nhân viên chưa đồng đều.',
    ].join('\n'),
    proposals: [
      `- Đề nghị ${managingBody || 'cơ quan quản lý trực tiếp'} quan tâm bố trí kinh phí, bổ sung trang thiết bị phục vụ chuyển đổi số cho nhà trường.`,
      '- Tiếp tục tổ chức tập huấn, bồi dưỡng kỹ năng số cho cán bộ, giáo viên, nhân viên.',
      `- Nhà trường tập trung khắc phục các tiêu chí còn hạn chế trong năm học tiếp theo.`,
    ].join('\n'),
    teamDecision: 'no',
    teamDecisionNumber: defaultDocumentNumber('decision', abbr),
    teamDecisionDate: '',
    checklistDate: '',
    portalUrl: '',
    preparedBy: '',
    statistics: '',
    setReviewedAt: '',
    photoSizes: '',
  }
  return nfcFields(fields)
}

function nfcFields(f: RecordFields): RecordFields {
  const out = { ...f }
  for (const k of Object.keys(out) as (keyof RecordFields)[]) out[k] = cleanText(out[k])
  return out
}

/**
 * The fields the record uses: what the principal entered wins wherever it is not blank, the default
 * fills the rest. When only the abbreviation was edited, the default numbers take the new one.
 */
export function resolveRecordFields(defaults: RecordFields, overrides: Partial<RecordFields> | undefined): RecordFields {
  const out = { ...defaults }
  const given = (k: keyof RecordFields): string | null => {
    const v = overrides?.[k]
    return typeof v === 'string' && v.trim() !== '' ? v : null
  }
  for (const k of Object.keys(defaults) as (keyof RecordFields)[]) out[k] = given(k) ?? defaults[k]
  const abbr = given('schoolAbbreviation')
  if (abbr !== null && abbr.trim() !== defaults.schoolAbbreviation) {
    for (const key of [...Object.values(NUMBER_FIELDS), 'teamDecisionNumber'] as const) {
      const suffix = `-${defaults.schoolAbbreviation}`
      if (given(key) === null && defaults[key].endsWith(suffix))
        out[key] = `${defaults[key].slice(0, -suffix.length)}-${cleanText(abbr).trim()}`
    }
  }
  return nfcFields(out)
}
