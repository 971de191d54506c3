/** The app's only sources of time and identity, so the domain stays deterministic. */
export const nowIso = (): string => new Date().toISOString()

/** Today's date on the device, `YYYY-MM-DD`, in local time (what a person means by "today"). */
export function todayLocal(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

export const newId = (): string => crypto.randomUUID()
