import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// `npm ci` refuses a lockfile in which a package's optional dependency has no entry of its own;
// scripts/lock-platforms.mjs restores the entries a platform-filtered registry leaves out.
describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
    packages: Record<string, { optionalDependencies?: Record<string, string>; version?: string }>
  }

  it('has an entry for every optional dependency it names', () => {
    const missing: string[] = []
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${path ? `${path}/` : ''}node_modules/${dep}`
        if (!lock.packages[nested] && !lock.packages[`node_modules/${dep}`])
          missing.push(`${dep} (of ${path || 'root'})`)
      }
    }
    expect(missing).toEqual([])
  })
})
