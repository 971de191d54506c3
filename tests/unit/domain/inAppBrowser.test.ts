import { describe, expect, it } from 'vitest'
import { detectInAppBrowser } from '@/domain'

// User-agent strings as these apps and browsers send them (versions vary; the markers do not).
const IN_APP = [
  ['Zalo on Android', 'Mozilla/5.0 (Linux; Android 11; SM-A515F Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/108.0.5359.128 Mobile Safari/537.36 Zalo android/12100639 ZaloTheme/light ZaloLanguage/vn', 'zalo', 'android'],
  ['Zalo on iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/485 ZaloTheme/light ZaloLanguage/vn', 'zalo', 'ios'],
  ['Zalo, theme marker only', 'Mozilla/5.0 (Linux; Android 13; 23021RAAEG; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.43 Mobile Safari/537.36 ZaloTheme/dark ZaloLanguage/vn', 'zalo', 'android'],
  ['Facebook on Android', 'Mozilla/5.0 (Linux; Android 13; SM-S901B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/114.0.5735.196 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/421.0.0.33.47;]', 'facebook', 'android'],
  ['Facebook on iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/16.5;FBSS/3;FBID/phone;FBLC/vi_VN;FBOP/5;FBRV/0]', 'facebook', 'ios'],
  ['Messenger on Android', 'Mozilla/5.0 (Linux; Android 12; V2111 Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/112.0.5615.136 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/405.0.0.13.111;]', 'messenger', 'android'],
  ['Messenger on iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 LightSpeed [FBAN/MessengerLiteForiOS;FBAV/400.0.0.24.107;FBBV/470000000;FBDV/iPhone12,1;FBMD/iPhone;FBSN/iOS;FBSV/15.6;FBSS/2;FBCR/;FBID/phone;FBLC/vi;FBOP/0]', 'messenger', 'ios'],
  ['Instagram on iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 290.0.0.13.76 (iPhone13,2; iOS 16_5; vi_VN; vi; scale=3.00; 1170x2532; 488813384)', 'instagram', 'ios'],
  ['TikTok on Android', 'Mozilla/5.0 (Linux; Android 12; SM-A325F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/110.0.5481.153 Mobile Safari/537.36 trill_2022903050 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/trill app_version/29.3.5 ByteLocale/vi ByteFullLocale/vi Region/VN BytedanceWebview/d8a21c6', 'tiktok', 'android'],
  ['LINE on iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/13.1.0', 'line', 'ios'],
] as const

const REAL_BROWSERS = [
  ['Chrome on Android', 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'],
  ['Safari on iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1'],
  ['Chrome on iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/119.0.6045.169 Mobile/15E148 Safari/604.1'],
  ['Cốc Cốc on Android', 'Mozilla/5.0 (Linux; Android 12; SM-A525F) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/117.0.202 Chrome/111.0.5563.202 Mobile Safari/537.36'],
  ['Samsung Internet', 'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36'],
  ['Chrome on a computer', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'],
  ['Firefox on a computer', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0'],
  ['an empty agent', ''],
] as const

describe('detectInAppBrowser', () => {
  it.each(IN_APP)('%s is an in-app browser', (_, ua, app, platform) => {
    expect(detectInAppBrowser(ua)).toEqual({ app, platform })
  })

  it.each(REAL_BROWSERS)('%s is a real browser', (_, ua) => {
    expect(detectInAppBrowser(ua)).toBeNull()
  })
})
