/**
 * The record (hồ sơ tự đánh giá) as a renderer-agnostic document: every word already in Vietnamese,
 * every number already formatted. A renderer (PDF, print view) maps it to its own layout and adds
 * no text of its own beyond page numbers.
 */
import type { PhotoSize } from './photoSize'

/** The parts of the 4725 self-assessment record, in print order; each can be rendered alone. */
export const RECORD_SECTION_IDS = ['plan', 'minutes', 'report', 'decision', 'appendix'] as const
/**
 * A document of some record: the 4725 record's parts, its optional decision forming the team (printed
 * first when the school asks for it), or the school-portal checklist (phiếu tự đánh giá).
 */
export type RecordSectionId = (typeof RECORD_SECTION_IDS)[number] | 'team' | 'checklist'

/** A piece of a paragraph with its own emphasis. */
export interface RecordRun {
  text: string
  bold?: boolean
  italics?: boolean
}

export type RecordAlign = 'left' | 'center' | 'right' | 'justify'

export interface RecordHeading {
  kind: 'heading'
  /** 1: "I. MỤC ĐÍCH, YÊU CẦU"; 2: "1. Điểm mạnh". */
  level: 1 | 2
  text: string
}

export interface RecordParagraph {
  kind: 'paragraph'
  runs: RecordRun[]
  align?: RecordAlign
  /** Indent the first line, as running text in Vietnamese administrative documents is. */
  indent?: boolean
  /** Smaller type, for notes under a table. */
  small?: boolean
}

/** A list whose items keep a hanging indent under their marker ("-"). */
export interface RecordList {
  kind: 'list'
  marker: string
  items: RecordRun[][]
  /** A list under an item of the list before it, indented one step further. */
  nested?: boolean
}

export interface RecordColumn {
  /** Share of the text width, in percent; the columns of a table add up to 100. */
  width: number
  align: 'left' | 'center' | 'right'
}

/** `group` and `total` rows stand out; `criterion` rows are bold; `item` rows are plain. */
export type RecordRowKind = 'group' | 'criterion' | 'item' | 'total' | 'plain'

export interface RecordRow {
  kind: RecordRowKind
  cells: string[]
}

export interface RecordTable {
  kind: 'table'
  columns: RecordColumn[]
  /** Repeated at the top of every page the table runs onto. */
  header: string[]
  rows: RecordRow[]
  /** Smaller type for wide tables (the score table, the evidence list). */
  small?: boolean
  /** The column whose cell names the row (a school, a kind of school): its row header on a web page. */
  rowHeader?: number
}

export interface RecordPhoto {
  evidenceId: string
  code: string
  caption: string
  /** `small`: six to a page, two to a row; `half`: two to a page; `full`: a page of its own. */
  size: PhotoSize
}

/** Photos in the order given, each at its size, with its code and caption; two small ones share a row. */
export interface RecordPhotos {
  kind: 'photos'
  photos: RecordPhoto[]
  /** Printed in the photo's place when its image cannot be loaded. */
  missingText: string
}

export type RecordBlock = RecordHeading | RecordParagraph | RecordList | RecordTable | RecordPhotos

/**
 * The heading of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): governing body and
 * issuer top left with the number and symbol under them; national motto top right with the place and
 * date line under it.
 */
export interface RecordHeader {
  governingBody: string
  issuer: string
  /** "Số: …/KH-THVT". */
  number: string
  motto: readonly [string, string]
  /** "An Phú, ngày 12 tháng 5 năm 2026". */
  placeDate: string
}

export interface RecordSignature {
  /** Lines above the signature, e.g. ["HIỆU TRƯỞNG"] or ["CHỦ TRÌ"]. */
  title: string[]
  /** The signer's full name, printed under the space for the signature; blank leaves it to write by hand. */
  name: string
}

export interface RecordRecipients {
  label: string
  lines: string[]
}

export interface RecordSection {
  id: RecordSectionId
  /** The section's name in a list of sections, e.g. "Biên bản tự kiểm tra, đánh giá". */
  name: string
  /** Its file name without extension when it is made alone, ASCII only: `bien-ban-tu-danh-gia-THVT-2025-2026`. */
  fileName: string
  /** Null for the appendix, which carries a reference to its decision instead. */
  header: RecordHeader | null
  /** The document type, centred and bold: "KẾ HOẠCH". */
  title: string
  /** The summary under it: "Tự kiểm tra, đánh giá mức độ chuyển đổi số năm học 2025-2026". */
  summary: string
  /** Centred lines under the summary, e.g. "Kính gửi: …" or "(Kèm theo Quyết định số …)". */
  subtitle: string[]
  body: RecordBlock[]
  /** Left to right. */
  signatures: RecordSignature[]
  /** "Nơi nhận", for the forms that have it. */
  recipients: RecordRecipients | null
}

export interface RecordModel {
  lang: 'vi'
  /** The whole record's title, for the PDF's metadata. */
  title: string
  /** Author shown in the PDF's metadata: the school. */
  author: string
  /** A file name without extension, ASCII only: `ho-so-tu-danh-gia-THVT-2025-2026`. */
  fileName: string
  sections: RecordSection[]
  /** Photos in the appendix, for a progress indicator. */
  photoCount: number
}
