#!/usr/bin/env bash
# Writes every output a pure refactoring must leave unchanged into one folder: each shipped level's
# exemplar (CSV and save), its report, reports of derived attempts (shuffled, jittered, thinned,
# clumped, too deep or shallow, no t_ms) and PNG renders. Compare two builds with
#   tests/tools/reference_outputs.sh OLD/smpsim /tmp/ref-old
#   tests/tools/reference_outputs.sh NEW/smpsim /tmp/ref-new && diff -r /tmp/ref-old /tmp/ref-new
# No output of one build depends on time or on the machine, so the folders must match byte for byte.
set -euo pipefail
if (($# != 2)); then
  echo "usage: $0 SMPSIM OUT_DIR" >&2
  exit 2
fi
B=$(realpath "$1")
OUT=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
JOBS=${JOBS:-2}

# Derived attempts: deterministic rewrites of the exemplar's CSV (x,y,depth,session,needle,pigment,t).
variant() {  # $1 kind, $2 in.csv, $3 out.csv
  awk -F, -v kind="$1" 'BEGIN { OFS = "," }
    NR == 1 { if (kind == "no_t") print "x_mm,y_mm,depth_mm,session,needle,pigment"; else print; next }
    {
      i = NR - 1
      if (kind == "jitter") { $1 += 0.35 * sin(i * 1.7); $2 += 0.35 * cos(i * 2.3) }
      if (kind == "thin" && i % 3 == 0) next
      if (kind == "clump" && i % 4 == 0) { print; $1 += 0.05; $2 -= 0.04 }
      if (kind == "depth") $3 = 0.04 + (i % 11) * 0.09
      if (kind == "no_t") { NF = 6 }
      if (kind == "mirror") $1 = -$1
      print
    }' "$2" >"$3"
  if [[ $1 == shuffle ]]; then
    { head -1 "$2"; tail -n +2 "$2" | awk '{ printf "%d\t%s\n", (NR * 7919) % 104729, $0 }' |
      sort -n -s -k1,1 | cut -f2-; } >"$3"
  fi
}

one_level() {
  local level=$1 name
  name=$(basename "$level" .json)
  cd "$OUT"
  "$B" exemplar "$level" -o "$name.csv" >"$name.exemplar.txt"
  "$B" exemplar "$level" -o "$name.save.json" >/dev/null
  "$B" grade "$name.save.json" --json >"$name.grade.json" 2>&1
  "$B" grade "$name.save.json" >"$name.grade.txt" 2>&1
  for kind in jitter thin clump depth no_t mirror shuffle; do
    variant "$kind" "$name.csv" "$name.$kind.csv"
    "$B" grade --level "$level" --dots "$name.$kind.csv" --json >"$name.$kind.grade.json" 2>&1 || true
    rm "$name.$kind.csv"
  done
  "$B" render --level "$level" -o "$name.scalp.png" --size 600 --overlay zones,landmarks >/dev/null
  "$B" render "$name.save.json" -o "$name.healed.png" --size 600 --healed \
    --overlay density,spots,hairline >/dev/null
}
export -f one_level variant
export B OUT
ls "$ROOT"/levels/*.json | xargs -P "$JOBS" -I{} bash -c 'one_level "$@"' _ {}
echo "wrote $(ls "$OUT" | wc -l) files to $OUT"
