#!/bin/sh
# Builds the application class-data-sharing (AppCDS) archive of a NinePlus Linux app image:
# APP/lib/app/nineplus.jsa, which the launcher maps with -XX:SharedArchiveFile=$APPDIR/nineplus.jsa -Xshare:auto.
#
#   nineplus-cds.sh train APP   (at package time) runs the app to learn which classes it loads, writes the list to
#                               APP/lib/app/cds/classes.lst, then dumps the archive.
#   nineplus-cds.sh dump APP    (the .deb's postinst) dumps the archive from the list shipped in the app image.
#
# JDK 17 accepts an archive only with the class path it was dumped with, so it must be dumped where the app image
# finally lives: the build dumps it for target/dist/NinePlus, the .deb dumps it again in /opt/nineplus. A missing or
# stale archive never stops the app (-Xshare:auto), it only starts slower.
#
# Training: the command line always (--version, advise and list on the sample); the window too when a display is
# reachable ($DISPLAY set, e.g. Xvfb): the app shows its window, prints "shown <ms>" and exits
# (-Dnineplus.startupProbe=true). Without a display the archive covers only the command line's classes.
set -eu

mode=${1:?usage: nineplus-cds.sh train|dump APP}
app=$(cd "${2:?usage: nineplus-cds.sh train|dump APP}" && pwd)
java="$app/lib/runtime/bin/java"
appdir="$app/lib/app"
cfg="$appdir/$(basename "$(ls "$app/bin" | head -n 1)").cfg"
list="$appdir/cds/classes.lst"
archive="$appdir/nineplus.jsa"

# The class path exactly as the launcher builds it from its .cfg ($APPDIR expanded, in order).
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\\\$APPDIR#$appdir#g" | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")

train() {
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    sample="$appdir/cds/claims-workshop.json"
    run() { # name, then the app's arguments; headless, as the command line runs
        name=$1; shift
        XDG_DATA_HOME="$work/xdg" "$java" -Xshare:auto -XX:DumpLoadedClassList="$work/$name.lst" \
            -Djava.awt.headless=true -cp "$classpath" "$main" "$@" > "$work/$name.out" 2> "$work/$name.err" || {
            echo "nineplus-cds: training run '$name' failed:" >&2; cat "$work/$name.err" >&2; exit 1; }
    }
    (unset DISPLAY; run version --version)
    (unset DISPLAY; run advise advise --budget 120000 "$sample")
    (unset DISPLAY; run list list --db "$work/training.mv.db")
    if [ -n "${DISPLAY:-}" ]; then
        # The window, if the display answers; a failure here only leaves the window's classes out.
        if timeout 120 env XDG_DATA_HOME="$work/xdg" "$java" -Xshare:auto -XX:DumpLoadedClassList="$work/window.lst" \
                -Dnineplus.startupProbe=true -cp "$classpath" "$main" --db "$work/window.mv.db" \
                > "$work/window.out" 2> "$work/window.err" && grep -q '^shown ' "$work/window.out"; then
            echo "nineplus-cds: trained on the command line and the window (DISPLAY=$DISPLAY)"
        else
            echo "nineplus-cds: the window did not start on DISPLAY=$DISPLAY; trained on the command line only" >&2
            rm -f "$work/window.lst"
        fi
    else
        echo "nineplus-cds: no DISPLAY; trained on the command line only"
    fi
    mkdir -p "$appdir/cds"
    cat "$work"/*.lst | sort -u > "$list"
}

dump() {
    rm -f "$archive"
    "$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" -cp "$classpath" \
        > "$appdir/cds/dump.log" 2>&1 || { echo "nineplus-cds: dump failed, see $appdir/cds/dump.log" >&2; exit 1; }
    echo "nineplus-cds: $(wc -l < "$list") classes listed, archive $(du -k "$archive" | cut -f1) KiB at $archive"
}

case "$mode" in
    train) train; dump ;;
    dump) dump ;;
    *) echo "usage: nineplus-cds.sh train|dump APP" >&2; exit 2 ;;
esac
