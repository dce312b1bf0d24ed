#!/usr/bin/env bash
# Executes every notebook headless with the tslab kernel (Debian's jupyter nbconvert) and fails
# when any cell fails. Executed copies go to notebooks/executed/ (not committed), and each one as a
# page that opens from disk without network to out/notebooks/<name>.html ($MIGRATIE_OUT/notebooks).
# Usage: npm run notebooks [-- notebooks/fig1-*.ipynb ...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export JUPYTER_PATH="$root/jupyter"          # the committed tslab kernelspec
export PATH="$root/node_modules/.bin:$PATH"   # tslab itself
JUPYTER=${JUPYTER:-/usr/bin/jupyter}
[ -x "$JUPYTER" ] || JUPYTER=jupyter
# Relative paths in MIGRATIE_* are taken from the project root by src/paths.ts.
out="$root/notebooks/executed"
mkdir -p "$out"
pages=${MIGRATIE_OUT:-out}
[[ $pages = /* ]] || pages="$root/$pages"
pages="$pages/notebooks"
mkdir -p "$pages"
if [ $# -gt 0 ]; then books=("$@"); else books=(notebooks/fig[1-9]*.ipynb); fi
# Two notebooks at a time by default: each spends most of its time starting a kernel and
# type-checking, on one core (MIGRATIE_NOTEBOOK_JOBS=1 runs them one by one).
jobs=${MIGRATIE_NOTEBOOK_JOBS:-2}
status_dir=$(mktemp -d)
trap 'rm -rf "$status_dir"' EXIT

# The executed notebook as a page (nbconvert's lab template; made offline by notebook-pages.ts
# below), and a check of its weight: figures carry no plotly.js (src/notebook/figure-output.ts).
notebook_page() {
  local nb=$1 bytes
  bytes=$(stat -c %s "$nb")
  if [ "$bytes" -ge 1500000 ]; then
    echo "$nb weighs $bytes bytes, more than 1.5 MB: does a cell inline plotly.js?" >>"$nb.log"
    return 1
  fi
  "$JUPYTER" nbconvert --to html --template lab --output-dir "$pages" "$nb" >>"$nb.log" 2>&1
}

run_one() {
  local nb=$1 name start ms
  name=$(basename "$nb")
  start=$(date +%s%N)
  if "$JUPYTER" nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=tslab \
      --ExecutePreprocessor.timeout=300 --output-dir "$out" "$nb" >"$out/$name.log" 2>&1 &&
    notebook_page "$out/$name"; then
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    printf 'ok      %s (%d.%03d s)\n' "$name" $((ms / 1000)) $((ms % 1000)) >"$status_dir/$name"
    return
  fi
  {
    printf 'FAILED  %s\n' "$name"
    grep -h 'more than 1.5 MB' "$out/$name.log" | sed 's/^/        /' || true
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
made=()
for nb in "${books[@]}"; do
  name=$(basename "$nb" .ipynb)
  [ -f "$status_dir/$name.ipynb" ] && made+=("$pages/$name.html")
done
if [ ${#made[@]} -gt 0 ] && ! tsx src/cli/notebook-pages.ts "${made[@]}"; then
  echo "the notebook pages in $pages could not be made to work offline (see above)"
  exit 1
fi

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
