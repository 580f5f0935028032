#!/usr/bin/env bash
# Start-up benchmark: the packaged NinePlus (target/dist/NinePlus, its launcher, runtime and CDS archive) against a
# bare JavaFX window (packaging/bench/Hello.java) run by the same jlink'd runtime with the same JavaFX jars.
# Both print "shown <epoch-ms>" when their first window is shown (NinePlus also "ready <epoch-ms>" once its library
# screen is built and the library is open, reported as a second, informative number); start-up is that moment minus the moment just
# before the process was started (date +%s%3N). Runs alternate, N each (default 10), on DISPLAY (default :99, e.g.
# `Xvfb :99 -screen 0 1600x1000x24 &`). Build the app image first: mvn -Ppackage -DskipTests package.
#
#   packaging/bench/startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10}
export DISPLAY=${DISPLAY:-:99}
app=target/dist/NinePlus
[ -x "$app/bin/NinePlus" ] || { echo "no app image: mvn -Ppackage -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fx=$(ls "$app"/lib/app/lib/javafx-*.jar | paste -sd: -)
javac --release 17 -cp "$fx" -d "$work/hello" packaging/bench/Hello.java
export XDG_DATA_HOME="$work/xdg"

shown_after() { # command...: prints milliseconds from start to "shown" (and to "ready" into $work/ready)
    local t0 out ready
    t0=$(date +%s%3N)
    out=$("$@" 2> "$work/err.txt") || { echo "failed: $*" >&2; cat "$work/err.txt" >&2; exit 1; }
    ready=$(sed -n 's/^ready //p' <<< "$out")
    [ -z "$ready" ] || echo $(( ready - t0 )) > "$work/ready"
    echo $(( $(sed -n 's/^shown //p' <<< "$out") - t0 ))
}
stats() { # name, then numbers: median and p90 (nearest rank)
    local name=$1; shift
    sort -n <<< "$(printf '%s\n' "$@")" > "$work/sorted"
    local count=$#
    local median=$(awk -v n="$count" 'NR==int((n+1)/2){a=$1} NR==int(n/2)+1{b=$1} END{print (n%2 ? a : (a+b)/2)}' "$work/sorted")
    local p90=$(sed -n "$(( (count * 9 + 9) / 10 ))p" "$work/sorted")
    echo "$name: median $median ms, p90 $p90 ms, runs: $*"
    eval "${name}_median=$median"
}

# One untimed start of each first: JavaFX unpacks its native libraries into ~/.openjfx/cache on a first start.
JAVA_TOOL_OPTIONS=-Dnineplus.startupProbe=true "$app/bin/NinePlus" > /dev/null 2>&1
"$app/lib/runtime/bin/java" -cp "$work/hello:$fx" Hello > /dev/null 2>&1

nineplus=() hello=() ready=()
for ((i = 1; i <= n; i++)); do
    nineplus+=("$(JAVA_TOOL_OPTIONS=-Dnineplus.startupProbe=true shown_after "$app/bin/NinePlus")")
    ready+=("$(cat "$work/ready")")
    hello+=("$(JAVA_TOOL_OPTIONS=-Dnineplus.startupProbe=true shown_after "$app/lib/runtime/bin/java" -cp "$work/hello:$fx" Hello)")
done
stats nineplus "${nineplus[@]}"
stats hello "${hello[@]}"
stats ready "${ready[@]}"
awk -v a="$nineplus_median" -v b="$hello_median" 'BEGIN{printf "ratio of medians: %.2f (target <= 1.30)\n", a/b}'
