/**
 * Entry paths inside a package. The layout is fixed:
 * `manifest.json`, `data.json`, `files/<file id>.<ext>` (photos and documents) and
 * `thumbs/<file id>.jpg` (their thumbnails). Anything else is refused before it is read.
 */
import { entryPath } from './errors'
import { MAX_PATH_LENGTH } from './limits'

export const MANIFEST_PATH = 'manifest.json'
export const DATA_PATH = 'data.json'

/** Ids of records and files: letters, digits, `_`, `-`, `.` (UUIDs among them). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/
const FILE_ENTRY = /^files\/([A-Za-z0-9][A-Za-z0-9_.-]{0,79})\.([a-z0-9]{1,8})$/
const THUMB_ENTRY = /^thumbs\/([A-Za-z0-9][A-Za-z0-9_.-]{0,79})\.jpg$/
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

export type EntryKind = 'manifest' | 'data' | 'file' | 'thumb'

export type PathProblem = { code: 'unsafe-path' | 'unexpected-path'; detail: string }

/**
 * Why a path must not be read, or null when it is safe and in the layout. `unsafe-path` is a
 * path that could escape a folder or confuse a tool (absolute, `..`, backslash, drive letter,
 * control characters, too long); `unexpected-path` is a safe path outside the layout.
 */
export function checkEntryPath(path: string): PathProblem | null {
  if (path.length === 0) return { code: 'unsafe-path', detail: 'an entry has an empty name' }
  if (path.length > MAX_PATH_LENGTH)
    return { code: 'unsafe-path', detail: `the name is ${path.length} characters long, limit ${MAX_PATH_LENGTH}` }
  if (CONTROL.test(path)) return { code: 'unsafe-path', detail: 'the name contains control characters' }
  if (path.includes('\\')) return { code: 'unsafe-path', detail: 'the name contains a backslash' }
  if (path.startsWith('/')) return { code: 'unsafe-path', detail: 'the name is an absolute path' }
  if (/^[A-Za-z]:/.test(path)) return { code: 'unsafe-path', detail: 'the name starts with a drive letter' }
  const segments = path.split('/')
  if (segments.some((s) => s === '..')) return { code: 'unsafe-path', detail: 'the name climbs out of its folder (..)' }
  if (path.endsWith('/') && !segments.slice(0, -1).some((s) => s === '.' || s === ''))
    return { code: 'unexpected-path', detail: 'a folder that does not belong in a chiso package' }
  if (segments.some((s) => s === '.' || s === ''))
    return { code: 'unsafe-path', detail: 'the name has an empty or "." segment' }
  if (entryKind(path) === null)
    return { code: 'unexpected-path', detail: 'no entry of this name belongs in a chiso package' }
  return null
}

/** Folders of the layout, as zip tools write them when a package is unpacked and zipped again. */
const LAYOUT_FOLDERS: ReadonlySet<string> = new Set(['files/', 'thumbs/'])

/**
 * An empty folder entry of the layout (`files/`, `thumbs/`): it holds nothing and is passed over,
 * so a backup zipped again by another tool still restores. Any other folder is judged as a name.
 */
export function isLayoutFolder(path: string, size: number): boolean {
  return size === 0 && LAYOUT_FOLDERS.has(path)
}

/** A name from an untrusted archive made fit to show: control characters replaced, length bounded. */
export function printablePath(path: string): string {
  const cut = path.length > MAX_PATH_LENGTH ? `${path.slice(0, MAX_PATH_LENGTH)}…` : path
  return cut.replace(new RegExp(CONTROL.source, 'g'), '?')
}

/** Which part of the layout a path is, or null when it is not in the layout. */
export function entryKind(path: string): EntryKind | null {
  if (path === MANIFEST_PATH) return 'manifest'
  if (path === DATA_PATH) return 'data'
  if (FILE_ENTRY.test(path)) return 'file'
  if (THUMB_ENTRY.test(path)) return 'thumb'
  return null
}

/** The file id of a `files/…` or `thumbs/…` entry, else undefined. */
export function fileIdOfPath(path: string): string | undefined {
  return FILE_ENTRY.exec(path)?.[1] ?? THUMB_ENTRY.exec(path)?.[1]
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
}

/** The extension a file of this type gets inside a package (`bin` for types not listed). */
export function extensionForMime(mime: string): string {
  return EXTENSIONS[mime.toLowerCase()] ?? 'bin'
}

/** Extensions of content that is already compressed: stored as is, not deflated again. */
const COMPRESSED = new Set(['jpg', 'png', 'webp', 'gif', 'heic', 'heif', 'docx', 'xlsx'])

export function isCompressedPath(path: string): boolean {
  return COMPRESSED.has(path.slice(path.lastIndexOf('.') + 1))
}

export function evidenceFilePath(fileId: string, mime: string): string {
  return `files/${fileId}.${extensionForMime(mime)}`
}

export function thumbPath(fileId: string): string {
  return `thumbs/${fileId}.jpg`
}

/** A field of `data.json`: `answers[3].value` → `data.json:answers[3].value`. */
export const dataField = (field: string): string => entryPath(DATA_PATH, field)
