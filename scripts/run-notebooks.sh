#!/usr/bin/env bash
# Executes every notebook headless with the tslab kernel (Debian's jupyter nbconvert) and fails
# when any cell fails. Executed copies go to notebooks/executed/ (not committed).
# Usage: npm run notebooks [-- notebooks/01-*.ipynb ...]
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
if [ $# -gt 0 ]; then books=("$@"); else books=(notebooks/[0-9]*.ipynb); fi
failed=()
for nb in "${books[@]}"; do
  name=$(basename "$nb")
  start=$(date +%s%N)
  if "$JUPYTER" nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=tslab \
      --ExecutePreprocessor.timeout=300 --output-dir "$out" "$nb" >"$out/$name.log" 2>&1; then
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    printf 'ok      %s (%d.%03d s)\n' "$name" $((ms / 1000)) $((ms % 1000))
  else
    failed+=("$name")
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
  fi
done
echo "${#books[@]} notebooks, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
