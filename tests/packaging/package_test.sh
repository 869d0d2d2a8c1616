#!/usr/bin/env bash
# The .deb as an office gets it: built by CPack, unpacked into a scratch root (dpkg -x: no root
# needed), its programs run from there, its desktop entry, AppStream data and MIME type validated,
# and lintian without errors. Usage: package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
scratch=$(mktemp -d)
trap 'kill "${gui:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; fail "cpack"; }
deb=$(ls "$scratch"/out/taizhang_*.deb)
root=$scratch/root
dpkg -x "$deb" "$root"

# Runtime dependencies only: never a -dev package.
depends=$(dpkg-deb -f "$deb" Depends)
[[ $depends != *-dev* ]] || fail "depends on a -dev package: $depends"
for needed in fonts-noto-cjk qt6-qpa-plugins libqt6sql6-sqlite libxlsxwriter4; do
    [[ $depends == *$needed* ]] || fail "does not depend on $needed"
done

# The programs run from the unpacked tree (their libraries are the system's).
export HOME=$scratch/home QT_QPA_PLATFORM=offscreen TAIZHANG_LANG=en
mkdir -p "$HOME"
"$root/usr/bin/taizhang-cli" --version | grep -qx "taizhang-cli $(dpkg-deb -f "$deb" Version)" || fail "taizhang-cli --version"
"$root/usr/bin/taizhang" --version >/dev/null || fail "taizhang --version"

# Desktop entry, AppStream metainfo and icons.
desktop-file-validate "$root/usr/share/applications/taizhang.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.taizhang.Taizhang.metainfo.xml" >/dev/null \
    || fail "appstreamcli validate"
for size in 16 32 48 128 256; do
    [[ -s $root/usr/share/icons/hicolor/${size}x${size}/apps/taizhang.png ]] || fail "no ${size}px icon"
done

# The MIME type: a ledger is recognised by its content, whatever its name; another SQLite file is not.
mkdir -p "$scratch/share"
cp -r "$root/usr/share/mime" "$scratch/share/"
update-mime-database "$scratch/share/mime"
ledger=$scratch/work/plan.taizhang
mkdir -p "$scratch/work"
"$root/usr/bin/taizhang-cli" import "$source/tests/data/ledger-lhasa-2021.txt" --into "$ledger" >/dev/null
cp "$ledger" "$scratch/work/renamed.db"
sqlite3 "$scratch/work/other.db" "CREATE TABLE t (x INTEGER)"
type_of() { XDG_DATA_DIRS=$scratch/share:/usr/share gio info -a standard::content-type "$1" | awk '/content-type/ {print $2}'; }
[[ $(type_of "$ledger") == application/x-taizhang-ledger ]] || fail "ledger not recognised: $(type_of "$ledger")"
[[ $(type_of "$scratch/work/renamed.db") == application/x-taizhang-ledger ]] || fail "renamed ledger not recognised"
[[ $(type_of "$scratch/work/other.db") == application/vnd.sqlite3 ]] || fail "another SQLite file taken for a ledger"
grep -q "MimeType=application/x-taizhang-ledger;" "$root/usr/share/applications/taizhang.desktop" \
    || fail "the desktop entry does not open ledgers"

# `taizhang FILE` opens that file: the running program holds its lock.
"$root/usr/bin/taizhang" "$ledger" >/dev/null 2>&1 &
gui=$!
for _ in $(seq 50); do
    [[ -e $ledger.lock ]] && break
    sleep 0.2
done
[[ -e $ledger.lock ]] || fail "taizhang did not open $ledger"
# A second start with the same file hands it to the first and ends at once.
timeout 10 "$root/usr/bin/taizhang" "$ledger" >/dev/null 2>&1 || fail "a second start did not hand over"
kill -0 "$gui" || fail "the first taizhang ended"
kill "$gui"

# lintian: no errors (warnings are printed for whoever looks).
lintian_out=$(lintian "$deb" 2>&1 | grep -v "running with root privileges" || true)
[[ -n $lintian_out ]] && echo "$lintian_out"
! grep -q "^E:" <<<"$lintian_out" || fail "lintian reports errors"
echo "package ok: $deb"
