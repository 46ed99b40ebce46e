// Completes package-lock.json with the other platforms' optional binaries (biome, rollup…).
// A registry that serves only this platform's binaries leaves them out of the lockfile, and
// `npm ci` then refuses the lockfile. Their entries are rebuilt from the parents'
// optionalDependencies, with os/cpu/libc read from the package name, so npm skips them
// on every other platform. Run `node scripts/lock-platforms.mjs` after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs'

const file = process.argv[2] ?? 'package-lock.json'
const lock = JSON.parse(readFileSync(file, 'utf8'))
const pkgs = lock.packages
const OS = [
  'aix',
  'android',
  'darwin',
  'freebsd',
  'linux',
  'netbsd',
  'openbsd',
  'openharmony',
  'sunos',
  'win32',
]
const CPU = ['arm64', 'arm', 'ia32', 'loong64', 'mips64el', 'ppc64', 'riscv64', 's390x', 'x64']
let added = 0
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`
    if (pkgs[key]) continue
    const parts = dep.split('/').pop().split('-')
    const os = parts.find((p) => OS.includes(p))
    const cpu = parts.find((p) => CPU.includes(p))
    if (!os || !cpu) {
      console.error(`cannot place ${dep} (needed by ${path})`)
      process.exitCode = 1
      continue
    }
    const tail = parts.slice(parts.indexOf(cpu) + 1).join('-')
    const libc = os !== 'linux' ? undefined : /musl/.test(tail) ? 'musl' : 'glibc'
    pkgs[key] = {
      version: spec,
      cpu: [cpu],
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      os: [os],
    }
    added++
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
)
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`added ${added} entries`)
