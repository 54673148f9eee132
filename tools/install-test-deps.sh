#!/usr/bin/env bash
# Installs the oracle tools the test suite compares against, when they are missing and we may:
# GNU binutils and gcc (assembler/disassembler/CPU oracles), busybox-static (Linux user-mode
# end-to-end table), musl-tools (a second libc for the C tests) and qemu-user (benchmark reference).
# Tests that need a tool that is still missing skip with a visible reason, so a failure here is
# only a warning. Used by .ci/run; developers may run it once by hand (as root, or with sudo).
set -u

need=()
command -v objdump >/dev/null 2>&1 || need+=(binutils)
command -v gcc >/dev/null 2>&1 || need+=(gcc libc6-dev)
[ -x /bin/busybox ] || command -v busybox >/dev/null 2>&1 || need+=(busybox-static)
command -v musl-gcc >/dev/null 2>&1 || need+=(musl-tools)
command -v qemu-x86_64 >/dev/null 2>&1 || need+=(qemu-user)
command -v /usr/bin/time >/dev/null 2>&1 || need+=(time)

[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
        echo "install-test-deps: missing ${need[*]} (not root: install them to run every test)" >&2
        exit 0
    fi
fi
echo "install-test-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null 2>&1 || echo "install-test-deps: apt-get update failed" >&2
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
    || echo "install-test-deps: could not install ${need[*]}; the tests that need them will skip" >&2
exit 0
