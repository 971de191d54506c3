/**
 * Hands a file to the phone's share sheet (so it can go straight to Zalo or email), or downloads
 * it where the browser cannot share files.
 */
export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled'

export async function shareOrDownload(blob: Blob, fileName: string): Promise<ShareOutcome> {
  const file = new File([blob], fileName, { type: blob.type || 'application/zip' })
  const nav = navigator as Navigator & { canShare?: (data: ShareData) => boolean }
  if (typeof nav.share === 'function' && nav.canShare?.({ files: [file] })) {
    try {
      await nav.share({ files: [file], title: fileName })
      return 'shared'
    } catch (e) {
      // The user closed the share sheet: nothing more to do.
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled'
      // Sharing failed for another reason (e.g. not allowed now): fall back to a download.
    }
  }
  download(file, fileName)
  return 'downloaded'
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
