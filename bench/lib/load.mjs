// How busy the machine was while a figure was measured. Other work on the machine slows the page
// and the baseline alike, but not always evenly: a figure measured while more tasks wanted to run
// than there are cores is reported as "noisy" rather than judged. Read from Linux's /proc:
// - the 1-minute load average before and after the figure (/proc/loadavg);
// - the load during it: the mean number of runnable tasks (`procs_running` in /proc/stat, sampled
//   every SAMPLE_MS, not counting the sampler itself);
// - the CPU time other processes took during it: all busy CPU time (/proc/stat) minus the time of
//   the bench and everything it started (its process tree, /proc/<pid>/stat), in cores.
// Elsewhere than Linux the numbers are absent and no figure is marked noisy.
import { readFileSync, readdirSync } from 'node:fs'
import os from 'node:os'

const SAMPLE_MS = 200
/** Clock ticks per second of /proc times (USER_HZ; 100 on every Linux this runs on). */
const HZ = 100

export const CORES = os.cpus().length

/**
 * @typedef {object} Load
 * @property {number} before 1-minute load average when the figure started
 * @property {number} after 1-minute load average when it ended
 * @property {number | null} during mean runnable tasks while it ran (null: not on Linux)
 * @property {number | null} others cores' worth of CPU time other processes used while it ran
 * @property {number | null} ours cores' worth of CPU time the bench and its children used
 * @property {number} seconds
 * @property {boolean} noisy the load during the figure exceeded the cores
 */

/** @param {string} path */
const read = (path) => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

/** Busy and total CPU ticks of the whole machine, and the runnable task count. */
function machine() {
  const stat = read('/proc/stat')
  if (!stat) return null
  const cpu = (stat.match(/^cpu\s+(.*)$/m)?.[1] ?? '').trim().split(/\s+/).map(Number)
  // user nice system idle iowait irq softirq steal (guest time is already in user/nice)
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = cpu
  const running = Number(stat.match(/^procs_running\s+(\d+)/m)?.[1] ?? NaN)
  return { busy: user + nice + system + irq + softirq + steal, idle: idle + iowait, running }
}

/** CPU ticks used so far by this process and every process below it (including reaped children). */
function ourTicks() {
  /** @type {Map<number, { ppid: number, ticks: number }>} */
  const procs = new Map()
  let names
  try {
    names = readdirSync('/proc')
  } catch {
    return null
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue
    const stat = read(`/proc/${name}/stat`)
    if (!stat) continue
    // Fields after the command name (which may hold spaces and parentheses): state ppid … utime stime cutime cstime.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ppid = Number(f[1])
    const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])
    procs.set(Number(name), { ppid, ticks })
  }
  const children = new Map()
  for (const [pid, p] of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid])
  let total = 0
  const todo = [process.pid]
  while (todo.length) {
    const pid = /** @type {number} */ (todo.pop())
    total += procs.get(pid)?.ticks ?? 0
    todo.push(...(children.get(pid) ?? []))
  }
  return total
}

/** The 1-minute load average. */
export const loadAverage = () => os.loadavg()[0] ?? 0

/**
 * Starts watching the machine; `stop()` says how busy it was meanwhile.
 * @returns {{ stop: () => Load }}
 */
export function watchLoad() {
  const started = Date.now()
  const before = loadAverage()
  const m0 = machine()
  const ours0 = ourTicks()
  /** @type {number[]} */
  const running = []
  const timer = setInterval(() => {
    const r = machine()?.running
    // The sampler itself is running while it reads.
    if (r !== undefined && Number.isFinite(r)) running.push(Math.max(0, r - 1))
  }, SAMPLE_MS)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      const seconds = (Date.now() - started) / 1000
      const m1 = machine()
      const ours1 = ourTicks()
      const during = running.length ? running.reduce((s, x) => s + x, 0) / running.length : null
      const ours = ours0 !== null && ours1 !== null && seconds > 0 ? (ours1 - ours0) / HZ / seconds : null
      const busy = m0 && m1 && seconds > 0 ? (m1.busy - m0.busy) / HZ / seconds : null
      const others = busy !== null && ours !== null ? Math.max(0, busy - ours) : null
      return { before, after: loadAverage(), during, others, ours, seconds, noisy: during !== null && during > CORES }
    },
  }
}

/** "load 2.1 → 3.4 (1 min); during: 2.6 runnable, other processes 0.8 cores, the bench 1.1 cores" */
export function loadText(/** @type {Load} */ l) {
  const n = (/** @type {number | null} */ x) => (x === null ? '?' : x.toFixed(1))
  return (
    `load ${n(l.before)} → ${n(l.after)} (1 min); during: ${n(l.during)} runnable on ${CORES} cores, ` +
    `other processes ${n(l.others)} cores, the bench ${n(l.ours)} cores${l.noisy ? ' — NOISY' : ''}`
  )
}
