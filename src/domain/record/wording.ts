/**
 * Every phrase the record prints, in one place a reviewer can read from top to bottom. The
 * documents (`sections/*.ts`) and tables (`tables.ts`) only choose and fill these; they write no
 * Vietnamese of their own. Data (set titles, school names, the principal's own text) comes in
 * through the arguments.
 */
import type { EvidenceKind } from '../model'

// ---------------------------------------------------------------------------------------------
// The form (Nghị định 30/2020/NĐ-CP, Phụ lục I)
// ---------------------------------------------------------------------------------------------

export const NATIONAL_MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] as const

export const W = {
  number: (symbol: string) => `Số: ${symbol}`,
  recipients: 'Nơi nhận:',
  /** "KT. HIỆU TRƯỞNG" over "PHÓ HIỆU TRƯỞNG": the deputy signs for the head. */
  signsFor: (head: string) => `KT. ${head}`,
  deputy: (head: string) => `PHÓ ${head}`,
  recipientsToTeam: '- Tổ công tác (để thực hiện);',
  recipientsAsArticle3: '- Như Điều 3;',
  blankName: '……………………',
  blankPlace: '……………………',

  // -------------------------------------------------------------------------------------------
  // Results in words
  // -------------------------------------------------------------------------------------------
  noLevel: 'Chưa xếp được mức',
  levelOf: (level: number) => `Mức ${level}`,
  cappedReason: 'do điều kiện bắt buộc chưa đạt',
  provisionalReason: (unanswered: number) => `tạm tính, còn ${unanswered} chỉ số chưa chấm`,
  groupName: (id: string, title: string) => `Nhóm ${id}: ${title}`,
  groupShort: (id: string) => `Nhóm ${id}`,
  groupResult: (name: string, points: string) => [`${name}: `, `đạt ${points} điểm, xếp `] as const,
  unmetCondition: (itemId: string, text: string) => `Điều kiện bắt buộc ${itemId} (${text}) chưa đạt.`,
  pendingCondition: (itemId: string, text: string) => `Điều kiện bắt buộc ${itemId} (${text}) chưa được đánh giá.`,
  conditionsMet: (groupId: string) => `Các điều kiện bắt buộc của nhóm ${groupId}: đạt.`,
  provisional: (unanswered: number, total: number) => `Kết quả còn tạm tính: ${unanswered}/${total} chỉ số chưa được chấm.`,
  invalidAnswers: (n: number) => `${n} câu trả lời không hợp lệ không được tính điểm.`,
  strength: (id: string, title: string, points: string) => `Tiêu chí ${id} (${title}): đạt ${points} điểm.`,
  allConditionsMet: (groupId: string) => `Đáp ứng đầy đủ các điều kiện bắt buộc của nhóm ${groupId}.`,
  noStrength: (percent: number) => `Chưa có tiêu chí nào đạt từ ${percent}% điểm tối đa trở lên.`,
  weakness: (id: string, title: string, points: string, gap: string) =>
    `Tiêu chí ${id} (${title}): đạt ${points} điểm, còn thiếu ${gap} điểm.`,
  noWeakness: 'Không có tiêu chí nào còn thiếu điểm.',

  // Level bands
  bandBelow: (hi: string) => `dưới ${hi} điểm`,
  bandUpTo: (hi: string) => `đến ${hi} điểm`,
  bandFromOn: (lo: string) => `từ ${lo} điểm trở lên`,
  bandAbove: (lo: string) => `trên ${lo} điểm`,
  bandFrom: (lo: string) => `từ ${lo}`,
  bandAboveLow: (lo: string) => `trên ${lo}`,
  bandToIncl: (hi: string) => `đến ${hi} điểm`,
  bandToExcl: (hi: string) => `đến dưới ${hi} điểm`,
  band: (label: string, range: string) => `${label}: ${range}`,
  levelRuleAll: (bands: string) => `Mỗi nhóm được xếp mức theo tổng điểm của nhóm: ${bands}.`,
  levelRuleGroup: (id: string, bands: string) => `Nhóm ${id} được xếp mức theo tổng điểm của nhóm: ${bands}.`,
  groupBandsLabel: (id: string) => `Mức độ nhóm ${id}: `,

  // -------------------------------------------------------------------------------------------
  // Tables
  // -------------------------------------------------------------------------------------------
  valueNone: '—',
  valueInvalid: 'Không hợp lệ',
  conditionMet: 'Đạt',
  conditionUnmet: 'Chưa đạt',
  conditionPending: 'Chưa đánh giá',
  mandatory: 'Điều kiện bắt buộc',
  infoAnswer: (answer: string) => `Thông tin: ${answer}`,
  infoMissing: 'Thông tin: chưa khai',
  groupTotal: (id: string) => `Tổng điểm nhóm ${id}`,
  scoreHeader: ['Mã', 'Tiêu chí, nội dung', 'Điểm', 'Tối đa', 'Ghi chú, mức độ, minh chứng'],
  criterionHeader: ['Tiêu chí', 'Nội dung', 'Điểm', 'Tối đa', 'Ghi chú, mức độ'],
  groupHeader: ['Nhóm tiêu chí', 'Điểm', 'Tối đa', 'Mức độ'],
  evidenceHeader: ['TT', 'Mã', 'Tên minh chứng', 'Loại', 'Chỉ số', 'Ngày'],
  noEvidence: 'Chưa có minh chứng nào được ghi nhận.',
  paperNumber: (n: string) => `Số ${n}`,
  paperDate: (d: string) => `ngày ${d}`,
  teamHeader: ['TT', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ', 'Tiêu chí phụ trách'],
  teamLeader: 'Tổ trưởng',
  teamDeputy: 'Phó tổ trưởng',
  teamSecretary: 'Thư ký',
  teamMember: 'Thành viên',
  teamLeaderDuty: 'Chỉ đạo chung',
  photoMissing: '(Không tải được ảnh)',
} as const

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  photo: 'Ảnh chụp',
  document: 'Tệp văn bản',
  link: 'Liên kết',
  paper: 'Văn bản giấy',
}

// ---------------------------------------------------------------------------------------------
// The documents
// ---------------------------------------------------------------------------------------------

/** Words shared by the documents: the school, the year, the set and its legal basis. */
export interface Subject {
  /** "Trường Tiểu học Văn Tràng". */
  name: string
  year: string
  /** "mức độ chuyển đổi số". */
  subject: string
  /** "Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo". */
  legal: string
  setTitle: string
  /** The title with where it comes from. */
  setRef: string
  /** "Hiệu trưởng". */
  head: string
}

export const PLAN = {
  name: (s: Subject) => `Kế hoạch tự kiểm tra, đánh giá ${s.subject}`,
  title: 'KẾ HOẠCH',
  summary: (s: Subject) => `Tự kiểm tra, đánh giá ${s.subject} năm học ${s.year}`,
  basisSet: (s: Subject) => `Căn cứ ${s.legal} ban hành ${s.setTitle};`,
  basisSituation: 'Căn cứ tình hình thực tế của nhà trường,',
  intro: (s: Subject) =>
    `${s.name} xây dựng Kế hoạch tự kiểm tra, đánh giá ${s.subject} năm học ${s.year} như sau:`,
  purposeHeading: 'I. MỤC ĐÍCH, YÊU CẦU',
  scopeHeading: 'II. PHẠM VI, NỘI DUNG',
  scope: (s: Subject, groups: number) =>
    `Tự kiểm tra, đánh giá toàn bộ các tiêu chí của ${s.setRef}, gồm ${groups} nhóm tiêu chí:`,
  groupLine: (name: string, criteria: number, max: string) => `${name} (${criteria} tiêu chí, tối đa ${max} điểm).`,
  timelineHeading: 'III. THỜI GIAN THỰC HIỆN',
  teamHeading: 'IV. TỔ CÔNG TÁC VÀ PHÂN CÔNG NHIỆM VỤ',
  teamLater: 'Danh sách tổ công tác được bổ sung sau.',
  recordHeading: 'V. HỒ SƠ TỰ ĐÁNH GIÁ',
  recordItems: (s: Subject) => [
    `Kế hoạch tự kiểm tra, đánh giá ${s.subject};`,
    'Biên bản tự kiểm tra, đánh giá;',
    'Báo cáo kết quả tự đánh giá;',
    `Quyết định phê duyệt kết quả tự đánh giá của ${s.head};`,
    'Phụ lục: bảng điểm tự đánh giá, danh mục minh chứng và ảnh minh chứng.',
  ],
  closing: (s: Subject) =>
    `Trên đây là Kế hoạch tự kiểm tra, đánh giá ${s.subject} năm học ${s.year} của ${s.name}. Đề nghị các thành viên tổ công tác nghiêm túc thực hiện./.`,
} as const

export const MINUTES = {
  name: 'Biên bản tự kiểm tra, đánh giá',
  title: 'BIÊN BẢN',
  summary: (s: Subject) => `Tự kiểm tra, đánh giá ${s.subject} năm học ${s.year}`,
  timePlaceHeading: 'I. THỜI GIAN, ĐỊA ĐIỂM',
  time: 'Thời gian: ',
  startsAt: (hour: string, date: string) => `Bắt đầu vào hồi ${hour}, ${date}.`,
  place: 'Địa điểm: ',
  attendeesHeading: 'II. THÀNH PHẦN',
  chair: 'Chủ trì: ',
  deputyLead: 'Phó tổ trưởng: ',
  secretary: 'Thư ký: ',
  attendees: 'Thành viên tham dự: ',
  attendeeCount: (n: number) => `${n} người, gồm:`,
  withTitle: (name: string, title: string) => `${name} — ${title}`,
  contentHeading: 'III. NỘI DUNG',
  content: (s: Subject, evidence: number) =>
    `Tổ công tác đã tự kiểm tra, đánh giá ${s.subject} năm học ${s.year} của ${s.name} theo ${s.setRef}, đối chiếu từng tiêu chí với minh chứng (${evidence} minh chứng). Kết quả như sau:`,
  byCriterion: '1. Kết quả theo tiêu chí',
  byGroup: '2. Kết quả theo nhóm tiêu chí',
  opinionsHeading: '3. Ý kiến của các thành viên',
  /** Two dotted lines for the secretary to write the opinions by hand. */
  opinionsByHand: ['………………………………………………………………………………………………', '………………………………………………………………………………………………'],
  conclusionHeading: 'IV. KẾT LUẬN',
  /** "Biểu quyết: 10/12 thành viên dự họp nhất trí …; 1/12 không nhất trí; 1/12 không biểu quyết." */
  vote: (agreed: string, present: string, against = 0, abstain = 0) =>
    `Biểu quyết: ${agreed}/${present} thành viên dự họp nhất trí với kết quả tự đánh giá${against > 0 ? `; ${against}/${present} thành viên không nhất trí` : ''}${abstain > 0 ? `; ${abstain}/${present} thành viên không biểu quyết` : ''}.`,
  closing: (endHour: string) =>
    `Cuộc họp kết thúc vào hồi ${endHour} cùng ngày. Biên bản đã được thông qua trước các thành viên dự họp và cùng ký tên./.`,
  secretaryTitle: 'THƯ KÝ',
  chairTitle: 'CHỦ TRÌ',
} as const

export const REPORT = {
  name: 'Báo cáo kết quả tự đánh giá',
  title: 'BÁO CÁO',
  summary: (s: Subject) => `Kết quả tự đánh giá ${s.subject} năm học ${s.year}`,
  to: (body: string) => `Kính gửi: ${body}.`,
  intro: (s: Subject) =>
    `Thực hiện ${s.legal} ban hành ${s.setTitle}, ${s.name} báo cáo kết quả tự đánh giá ${s.subject} năm học ${s.year} như sau:`,
  workHeading: 'I. CÔNG TÁC TRIỂN KHAI',
  workPlan: (s: Subject, number: string, date: string) =>
    `Ban hành Kế hoạch số ${number} ngày ${date} về tự kiểm tra, đánh giá ${s.subject} năm học ${s.year}.`,
  workTeam: (members: number) =>
    `Thành lập tổ công tác gồm ${members} thành viên; phân công thành viên phụ trách từng tiêu chí.`,
  workEvidence: (evidence: number, photos: number) =>
    `Thu thập, đối chiếu ${evidence} minh chứng${photos > 0 ? `, trong đó có ${photos} ảnh chụp` : ''}.`,
  workMeeting: (date: string, number: string) =>
    `Ngày ${date}, tổ công tác họp thống nhất kết quả tự đánh giá (Biên bản số ${number}).`,
  resultsHeading: 'II. KẾT QUẢ TỰ ĐÁNH GIÁ',
  strengthsHeading: '1. Điểm mạnh',
  weaknessesHeading: '2. Điểm yếu, hạn chế (các tiêu chí còn thiếu nhiều điểm nhất)',
  directionsHeading: 'III. PHƯƠNG HƯỚNG, GIẢI PHÁP',
  targetsHeading: (n: number) => `${n}. Mục tiêu nâng mức`,
  planHeading: (n: number) => `${n}. Kế hoạch cải tiến`,
  /** "Nhóm 1 còn thiếu 3 điểm để đạt Mức 2 (Đáp ứng cơ bản); ưu tiên các chỉ số: 1.2.3 (thêm 3 điểm)." */
  needed: (group: string, points: string, level: string, steps: string) =>
    `Nhóm ${group} còn thiếu ${points} điểm để đạt ${level}${steps ? `; ưu tiên các chỉ số: ${steps}` : ''}.`,
  stepGain: (itemId: string, text: string, gain: string) => `${itemId} – ${text} (thêm ${gain} điểm)`,
  blocker: (group: string, itemId: string, text: string, level: string) =>
    `Nhóm ${group}: đáp ứng điều kiện bắt buộc ${itemId} (${text}) để được xếp ${level}.`,
  topLevel: (group: string, level: string) => `Nhóm ${group} đã đạt ${level}: duy trì và nâng cao chất lượng các tiêu chí đã đạt.`,
  raise: (group: string, level: string, steps: string) => `Nhóm ${group}: phấn đấu đạt ${level}, tập trung vào các chỉ số: ${steps}.`,
  planIntro: 'Nhà trường xây dựng kế hoạch cải tiến như sau:',
  planHeader: ['TT', 'Chỉ số', 'Nội dung thực hiện', 'Người thực hiện', 'Thời hạn', 'Điểm cần đạt'],
  carriedFrom: (year: string) => `(tiếp tục từ năm học ${year})`,
  difficultiesHeading: 'IV. KHÓ KHĂN, VƯỚNG MẮC',
  proposalsHeading: 'V. ĐỀ XUẤT, KIẾN NGHỊ',
  closing: (s: Subject) =>
    `Trên đây là báo cáo kết quả tự đánh giá ${s.subject} năm học ${s.year} của ${s.name}; chi tiết tại Phụ lục kèm theo./.`,
} as const

/** The school charter the head acts under, for the school kinds whose charter is certain. */
export const CHARTERS = {
  primary:
    'Căn cứ Điều lệ Trường tiểu học ban hành kèm theo Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo;',
  secondary:
    'Căn cứ Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo;',
} as const

export const DECISION = {
  name: 'Quyết định phê duyệt kết quả tự đánh giá',
  title: 'QUYẾT ĐỊNH',
  summary: (s: Subject) => `Về việc phê duyệt kết quả tự đánh giá ${s.subject} năm học ${s.year}`,
  authority: (head: string, name: string) => `${head} ${name}`,
  managingFallback: 'cơ quan quản lý trực tiếp',
  basisSet: (s: Subject) => `Căn cứ ${s.legal} ban hành ${s.setTitle};`,
  basisPlan: (s: Subject, number: string, date: string) =>
    `Căn cứ Kế hoạch số ${number} ngày ${date} của ${s.name} về tự kiểm tra, đánh giá ${s.subject} năm học ${s.year};`,
  basisMinutes: (number: string, date: string) =>
    `Căn cứ Biên bản số ${number} ngày ${date} của tổ công tác tự kiểm tra, đánh giá;`,
  proposedBy: 'Theo đề nghị của tổ công tác tự kiểm tra, đánh giá.',
  decides: 'QUYẾT ĐỊNH:',
  article1: 'Điều 1. ',
  article1Text: (s: Subject) =>
    `Phê duyệt kết quả tự đánh giá ${s.subject} năm học ${s.year} của ${s.name} theo ${s.setRef}, như sau:`,
  details: 'Chi tiết kết quả tại Phụ lục kèm theo Quyết định này.',
  article2: 'Điều 2. ',
  article2Text: (managing: string) =>
    `Quyết định này có hiệu lực kể từ ngày ký. Kết quả tự đánh giá được báo cáo ${managing} và cập nhật lên hệ thống cơ sở dữ liệu ngành Giáo dục theo quy định.`,
  article3: 'Điều 3. ',
  article3Text:
    'Tổ công tác tự kiểm tra, đánh giá, các tổ chuyên môn, tổ văn phòng và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
} as const

export const APPENDIX = {
  name: 'Phụ lục: bảng điểm, danh mục và ảnh minh chứng',
  title: 'PHỤ LỤC',
  summary: (s: Subject) => `Kết quả tự đánh giá ${s.subject} năm học ${s.year} và danh mục minh chứng`,
  attachedTo: (number: string, date: string, head: string, name: string) =>
    `(Kèm theo Quyết định số ${number} ${date} của ${head} ${name})`,
  scoreHeading: 'I. BẢNG ĐIỂM TỰ ĐÁNH GIÁ',
  evidenceHeading: 'II. DANH MỤC MINH CHỨNG',
  photosHeading: 'III. ẢNH MINH CHỨNG',
} as const

/** The school-portal checklist (phiếu tự đánh giá cổng thông tin điện tử). */
export const PORTAL = {
  name: 'Phiếu tự đánh giá cổng thông tin điện tử',
  title: 'PHIẾU TỰ ĐÁNH GIÁ',
  summary: (year: string) => `Cổng thông tin điện tử của nhà trường năm học ${year}`,
  to: (body: string) => `Kính gửi: ${body}.`,
  /** "Căn cứ Thông tư số 37/2020/TT-BGDĐT ngày … của … quy định về …;" or "… ban hành Bộ tiêu chí …;". */
  basis: (legal: string, title: string) => {
    const rest = title.replace(/^(Thông tư|Quyết định|Nghị định|Công văn|Hướng dẫn)\s+/u, '')
    return rest !== title ? `Căn cứ ${legal} ${rest};` : `Căn cứ ${legal} ban hành ${title};`
  },
  intro: (school: string, url: string) =>
    `${school} tự kiểm tra, đánh giá cổng thông tin điện tử của nhà trường (địa chỉ: ${url || '……………………………………'}) như sau:`,
  resultHeading: 'I. KẾT QUẢ TỰ ĐÁNH GIÁ',
  tableHeader: ['TT', 'Mã', 'Nội dung', 'Đạt', 'Chưa đạt', 'Ghi chú'],
  mark: 'x',
  notScored: 'Không tính điểm',
  totalRow: 'Cộng',
  ofTotal: (met: number, total: number) => `${met}/${total} nội dung`,
  summaryHeading: 'II. TỔNG HỢP',
  metText: (school: string) => `Cổng thông tin điện tử của ${school} đáp ứng `,
  metTail: (subject: string) => ` về ${subject}.`,
  unmetIntro: 'Các nội dung chưa đạt:',
  openText: (ids: string) => `Các nội dung chưa được kiểm tra: ${ids}.`,
  actionsHeading: 'III. BIỆN PHÁP KHẮC PHỤC, ĐỀ XUẤT',
  defaultActions:
    '- Cập nhật, bổ sung các nội dung chưa đạt lên cổng thông tin điện tử của nhà trường.\n- Phân công người phụ trách cập nhật thông tin thường xuyên, kịp thời.',
  preparer: 'NGƯỜI LẬP PHIẾU',
  recordTitle: (school: string, year: string) => `Phiếu tự đánh giá cổng thông tin điện tử năm học ${year} — ${school}`,
} as const

/** Quyết định thành lập tổ công tác: the head forms the team and gives it its duties. */
export const TEAM_DECISION = {
  name: 'Quyết định thành lập tổ công tác',
  title: 'QUYẾT ĐỊNH',
  summary: (s: Subject) => `Về việc thành lập tổ công tác tự kiểm tra, đánh giá ${s.subject} năm học ${s.year}`,
  basisSituation: 'Căn cứ tình hình thực tế và đội ngũ của nhà trường,',
  article1Text: (s: Subject) =>
    `Thành lập tổ công tác tự kiểm tra, đánh giá ${s.subject} năm học ${s.year} của ${s.name}, gồm các ông (bà) có tên sau:`,
  teamLater: 'Danh sách thành viên tổ công tác kèm theo.',
  article2Text: (s: Subject) =>
    `Tổ công tác có nhiệm vụ xây dựng kế hoạch; tự kiểm tra, thu thập minh chứng và chấm điểm các tiêu chí được phân công theo ${s.setRef}; lập biên bản, dự thảo báo cáo kết quả tự đánh giá, trình ${s.head} phê duyệt. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.`,
  article3Text: 'Quyết định này có hiệu lực kể từ ngày ký. Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
  recordItem: 'Quyết định thành lập tổ công tác;',
} as const

/** The whole record, for the file's metadata. */
export const RECORD_TITLE = (s: Subject) => `Hồ sơ tự đánh giá ${s.subject} năm học ${s.year} — ${s.name}`
