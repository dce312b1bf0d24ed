#!/usr/bin/env bash
# Executes every notebook headless with the tslab kernel (Debian's jupyter nbconvert) and fails
# when any cell fails. Executed copies go to notebooks/executed/ (not committed).
# A notebook is executed again only when its inputs changed since its last successful run: the
# notebook, all of src/, the kernel spec, package-lock.json, the raw data's sidecars (which hold
# each file's sha256) and the MIGRATIE_* settings (notebooks/executed/<name>.inputs); --force runs all.
# Usage: npm run notebooks [-- --force] [-- notebooks/fig1-*.ipynb ...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export JUPYTER_PATH="$root/jupyter"          # the committed tslab kernelspec
export PATH="$root/node_modules/.bin:$PATH"   # tslab itself
# JUPYTER (an override of the Jupyter command) is refused when set but not executable, like every
# variable the package reads (src/config.ts); unset, Debian's is used, else the one on PATH.
if [ -n "${JUPYTER:-}" ]; then
  command -v "$JUPYTER" >/dev/null 2>&1 || { echo "ERROR JUPYTER=$JUPYTER: not an executable command" >&2; exit 2; }
else
  JUPYTER=/usr/bin/jupyter
  [ -x "$JUPYTER" ] || JUPYTER=jupyter
fi
# Relative paths in MIGRATIE_* are taken from the project root by src/paths.ts.
out="$root/notebooks/executed"
mkdir -p "$out"
force=0
if [ "${1:-}" = "--force" ]; then force=1; shift; fi
if [ $# -gt 0 ]; then books=("$@"); else books=(notebooks/fig[1-9]*.ipynb); fi

# What a notebook's results depend on, as one sha256 (about 50 ms; a notebook run takes seconds).
inputs_key() {
  {
    sha256sum "$1"
    find src jupyter -type f -print0 | sort -z | xargs -0 sha256sum
    sha256sum package-lock.json 2>/dev/null || true
    for d in data "${MIGRATIE_RAW:-}" "${MIGRATIE_MIRROR:-}"; do
      if [ -n "$d" ] && [ -d "$d" ]; then find -L "$d" -name '*.origin.json' -print0 | sort -z | xargs -0 -r sha256sum; fi
    done
    env | grep '^MIGRATIE_' | grep -v '^MIGRATIE_NOTEBOOK_JOBS=' | sort || true
  } | sha256sum | cut -d' ' -f1
}
# Two notebooks at a time by default: each spends most of its time starting a kernel and
# type-checking, on one core (MIGRATIE_NOTEBOOK_JOBS=1 runs them one by one).
jobs=${MIGRATIE_NOTEBOOK_JOBS:-2}
if ! [[ "$jobs" =~ ^[1-9][0-9]?$ ]]; then
  echo "ERROR MIGRATIE_NOTEBOOK_JOBS must be a whole number from 1 to 99, not \"$jobs\"" >&2
  exit 2
fi
status_dir=$(mktemp -d)
trap 'rm -rf "$status_dir"' EXIT

run_one() {
  local nb=$1 name start ms stamp
  name=$(basename "$nb")
  stamp="$out/$name.inputs"
  if [ "$force" -eq 0 ] && [ -f "$out/$name" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(inputs_key "$nb")" ]; then
    printf 'ok      %s (up to date)\n' "$name" >"$status_dir/$name"
    return
  fi
  rm -f "$stamp"
  start=$(date +%s%N)
  if "$JUPYTER" nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=tslab \
      --ExecutePreprocessor.timeout=300 --output-dir "$out" "$nb" >"$out/$name.log" 2>&1; then
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    printf 'ok      %s (%d.%03d s)\n' "$name" $((ms / 1000)) $((ms % 1000)) >"$status_dir/$name"
    # Taken after the run: raw files the notebook copied from the mirror count as its inputs.
    inputs_key "$nb" >"$stamp"
    return
  fi
  {
    printf 'FAILED  %s\n' "$name"
    # nbconvert prints only "<Error>:" for tslab: run once more keeping errors, and print the
    # failing cells' outputs, where tslab puts the message.
    "$JUPYTER" nbconvert --to notebook --execute --allow-errors --ExecutePreprocessor.kernel_name=tslab \
      --ExecutePreprocessor.timeout=300 --output-dir "$out" "$nb" >>"$out/$name.log" 2>&1 || true
    /usr/bin/python3 - "$out/$name" <<'PY' || grep -v '^\[NbConvertApp\]' "$out/$name.log" | tail -n 25
import json, sys
nb = json.load(open(sys.argv[1]))
for i, c in enumerate(nb["cells"]):
    for o in c.get("outputs", []):
        text = o.get("text") or "\n".join([o.get("ename", ""), o.get("evalue", "")] + o.get("traceback", []))
        if o.get("output_type") == "error" or o.get("name") == "stderr":
            print(f"        cell {i}: " + "".join(text).strip().replace("\n", "\n        "))
PY
  } >"$status_dir/$name.failed"
}

for nb in "${books[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run_one "$nb" &
done
wait

# Report in notebook order, whatever order they finished in.
failed=0
for nb in "${books[@]}"; do
  name=$(basename "$nb")
  if [ -f "$status_dir/$name" ]; then cat "$status_dir/$name"
  else
    failed=$((failed + 1))
    cat "$status_dir/$name.failed" 2>/dev/null || printf 'FAILED  %s (no result: see %s)\n' "$name" "$out/$name.log"
  fi
done
echo "${#books[@]} notebooks, $failed failed"
[ "$failed" -eq 0 ]
