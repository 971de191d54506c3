/**
 * Vite plugin: the built-in criteria sets, validated and normalised by the domain's own parser at
 * build time. A file that does not parse fails the build; the app then needs no validation work for
 * its own sets when it starts.
 *
 * `virtual:criteria-sets` holds only what lists the sets (id, version, titles, provenance) and one
 * loader per set; each set is its own module (`virtual:criteria-set/<id>@<version>`), so its own
 * chunk, loaded when a screen needs that set.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { parseCriteriaSet } from '../src/domain/criteria/parse'
import type { CriteriaSet } from '../src/domain/criteria/schema'

const ID = 'virtual:criteria-sets'
const ONE = 'virtual:criteria-set/'

export function criteriaSets(root: string): Plugin {
  let sets: Map<string, CriteriaSet> | null = null

  function read(ctx: { addWatchFile(path: string): void; error(message: string): never }): Map<string, CriteriaSet> {
    const found = new Map<string, CriteriaSet>()
    for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(root, dir.name)).filter((f) => f.endsWith('.json')).sort()) {
        const path = join(root, dir.name, file)
        ctx.addWatchFile(path)
        const result = parseCriteriaSet(readFileSync(path, 'utf8'))
        if (!result.ok) ctx.error(`criteria-sets/${dir.name}/${file}: ${result.errors.map((e) => `${e.path} ${e.detail}`).join('; ')}`)
        found.set(`${result.value.id}@${result.value.version}`, result.value)
      }
    }
    return found
  }

  return {
    name: 'chiso-criteria-sets',
    buildStart() {
      sets = null
    },
    watchChange() {
      sets = null
    },
    resolveId: (id) => (id === ID || id.startsWith(ONE) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith('\0virtual:criteria-set')) return undefined
      sets ??= read(this)
      if (id === `\0${ID}`) {
        const heads = [...sets.values()].map((s) => ({ id: s.id, version: s.version, title: s.title, shortTitle: s.shortTitle, status: { provenance: s.status.provenance } }))
        const loaders = [...sets.keys()].map((key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(ONE + key)}).then((m) => m.default),`)
        return `export const heads = ${JSON.stringify(heads)}\nexport const loaders = {\n${loaders.join('\n')}\n}\n`
      }
      const set = sets.get(id.slice(`\0${ONE}`.length))
      if (!set) return this.error(`no built-in criteria set ${id.slice(`\0${ONE}`.length)}`)
      // JSON.parse of a string literal is faster for engines than the same object as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(set))})`
    },
  }
}
