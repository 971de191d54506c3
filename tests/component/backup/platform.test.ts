import { describe, expect, it } from 'vitest'
import { evictsUnusedSites } from '@/components/backup/platform'

const UA = {
  iphoneSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iphoneChrome: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  ipadAsMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  androidChrome: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  androidSamsung: 'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  windowsEdge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
}

describe('evictsUnusedSites (the 7-day storage warning)', () => {
  it.each([
    ['Safari on iPhone', UA.iphoneSafari, 0, true],
    ['Chrome on iPhone (WebKit too)', UA.iphoneChrome, 5, true],
    ['iPad reporting itself as a Mac', UA.ipadAsMac, 5, true],
    ['Safari on a Mac', UA.ipadAsMac, 0, true],
    ['Chrome on a Mac', UA.macChrome, 0, false],
    ['Chrome on Android', UA.androidChrome, 5, false],
    ['Samsung Internet', UA.androidSamsung, 5, false],
    ['Edge on Windows', UA.windowsEdge, 0, false],
    ['Firefox on Linux', UA.linuxFirefox, 0, false],
  ])('%s → %s', (_, ua, touch, expected) => {
    expect(evictsUnusedSites(ua, touch)).toBe(expected)
  })
})
