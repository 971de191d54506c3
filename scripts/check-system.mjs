#!/usr/bin/env node
/**
 * Runs first in `npm run check`: stops within a second, with the exact line to install what is
 * missing, when this machine lacks a program the tests start (Debian's Chromium for the browser
 * tests, poppler's pdftotext/pdfinfo/pdfimages/pdftoppm for the PDF tests) or runs an older Node.
 * Otherwise the run would fail minutes later with `spawnSync pdftotext ENOENT`.
 */
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The browser the tests drive (playwright.config.ts, tests/e2e, bench): Debian's package, never a download. */
export const CHROMIUM = '/usr/bin/chromium'
/** Programs on PATH, with the Debian package that provides each. @type {[string, string][]} */
export const PROGRAMS = [
  ['pdftotext', 'poppler-utils'],
  ['pdfinfo', 'poppler-utils'],
  ['pdfimages', 'poppler-utils'],
  ['pdftoppm', 'poppler-utils'],
]
/** @type {[number, number]} */
export const MIN_NODE = [20, 19]

/** @param {string} file */
const executable = (file) => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Whether `name` is an executable somewhere on `path`. @param {string} name @param {string} [path] */
export const onPath = (name, path = process.env.PATH ?? '') =>
  path.split(delimiter).some((dir) => dir !== '' && executable(join(dir, name)))

/**
 * What this machine lacks: Debian packages to install, and whether Node is too old.
 * `has(name)` says whether a program is on PATH; `exists(file)` whether a file is executable.
 * @param {{ has?: (name: string) => boolean, exists?: (file: string) => boolean, node?: string }} [machine]
 * @returns {{ packages: string[], oldNode: boolean }}
 */
export function missing({ has = (name) => onPath(name), exists = executable, node = process.versions.node } = {}) {
  /** @type {Set<string>} */
  const packages = new Set()
  if (!exists(CHROMIUM)) packages.add('chromium')
  for (const [name, pkg] of PROGRAMS) if (!has(name)) packages.add(pkg)
  const [major = 0, minor = 0] = node.split('.').map(Number)
  const oldNode = major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])
  return { packages: [...packages], oldNode }
}

/**
 * The message for what is missing, or null when nothing is.
 * @param {{ packages: string[], oldNode: boolean }} found
 * @param {string} [node]
 */
export function report({ packages, oldNode }, node = process.versions.node) {
  const lines = []
  if (packages.length)
    lines.push(
      `The tests need ${packages.join(' and ')}, which this machine does not have. Install with:`,
      '',
      `    sudo apt-get install -y ${packages.join(' ')}`,
      '',
    )
  if (oldNode) lines.push(`The tests need Node ≥ ${MIN_NODE.join('.')}; this is Node ${node}.`, '')
  return lines.length ? lines.join('\n') : null
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = report(missing())
  if (text) {
    process.stderr.write(text + '\n')
    process.exit(1)
  }
}
