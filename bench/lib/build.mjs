// The two builds the bench measures: the app (`npm run build`, or `vite build` alone when only the
// type-check fails, said in the notes) and the bare baseline page (bench/bare/, built with the app's
// own Vite config into .bench/bare-dist/).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { run } from './proc.mjs'

export const BARE_CONFIG = 'bench/bare/vite.config.mjs'

/**
 * @param {{ root: string, out: string, log: (s: string) => void, note: (s: string) => void, clean: (s: string) => string }} o
 * @returns {Promise<string>} how the app was built
 */
export async function buildApp(o) {
  o.log('building the app (npm run build)')
  const npm = await run('npm', ['run', 'build'], { cwd: o.root, logFile: join(o.out, 'build-app.log'), timeoutMs: 5 * 60_000 })
  if (npm.code === 0) return 'npm run build'
  const why = npm.timedOut ? 'timed out' : 'failed'
  const firstError = npm.output.split('\n').find((l) => /error/i.test(l)) ?? ''
  o.note(`npm run build ${why}: ${o.clean(firstError).slice(0, 200)}`)
  o.log(`npm run build ${why}; trying vite build alone`)
  const vite = await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    cwd: o.root,
    logFile: join(o.out, 'build-app-vite.log'),
    timeoutMs: 5 * 60_000,
  })
  if (vite.code === 0) return `vite build (npm run build ${why}, see notes)`
  throw new Error(`the app did not build (npm run build ${why}; vite build failed too, see .bench/build-app-vite.log)`)
}

/**
 * @param {{ root: string, out: string, log: (s: string) => void }} o
 * @returns {Promise<boolean>} whether .bench/bare-dist/ holds a build
 */
export async function buildBare(o) {
  o.log('building the bare baseline page')
  const bare = await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', BARE_CONFIG], {
    cwd: o.root,
    logFile: join(o.out, 'build-bare.log'),
    timeoutMs: 3 * 60_000,
  })
  return bare.code === 0 && existsSync(join(o.out, 'bare-dist', 'index.html'))
}
