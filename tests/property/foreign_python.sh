#!/bin/sh
# Makes a Debian Python of another architecture that runs under qemu-user,
# for the property tests of the cross tiers (s390x, i686; TESTING.md,
# "Property tests under qemu"):
#   sh tests/property/foreign_python.sh ARCH...     (ARCH: i386, s390x)
# writes DIR/python-ARCH/python3 for each, DIR being CLUSCTL_PYTHON_CACHE or
# else ~/.cache/clusctl (where the presets of the i686 and s390x tiers look).
#
# Debian's interpreter package (python3.X-minimal) cannot be installed
# beside the host's (Multi-Arch: allowed, and /usr/bin/python3.X is the
# host's), so this does not install it: apt-get, with its own state folder
# (the host's package database and architectures stay as they are) and the
# host's sources and keys, fetches the package lists of ARCH, then
# python3.X-minimal, libpython3.X-stdlib and the libraries they need, and
# unpacks them (dpkg-deb -x) into DIR/python-ARCH/root. X is the host
# python3's minor version, so that the host's own pure-Python hypothesis and
# pytest (python3-hypothesis, python3-pytest) serve it: the wrapper
# DIR/python-ARCH/python3 runs root/usr/bin/python3.X under qemu-ARCH -L root
# with /usr/lib/python3/dist-packages on PYTHONPATH. Needs network access,
# apt-get, dpkg-deb and qemu-user; root is not needed.
set -eu
if [ $# -eq 0 ]; then
    echo "usage: $0 ARCH... (i386, s390x)" >&2
    exit 2
fi
cache=${CLUSCTL_PYTHON_CACHE:-${HOME:?}/.cache/clusctl}
host_python=/usr/bin/python3
minor=$("$host_python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
"$host_python" -c 'import hypothesis, pytest' || {
    echo "$0: $host_python cannot import hypothesis and pytest (python3-hypothesis python3-pytest)" >&2
    exit 1
}
dist=/usr/lib/python3/dist-packages

for arch in "$@"; do
    case $arch in
        i386) qemu=qemu-i386 ;;
        s390x) qemu=qemu-s390x ;;
        *) echo "$0: unknown ARCH '$arch' (i386, s390x)" >&2; exit 2 ;;
    esac
    command -v "$qemu" >/dev/null || { echo "$0: $qemu not found (qemu-user)" >&2; exit 1; }
    dir=$cache/python-$arch
    apt=$dir/apt
    rm -rf "$dir"
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$dir/debs" "$dir/root"
    : > "$apt/status"
    {
        echo "Dir::State \"$apt\";"
        echo "Dir::State::Lists \"$apt/lists\";"
        echo "Dir::State::status \"$apt/status\";"
        echo "Dir::Cache \"$apt/cache\";"
        echo "APT::Architecture \"$arch\";"
        echo "APT::Architectures { \"$arch\"; };"
        # root: apt's download sandbox user could not write this folder.
        if [ "$(id -u)" = 0 ]; then echo 'APT::Sandbox::User "root";'; fi
    } > "$apt/apt.conf"
    export APT_CONFIG="$apt/apt.conf"
    echo "== $arch: package lists"
    apt-get -qq update
    # The interpreter and the standard library, and every library they
    # need (ARCH is this apt's own architecture, so the names come without
    # ":ARCH"; the closure's tools, dpkg, tar, perl, are not needed to run it).
    pkgs=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
               --no-breaks --no-replaces --no-enhances \
               "python$minor-minimal:$arch" "libpython$minor-stdlib:$arch" |
           grep -E "^(lib[a-z0-9.+-]*|zlib1g|python$minor-minimal)\$" | grep -v "^libperl" | sort -u)
    echo "== $arch: $(echo $pkgs | wc -w) packages: $(echo $pkgs)"
    (cd "$dir/debs" && apt-get -qq download $pkgs)
    for deb in "$dir"/debs/*.deb; do
        dpkg-deb -x "$deb" "$dir/root"
    done
    rm -rf "$apt" "$dir/debs"
    cat > "$dir/python3" <<EOF
#!/bin/sh
# Written by tests/property/foreign_python.sh: Debian's python$minor for $arch
# under $qemu, with the host's pure-Python packages (hypothesis, pytest).
PYTHONPATH=$dist\${PYTHONPATH:+:\$PYTHONPATH} exec $qemu -L $dir/root $dir/root/usr/bin/python$minor "\$@"
EOF
    chmod +x "$dir/python3"
    "$dir/python3" -c 'import ctypes, sys, platform, hypothesis, pytest
print("%s: Python %s on %s (%s-endian), hypothesis %s, pytest %s" % (sys.argv[1],
      platform.python_version(), platform.machine(), sys.byteorder,
      hypothesis.__version__, pytest.__version__))' "$dir/python3"
done
