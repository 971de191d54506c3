import { afterEach, describe, expect, it, vi } from 'vitest'
import { shareOrDownload } from '@/services/share'

const blob = () => new Blob([new Uint8Array([80, 75, 5, 6])], { type: 'application/zip' })

describe('shareOrDownload', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
    Reflect.deleteProperty(navigator, 'share')
    Reflect.deleteProperty(navigator, 'canShare')
  })

  it('hands the file to the share sheet when the browser can share files', async () => {
    const share = vi.fn(() => Promise.resolve())
    Object.assign(navigator, { share, canShare: () => true })
    expect(await shareOrDownload(blob(), 'chiso-sao-luu-2026-05-20.zip')).toBe('shared')
    const [[data]] = share.mock.calls as unknown as [[ShareData]]
    expect(data.files?.[0]?.name).toBe('chiso-sao-luu-2026-05-20.zip')
  })

  it('does nothing more when the user closes the share sheet', async () => {
    Object.assign(navigator, { share: () => Promise.reject(new DOMException('closed', 'AbortError')), canShare: () => true })
    expect(await shareOrDownload(blob(), 'x.zip')).toBe('cancelled')
  })

  it('downloads through a temporary link otherwise, and frees the URL afterwards', async () => {
    vi.useFakeTimers()
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:chiso/1')
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    expect(await shareOrDownload(blob(), 'chiso-dong-gop-nam.zip')).toBe('downloaded')
    expect(create).toHaveBeenCalledOnce()
    expect(clicked).toEqual(['chiso-dong-gop-nam.zip'])
    expect(document.querySelector('a[download]')).toBeNull()
    expect(revoke).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(revoke).toHaveBeenCalledWith('blob:chiso/1')
  })
})
