/**
 * Vite plugin: `virtual:criteria-sets` holds every built-in criteria set, validated and normalised by
 * the domain's own parser at build time. A file that does not parse fails the build; the app then
 * needs no validation work for its own sets when it starts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { parseCriteriaSet } from '../src/domain/criteria/parse'

const ID = 'virtual:criteria-sets'
const RESOLVED = `\0${ID}`

export function criteriaSets(root: string): Plugin {
  return {
    name: 'chiso-criteria-sets',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined
      const sets = []
      for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
        for (const file of readdirSync(join(root, dir.name)).filter((f) => f.endsWith('.json')).sort()) {
          const path = join(root, dir.name, file)
          this.addWatchFile(path)
          const result = parseCriteriaSet(readFileSync(path, 'utf8'))
          if (!result.ok)
            this.error(`criteria-sets/${dir.name}/${file}: ${result.errors.map((e) => `${e.path} ${e.detail}`).join('; ')}`)
          sets.push(result.value)
        }
      }
      // JSON.parse of a string literal is faster for engines than the same object as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(sets))})`
    },
  }
}
