/**
 * Whether the app runs inside a chat or social app's own browser (Zalo, Facebook, Messenger…),
 * read from the user-agent string only. Such browsers keep a site's data in the chat app's
 * web view, which the app may clear at any time and which cannot install the app, so a school's
 * work there can vanish. Pure: the caller passes `navigator.userAgent`.
 */

/** The in-app browsers a Vietnamese teacher meets, named so the warning can say which one. */
export type InAppBrowser = 'zalo' | 'facebook' | 'messenger' | 'instagram' | 'tiktok' | 'line'
/** The phone's system, for the steps that open the page in the phone's own browser. */
export type PhonePlatform = 'android' | 'ios' | 'other'

export interface InAppBrowserInfo {
  app: InAppBrowser
  platform: PhonePlatform
}

/** Checked in this order: Messenger's agent also says "FBAN", Instagram's also "FBAV" on some builds. */
const APPS: readonly (readonly [InAppBrowser, RegExp])[] = [
  ['zalo', /\bZalo(?:App)?\b|\bZaloTheme\//i],
  ['messenger', /\bFBAN\/Messenger|\bFB_IAB\/Orca-Android|\bFB_IAB\/MESSENGER|\bMessengerForiOS|\bMessengerLite/i],
  ['instagram', /\bInstagram[ /]\d/i],
  ['facebook', /\bFBAN\/|\bFBAV\/|\bFB_IAB\/|\bFBIOS\b|\bFB4A\b/i],
  ['tiktok', /\bmusical_ly_|\bBytedanceWebview\b|\bTikTok\b/i],
  ['line', /\bLine\/\d/],
]

export function platformOf(userAgent: string): PhonePlatform {
  if (/\bAndroid\b/i.test(userAgent)) return 'android'
  if (/\b(?:iPhone|iPad|iPod)\b/.test(userAgent)) return 'ios'
  return 'other'
}

/** The in-app browser this agent belongs to, or null for a real browser (Chrome, Safari, Cốc Cốc…). */
export function detectInAppBrowser(userAgent: string): InAppBrowserInfo | null {
  for (const [app, pattern] of APPS) if (pattern.test(userAgent)) return { app, platform: platformOf(userAgent) }
  return null
}
