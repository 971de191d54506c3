import { errorName } from '@/domain'

/**
 * Hands a made file to the phone's share sheet (so it goes straight to Zalo, email or Drive), or
 * saves it as a download where the browser cannot share files.
 */

/**
 * - `shared`: the share sheet took the file;
 * - `cancelled`: the user closed the share sheet (not an error: nothing more to do);
 * - `needs-tap`: the browser allows sharing only right after a tap, and the file took longer to
 *   make than that allowance; the screen offers a button that shares on the next tap;
 * - `downloaded`: the file was saved as a download.
 */
export type ShareOutcome = 'shared' | 'cancelled' | 'needs-tap' | 'downloaded'

type ShareNavigator = Navigator & { canShare?: (data: ShareData) => boolean }

function asFile(blob: Blob, fileName: string): File {
  return blob instanceof File && blob.name === fileName ? blob : new File([blob], fileName, { type: blob.type || 'application/octet-stream' })
}

/** Whether this browser can hand files to the share sheet (Android Chrome, iOS Safari: yes; desktop Chromium on Linux: no). */
export function canShareFiles(blob: Blob, fileName: string): boolean {
  const nav = navigator as ShareNavigator
  if (typeof nav.share !== 'function' || typeof nav.canShare !== 'function') return false
  try {
    return nav.canShare({ files: [asFile(blob, fileName)] })
  } catch {
    return false
  }
}

/** How long the object URL of a download stays valid: long enough for any browser to start saving. */
export const REVOKE_AFTER_MS = 60_000

/** Saves the Blob as a download named `fileName`; its object URL is revoked once the download has begun. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.append(a)
  try {
    a.click()
  } finally {
    a.remove()
    // Revoking at once can cut the download short in some browsers; the URL holds the whole file in memory until then.
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
  }
}

/** Opens the share sheet with the file. Does not fall back to a download: see `shareOrDownload`. */
export async function shareFile(blob: Blob, fileName: string, title?: string): Promise<Exclude<ShareOutcome, 'downloaded'> | 'failed'> {
  const nav = navigator as ShareNavigator
  try {
    await nav.share({ files: [asFile(blob, fileName)], ...(title ? { title } : {}) })
    return 'shared'
  } catch (e) {
    const name = errorName(e)
    if (name === 'AbortError') return 'cancelled'
    if (name === 'NotAllowedError') return 'needs-tap'
    return 'failed'
  }
}

/**
 * Shares the file where the browser can share files, else downloads it. A share that fails for a
 * reason other than the user closing the sheet or a missing tap falls back to a download, so the
 * user always gets the file.
 */
export async function shareOrDownload(blob: Blob, fileName: string, title?: string): Promise<ShareOutcome> {
  if (canShareFiles(blob, fileName)) {
    const outcome = await shareFile(blob, fileName, title)
    if (outcome !== 'failed') return outcome
  }
  download(blob, fileName)
  return 'downloaded'
}
