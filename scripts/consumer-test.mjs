#!/usr/bin/env node
// The consumer test: packs every public package, installs the tarballs into a fresh project outside
// the workspace (its own package.json, no workspace links), compiles it with strict tsc and
// skipLibCheck false, runs the domain README's example on the in-memory and SQLite stores and a
// fast-check property over @wenming/domain/testing, and runs the `wenming` binary. Then it installs
// @wenming/domain with @wenming/event-store alone and checks that no native module was built.
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const here = join(root, 'scripts', 'consumer')
const started = performance.now()
const step = (text) =>
  console.log(`consumer-test [${((performance.now() - started) / 1000).toFixed(0)} s] ${text}`)
const run = (command, args, cwd, env = {}) =>
  execFileSync(command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })

const workspaces = JSON.parse(run('npm', ['query', '.workspace'], root))
const publicPackages = workspaces.filter((pkg) => pkg.private !== true)
const names = publicPackages.map((pkg) => pkg.name)
step(`public packages: ${names.join(', ')}`)

for (const pkg of publicPackages) {
  const problems = []
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dep, range] of Object.entries(pkg[field] ?? {})) {
      if (dep.startsWith('@wenming/') && !/^\^\d+\.\d+\.\d+$/.test(range))
        problems.push(`${field}.${dep} is '${range}'`)
      if (dep.startsWith('@wenming/') && range !== `^${pkg.version}`)
        problems.push(`${field}.${dep} is '${range}', not the release's ^${pkg.version}`)
    }
  }
  for (const field of ['repository', 'engines', 'keywords', 'license'])
    if (pkg[field] === undefined) problems.push(`no ${field}`)
  if (problems.length > 0) throw new Error(`${pkg.name}: ${problems.join('; ')}`)
}

step('building the public packages (nx cache)')
run('npx', ['nx', 'run-many', '-t', 'build', '-p', ...names, '--output-style=static'], root, {
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_TUI: 'false',
})

const work = mkdtempSync(join(tmpdir(), 'wenming-consumer-'))
const tarballs = join(work, 'tarballs')
mkdirSync(tarballs)
step(`packing into ${tarballs}`)
const packed = JSON.parse(
  run(
    'npm',
    ['pack', '--json', '--pack-destination', tarballs, ...names.flatMap((n) => ['-w', n])],
    root,
  ),
)
const tarballOf = new Map(
  packed.map((entry) => [entry.name, `file:${join(tarballs, entry.filename)}`]),
)
for (const entry of packed) {
  const files = entry.files.map((file) => file.path)
  for (const wanted of ['LICENSE', 'README.md', 'package.json'])
    if (!files.includes(wanted)) throw new Error(`${entry.name}'s tarball has no ${wanted}`)
  const leaked = files.filter((file) => /(^|\/)src\/|\.test\./.test(file))
  if (leaked.length > 0) throw new Error(`${entry.name}'s tarball ships ${leaked.join(', ')}`)
}

// Versions of the consumer's own tools, taken from the workspace so the npm cache has them.
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const tools = Object.fromEntries(
  ['typescript', 'fast-check', '@types/node', 'vitest'].map((name) => [
    name,
    rootManifest.devDependencies[name],
  ]),
)

const project = (dir, wenming, { reuseNativeBuild = false, withTools = true } = {}) => {
  mkdirSync(dir, { recursive: true })
  const dependencies = Object.fromEntries(wenming.map((name) => [name, tarballOf.get(name)]))
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'wenming-consumer',
        private: true,
        type: 'module',
        dependencies: { ...dependencies, ...(withTools ? tools : {}) },
        // The tarballs depend on each other by version; the registry does not have them.
        overrides: Object.fromEntries(wenming.map((name) => [name, `$${name}`])),
      },
      null,
      2,
    ),
  )
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      ...(reuseNativeBuild ? ['--ignore-scripts'] : []),
    ],
    dir,
  )
  if (reuseNativeBuild) {
    // better-sqlite3 compiles from source here (its prebuilt download cannot be reached), minutes on
    // two cores: take the workspace's build of the same version, as prebuild-install would a download.
    const driver = (base) => join(base, 'node_modules', 'better-sqlite3')
    const wanted = JSON.parse(readFileSync(join(driver(dir), 'package.json'), 'utf8')).version
    const have = JSON.parse(readFileSync(join(driver(root), 'package.json'), 'utf8')).version
    if (wanted !== have)
      throw new Error(`better-sqlite3 ${wanted} installed, workspace has ${have}`)
    cpSync(
      join(driver(root), 'build', 'Release', 'better_sqlite3.node'),
      join(driver(dir), 'build', 'Release', 'better_sqlite3.node'),
    )
  }
}

// 1. Everything, as a service would install it.
const full = join(work, 'full')
step('installing every tarball into a fresh project')
project(full, names, { reuseNativeBuild: true })
mkdirSync(join(full, 'src'))
cpSync(join(here, 'tsconfig.json'), join(full, 'tsconfig.json'))
for (const file of readdirSync(here).filter((f) => f.endsWith('.ts')))
  cpSync(join(here, file), join(full, 'src', file))

const readme = readFileSync(join(root, 'packages', 'domain', 'README.md'), 'utf8')
const example = /## Using it from a service[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1]
if (example === undefined)
  throw new Error("no ts example under the domain README's 'Using it from a service'")
const inMemoryLine = 'const store = createInMemoryEventStore()'
if (!example.includes(inMemoryLine))
  throw new Error(`the README example no longer has '${inMemoryLine}'`)
const check = `\nif (order.status !== 'evaluated') throw new Error(\`order is \${order.status}\`)\nconsole.log('README example: order o-1 is', order.status, 'on', process.argv[2] ?? 'memory')\n`
writeFileSync(join(full, 'src', 'readme-memory.ts'), example + check)
writeFileSync(
  join(full, 'src', 'readme-sqlite.ts'),
  `import { createSqliteEventStore } from '@wenming/event-store-sqlite'\n` +
    example
      .replace("import { createInMemoryEventStore } from '@wenming/event-store'\n", '')
      .replace(
        inMemoryLine,
        "const store = createSqliteEventStore({ path: process.argv[2] ?? 'w.db' })",
      ) +
    check +
    'await store.close()\n',
)

step('tsc --strict, skipLibCheck false')
run(join(full, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], full)
process.stdout.write(run('node', ['dist/readme-memory.js'], full))
process.stdout.write(run('node', ['dist/readme-sqlite.js', join(work, 'readme.db')], full))
process.stdout.write(
  run(join(full, 'node_modules', '.bin', 'vitest'), ['run', '--dir', 'dist'], full),
)
process.stdout.write(run('node', ['dist/every-package.js'], full))
const version = run(join(full, 'node_modules', '.bin', 'wenming'), ['--version'], full).trim()
const cliVersion = publicPackages.find((pkg) => pkg.name === '@wenming/cli').version
if (version !== cliVersion)
  throw new Error(`wenming --version printed '${version}', not ${cliVersion}`)
step(`wenming --version: ${version}`)

// 2. The domain with the kernel alone: pure TypeScript, nothing native.
const pure = join(work, 'domain-only')
step('installing @wenming/domain with @wenming/event-store alone')
project(pure, ['@wenming/domain', '@wenming/event-store'], { withTools: false })
const native = []
const walk = (dir) => {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) walk(path)
    else if (entry.endsWith('.node') || entry === 'binding.gyp') native.push(path)
  }
}
walk(join(pure, 'node_modules'))
if (native.length > 0)
  throw new Error(`native modules installed with the domain: ${native.join(', ')}`)
const installed = readdirSync(join(pure, 'node_modules', '@wenming'))
if (installed.join(',') !== 'domain,event-store')
  throw new Error(`installed @wenming/${installed.join(', ')}`)
writeFileSync(
  join(pure, 'check.mjs'),
  "import { orderDecider } from '@wenming/domain'\nif (typeof orderDecider.decide !== 'function') process.exit(1)\n",
)
run('node', ['check.mjs'], pure)
step('domain-only install: no native module, imports and runs')

rmSync(work, { recursive: true, force: true })
step('passed')
