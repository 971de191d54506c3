// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHROMIUM, missing, report } from '../../../scripts/check-system.mjs'

const machine = (programs: string[], chromium: boolean, node = '20.20.2') => ({
  has: (name: string) => programs.includes(name),
  exists: (file: string) => chromium && file === CHROMIUM,
  node,
})
const POPPLER = ['pdftotext', 'pdfinfo', 'pdfimages', 'pdftoppm']

describe('the test command checks the machine first', () => {
  it.each([
    ['a complete machine', machine(POPPLER, true), null],
    ['no chromium', machine(POPPLER, false), 'sudo apt-get install -y chromium\n'],
    ['no poppler', machine([], true), 'sudo apt-get install -y poppler-utils\n'],
    ['only pdftoppm missing', machine(['pdftotext', 'pdfinfo', 'pdfimages'], true), 'sudo apt-get install -y poppler-utils\n'],
    ['neither', machine([], false), 'sudo apt-get install -y chromium poppler-utils\n'],
    ['an old Node', machine(POPPLER, true, '18.20.0'), 'Node ≥ 20.19; this is Node 18.20.0'],
    ['Node 20.18', machine(POPPLER, true, '20.18.3'), 'Node ≥ 20.19'],
  ])('%s', (_, m, expected) => {
    const text = report(missing(m), m.node)
    if (expected === null) expect(text).toBeNull()
    else expect(text).toContain(expected)
  })

  it('the script itself stops with exit code 1 and the install line when PATH has no poppler', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-tools-'))
    const run = () => execFileSync(process.execPath, ['scripts/check-system.mjs'], { env: { PATH: empty }, encoding: 'utf8', stdio: 'pipe' })
    let status = 0
    let stderr = ''
    try {
      run()
    } catch (e) {
      ;({ status, stderr } = e as { status: number; stderr: string })
    }
    expect(status).toBe(1)
    expect(stderr).toContain(`sudo apt-get install -y ${existsSync(CHROMIUM) ? '' : 'chromium '}poppler-utils\n`)
  })

  it('finds a program on PATH only where it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tools-'))
    for (const name of POPPLER) writeFileSync(join(dir, name), '#!/bin/sh\n', { mode: 0o755 })
    const out = execFileSync(process.execPath, ['-e', `import('./scripts/check-system.mjs').then((m) => console.log(m.onPath('pdftoppm', ${JSON.stringify(dir)})))`], { encoding: 'utf8' })
    expect(out.trim()).toBe('true')
    const elsewhere = execFileSync(process.execPath, ['-e', `import('./scripts/check-system.mjs').then((m) => console.log(m.onPath('pdftoppm', ${JSON.stringify(tmpdir())})))`], { encoding: 'utf8' })
    expect(elsewhere.trim()).toBe('false')
  })
})
