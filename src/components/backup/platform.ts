/**
 * Whether the browser is one whose storage for a site can be wiped after 7 days without a visit:
 * Safari, and every browser on iPhone and iPad (they all run on Apple's WebKit). iPadOS reports
 * itself as a Mac, so a "Mac" with a touch screen counts too.
 */
export function evictsUnusedSites(userAgent: string, maxTouchPoints = 0): boolean {
  if (/iPhone|iPad|iPod/.test(userAgent)) return true
  if (/Macintosh/.test(userAgent) && maxTouchPoints > 1) return true
  return /Safari\//.test(userAgent) && !/Chrome|Chromium|CriOS|FxiOS|EdgiOS|Edg\/|OPR\/|Android|Firefox/.test(userAgent)
}
