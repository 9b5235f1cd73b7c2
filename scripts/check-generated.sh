#!/usr/bin/env bash
# npm run check:generated
#
# Regenerates the files that are committed but written by tools (the TypeScript types, the GraphQL
# schema, the admin import map) and checks that the committed SQL migrations still describe the
# config. Exits 1, naming each stale file, when a migration is missing or when the regenerated
# files differ from git; the regenerated versions are left in the working tree to be committed.
set -uo pipefail
cd "$(dirname "$0")/.."

scratch=$(mktemp -d "${TMPDIR:-/tmp}/kexie-generated-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
# A throwaway database and secret, so that loading the config writes no .env and opens nothing
# real; generating needs neither.
export DATABASE_URI="file:$scratch/generate.db"
export PAYLOAD_SECRET=check-generated-signs-nothing
export LOG_LEVEL=error
unset NODE_ENV

types=src/payload-types.ts
schema=schema.graphql
import_map='src/app/(payload)/admin/importMap.js'
failed=0

# Payload's CLIs run under the `development` export condition (scripts/run.mjs says why: without it
# Node 20 can end them with exit 0 having done nothing). The schema goes to a scratch file that
# must exist afterwards, so a run that wrote nothing cannot pass for an up-to-date schema.
run_logged() { # <label> <command...>: quiet unless it fails
  local label=$1
  shift
  if ! "$@" >"$scratch/$label.log" 2>&1; then
    echo "check-generated: $label failed:" >&2
    cat "$scratch/$label.log" >&2
    failed=1
    return 1
  fi
}

run_logged types node scripts/run.mjs node_modules/payload/bin.js generate:types
run_logged importmap node scripts/run.mjs node_modules/payload/bin.js generate:importmap

generate_schema() {
  local out="$scratch/schema.graphql"
  rm -f "$out"
  PAYLOAD_GRAPHQL_SCHEMA_PATH="$out" node scripts/run.mjs node_modules/@payloadcms/graphql/bin.js \
    generate:schema || return 1
  if [ ! -s "$out" ]; then
    echo "payload-graphql generate:schema wrote nothing" >&2
    return 1
  fi
  cmp -s "$out" "$schema" || cp "$out" "$schema"
}
run_logged schema generate_schema

# Prints one line per SQL dialect; a stale one names its newest migration snapshot.
node scripts/run.mjs scripts/generate-migrations.ts --check || failed=1

changed=$(git status --porcelain --untracked-files=all -- "$types" "$schema" "$import_map")
if [ -n "$changed" ]; then
  while IFS= read -r line; do
    echo "check-generated: ${line:3} is stale: it differs from git after regenerating (commit it)" >&2
  done <<<"$changed"
  failed=1
fi

if [ "$failed" -eq 0 ]; then
  echo "check-generated: types, GraphQL schema, import map and migrations are up to date"
fi
exit "$failed"
