// Records the SHA-256 of every criteria-set file not yet in criteria-sets/released.json.
// Released files are immutable: existing entries are never rewritten (a change needs a new version file).
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../criteria-sets/', import.meta.url).pathname
const manifestPath = join(root, 'released.json')
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
let added = 0
for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const file of readdirSync(join(root, dir.name)).filter((f) => f.endsWith('.json'))) {
    const key = `${dir.name}/${file}`
    if (manifest[key]) continue
    manifest[key] = createHash('sha256').update(readFileSync(join(root, key))).digest('hex')
    added++
    console.log(`added ${key}`)
  }
}
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
console.log(`${added} file(s) added; ${Object.keys(manifest).length} released`)
