// Child processes of the bench: builds, `vite preview` servers, the Chromium that Lighthouse drives.
// Every child is started in its own process group and remembered, so it can be ended (with
// everything it started) when the bench finishes, fails, or is interrupted.
import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import net from 'node:net'

/** @type {Set<number>} process-group ids still running */
const groups = new Set()

/** @param {number} pgid @param {NodeJS.Signals | 0} signal 0 only tests that the group exists */
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal)
    return true
  } catch {
    return false
  }
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Ends one process group: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function endGroup(/** @type {number} */ pgid, graceMs = 2000) {
  if (!groups.has(pgid)) return
  signalGroup(pgid, 'SIGTERM')
  const until = Date.now() + graceMs
  while (Date.now() < until && signalGroup(pgid, 0)) await sleep(50)
  signalGroup(pgid, 'SIGKILL')
  groups.delete(pgid)
}

/** Ends every child still running (synchronous, so it also works from an 'exit' handler). */
export function endAllSync() {
  for (const pgid of groups) {
    signalGroup(pgid, 'SIGTERM')
    signalGroup(pgid, 'SIGKILL')
  }
  groups.clear()
}

/** Ends every child still running, gracefully first. */
export async function endAll() {
  await Promise.all([...groups].map((g) => endGroup(g)))
}

/**
 * @typedef {object} Started
 * @property {import('node:child_process').ChildProcess} child
 * @property {number} pgid
 * @property {() => string} output everything written to stdout and stderr so far
 * @property {Promise<number | null>} exited resolves with the exit code (null when killed)
 */

/**
 * Starts a command in its own process group.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd: string, logFile?: string, env?: NodeJS.ProcessEnv }} opts
 * @returns {Started}
 */
export function start(cmd, args, opts) {
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (child.pid === undefined) throw new Error(`could not start ${cmd}`)
  const pgid = child.pid
  groups.add(pgid)
  let out = ''
  const log = opts.logFile ? createWriteStream(opts.logFile) : null
  /** @param {Buffer} chunk */
  const onData = (chunk) => {
    const s = chunk.toString()
    if (out.length < 2_000_000) out += s
    log?.write(s)
  }
  child.stdout?.on('data', onData)
  child.stderr?.on('data', onData)
  const exited = new Promise((resolve) => {
    child.on('error', (e) => {
      out += `\n${String(e)}`
      groups.delete(pgid)
      resolve(null)
    })
    child.on('exit', (code) => {
      // The leader exited; anything it left behind in its group is ended too.
      signalGroup(pgid, 'SIGTERM')
      groups.delete(pgid)
      log?.end()
      resolve(code)
    })
  })
  return { child, pgid, output: () => out, exited }
}

/**
 * Runs a command to completion, or ends it after `timeoutMs`.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd: string, logFile?: string, timeoutMs: number, env?: NodeJS.ProcessEnv }} opts
 * @returns {Promise<{ code: number | null, timedOut: boolean, output: string }>}
 */
export async function run(cmd, args, opts) {
  const p = start(cmd, args, opts)
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer
  const timedOut = await Promise.race([
    p.exited.then(() => false),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve(true), opts.timeoutMs)
    }),
  ])
  clearTimeout(timer)
  if (timedOut) await endGroup(p.pgid)
  const code = await p.exited
  return { code: timedOut ? null : code, timedOut: Boolean(timedOut), output: p.output() }
}

/** A TCP port on 127.0.0.1 that is free right now. */
export function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const srv = net.createServer()
      srv.unref()
      srv.on('error', reject)
      srv.listen(0, '127.0.0.1', () => {
        const addr = srv.address()
        const port = typeof addr === 'object' && addr ? addr.port : 0
        srv.close(() => (port ? resolve(port) : reject(new Error('no free port'))))
      })
    })
  )
}

/**
 * Waits until `url` answers with HTTP 200.
 * @param {string} url
 * @param {number} timeoutMs
 * @param {() => boolean} [gaveUp] true when the server process has already exited
 */
export async function waitForHttp(url, timeoutMs, gaveUp = () => false) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (gaveUp()) throw new Error(`the server exited before ${url} answered`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return
    } catch {
      // not up yet
    }
    await sleep(150)
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/**
 * Serves a production build with `vite preview` on a free port of 127.0.0.1.
 * @param {{ root: string, configFile?: string, name: string, logFile: string }} opts
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startPreview(opts) {
  const port = await freePort()
  const args = ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort']
  if (opts.configFile) args.push('--config', opts.configFile)
  const p = start(process.execPath, args, { cwd: opts.root, logFile: opts.logFile })
  let exited = false
  void p.exited.then(() => (exited = true))
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${url}/`, 30_000, () => exited)
  } catch (e) {
    await endGroup(p.pgid)
    const why = p.output().split('\n').find((l) => /error/i.test(l)) ?? ''
    throw new Error(`${opts.name} server did not start: ${e instanceof Error ? e.message : String(e)} ${why}`.trim())
  }
  return { url, stop: () => endGroup(p.pgid) }
}
