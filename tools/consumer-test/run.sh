#!/usr/bin/env bash
# The consumer test: the public packages as a service outside this workspace gets them.
#
# Builds and packs every public package, installs the tarballs into a fresh project in a temp dir
# (its own package.json, no workspace links), compiles it with strict tsc and skipLibCheck: false,
# runs the domain README's example on the in-memory and the SQLite store, the CLI's bin, fast-check
# properties against @wenming/domain/testing and a scenario of @wenming/api/testing; then installs
# @wenming/domain with @wenming/event-store alone and checks that no native module came with them.
# CONSUMER_TEST_KEEP=1 keeps the temp dir for a look after a failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/tools/consumer-test"
work="$(mktemp -d "${TMPDIR:-/tmp}/wenming-consumer-XXXXXX")"
if [[ "${CONSUMER_TEST_KEEP:-}" == 1 ]]; then
  echo "consumer test: keeping $work"
else
  trap 'rm -rf "$work"' EXIT
fi
export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

step() { printf '\n== consumer test: %s (%ss)\n' "$1" "$SECONDS"; }
fail() {
  echo "consumer test FAILED: $1" >&2
  exit 1
}

# The release group of nx.json is the list of public packages.
mapfile -t projects < <(node -e '
  const nx = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
  for (const name of nx.release.projects) console.log(name)' "$root/nx.json")
devVersion() { node -p 'require(process.argv[1]).devDependencies[process.argv[2]]' "$root/package.json" "$1"; }

step "build ${#projects[@]} public packages"
(cd "$root" && npx nx run-many -t build --projects="$(IFS=,; echo "${projects[*]}")" --output-style=static)

step "pack"
mkdir -p "$work/tarballs"
mapfile -t dirs < <(cd "$root" && node -e '
  const { readdirSync, existsSync, readFileSync } = require("fs")
  const dirOf = new Map()
  for (const group of ["packages", "apps", "tools"])
    for (const dir of readdirSync(group).map((name) => `${group}/${name}`))
      if (existsSync(`${dir}/package.json`))
        dirOf.set(JSON.parse(readFileSync(`${dir}/package.json`, "utf8")).name, dir)
  for (const name of process.argv.slice(1)) console.log(dirOf.get(name))' "${projects[@]}")
for dir in "${dirs[@]}"; do
  (cd "$root/$dir" && npm pack --silent --pack-destination "$work/tarballs" >/dev/null)
done
for tarball in "$work"/tarballs/*.tgz; do
  listing="$(tar -tzf "$tarball")"
  for required in package/package.json package/LICENSE package/README.md; do
    grep -qx "$required" <<<"$listing" || fail "$(basename "$tarball") has no ${required#package/}"
  done
  if grep -E '\.test(-d)?\.(ts|js)$|^package/src/' <<<"$listing"; then
    fail "$(basename "$tarball") ships sources or tests"
  fi
  if tar -xzOf "$tarball" --wildcards 'package/*.md' 'package/dist/*.d.ts' | grep -n 'DESIGN\.md'; then
    fail "$(basename "$tarball") points at a DESIGN.md that is not published"
  fi
  # A public `any` (the SQLite store's connection once was one) in any published declaration.
  if tar -xzOf "$tarball" --wildcards 'package/dist/*.d.ts' | grep -nE '(:|<|\||&|,) *any\b *([,;|&>)=]|\[\]|$)'; then
    fail "$(basename "$tarball") has a public type that is any"
  fi
done
ls -l "$work/tarballs"

step "install the tarballs into a fresh project"
cp -R "$here/template" "$work/app"
cd "$work/app"
# Only better-sqlite3 has an install script that matters here, and it would compile the addon from
# source (no prebuilt binary is reachable on these machines): scripts are skipped, and the addon
# the workspace compiled at `npm ci` from the same version's source is copied in instead.
npm install --ignore-scripts "$work"/tarballs/*.tgz \
  "typescript@$(devVersion typescript)" "@types/node@$(devVersion @types/node)" \
  "fast-check@$(devVersion fast-check)" "vitest@$(devVersion vitest)" "vite@$(devVersion vite)"
[[ "$(realpath node_modules/@wenming/domain)" == "$work/app/"* ]] || fail "@wenming/domain is a link"
node -e '
  for (const name of require("fs").readdirSync("node_modules/@wenming")) {
    const manifest = require(`./node_modules/@wenming/${name}/package.json`)
    for (const [dep, range] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies }))
      if (range === "*" || range.startsWith("workspace:")) throw new Error(`${name} -> ${dep}@${range}`)
  }' || fail "a packed manifest has a workspace range"
sqlite_version="$(node -p 'require("better-sqlite3/package.json").version')"
workspace_sqlite="$root/node_modules/better-sqlite3"
[[ "$sqlite_version" == "$(node -p "require('$workspace_sqlite/package.json').version")" ]] ||
  fail "better-sqlite3 $sqlite_version is not the workspace's version"
mkdir -p node_modules/better-sqlite3/build/Release
cp "$workspace_sqlite/build/Release/better_sqlite3.node" node_modules/better-sqlite3/build/Release/

step "strict tsc, skipLibCheck: false"
awk '/^## Using it from a service/ { section = 1 }
     section && /^```ts$/ { code = 1; next }
     code && /^```$/ { exit }
     code' node_modules/@wenming/domain/README.md >src/readme-example.body.ts
grep -qx 'const store = createInMemoryEventStore()' src/readme-example.body.ts ||
  fail "the domain README's example no longer opens its store as this test expects"
{
  echo "import { close, store } from './store.js'"
  grep -vx 'const store = createInMemoryEventStore()' src/readme-example.body.ts
  echo "if (order.status !== 'dispatched') throw new Error(\`order is \${order.status}\`)"
  echo "console.log(\`README example on \${process.env['CONSUMER_STORE'] ?? 'memory'}: order \${order.status}\`)"
  echo "await close()"
} >src/readme-example.ts
rm src/readme-example.body.ts
npx tsc -p tsconfig.json

step "run the domain README's example on both stores, every entry point, the CLI"
CONSUMER_STORE=memory node dist/readme-example.js
CONSUMER_STORE=sqlite node dist/readme-example.js
node dist/runtime-imports.js
npx wenming --help | grep -q 'serve' || fail "wenming --help does not list serve"

step "fast-check properties against @wenming/domain/testing, @wenming/api/testing"
npx vitest run --root . src

step "@wenming/domain with @wenming/event-store alone"
mkdir "$work/alone"
cd "$work/alone"
echo '{ "name": "domain-alone", "version": "1.0.0", "private": true, "type": "module" }' >package.json
# Scripts run here: a native module among the dependencies would be built, and found below.
npm install "$work"/tarballs/wenming-domain-*.tgz "$work"/tarballs/wenming-event-store-[0-9]*.tgz
[[ ! -e node_modules/better-sqlite3 ]] || fail "better-sqlite3 came with @wenming/domain"
native="$(find node_modules -name '*.node' -o -name binding.gyp)"
[[ -z "$native" ]] || fail "native modules came with @wenming/domain: $native"
node --input-type=module -e "
  import { orderCommandSchema } from '@wenming/domain'
  import { createInMemoryEventStore } from '@wenming/event-store'
  if (typeof orderCommandSchema.parse !== 'function' || !createInMemoryEventStore()) process.exit(1)
  console.log('@wenming/domain and @wenming/event-store load alone')"

step "passed"
