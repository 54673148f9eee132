# shellcheck shell=bash
# Source this file (". tools/jdk25.sh") to set and export JAVA_HOME to a JDK whose
# major version is >= 25 (the minimum can be changed with PACIFICA_JDK_MIN).
#
# Search order:
#   1. $JAVA_HOME, if it is such a JDK;
#   2. the `java` found on $PATH, if it is such a JDK;
#   3. the candidate directories (globs):
#        /usr/lib/jvm/*  /opt/java/*  /opt/*jdk*  ~/.sdkman/candidates/java/*  ~/.jdks/*
#        /Library/Java/JavaVirtualMachines/*/Contents/Home
#      For tests, PACIFICA_JDK_SEARCH_PATHS (colon-separated directories or globs) replaces
#      this list when it is set, even to the empty string.
#   4. on macOS, /usr/libexec/java_home (skipped when PACIFICA_JDK_SEARCH_PATHS is set).
#
# On success JAVA_HOME is exported and the status is 0. Otherwise a message explaining how
# to install JDK 25 goes to stderr, JAVA_HOME is left unchanged, and the status is 1.
# Does not change shell options of the sourcing shell.

# Print the major version of the JDK at $1 (empty if it is not a JDK).
_pacifica_jdk_major() {
    local home=$1 v=""
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
    if [ -r "$home/release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}.*$/\1/p' "$home/release" 2>/dev/null | head -n 1)
    fi
    if [ -z "$v" ]; then
        # e.g. openjdk version "25.0.1" 2025-10-21  /  java version "1.8.0_401"
        v=$("$home/bin/java" -version 2>&1 | sed -n 's/^.* version "\([^"]*\)".*$/\1/p' | head -n 1)
    fi
    [ -n "$v" ] || return 1
    case $v in
        1.*) v=${v#1.} ;;
    esac
    v=${v%%[!0-9]*}
    [ -n "$v" ] || return 1
    printf '%s\n' "$v"
}

# Succeed if $1 is a JDK home with major version >= the minimum.
_pacifica_jdk_ok() {
    local major
    [ -n "$1" ] && [ -d "$1" ] || return 1
    major=$(_pacifica_jdk_major "$1") || return 1
    [ "$major" -ge "${PACIFICA_JDK_MIN:-25}" ] 2>/dev/null
}

_pacifica_find_jdk() {
    local min=${PACIFICA_JDK_MIN:-25} cand java_bin pattern patterns d
    local -a found=()

    # 1. JAVA_HOME
    if [ -n "${JAVA_HOME:-}" ] && _pacifica_jdk_ok "$JAVA_HOME"; then
        printf '%s\n' "$JAVA_HOME"
        return 0
    fi

    # 2. java on PATH (follow symlinks such as /usr/bin/java -> /etc/alternatives/java -> ...)
    java_bin=$(command -v java 2>/dev/null || true)
    if [ -n "$java_bin" ]; then
        java_bin=$(readlink -f "$java_bin" 2>/dev/null || printf '%s' "$java_bin")
        cand=$(dirname "$(dirname "$java_bin")")
        if _pacifica_jdk_ok "$cand"; then
            printf '%s\n' "$cand"
            return 0
        fi
    fi

    # 3. well-known install locations
    if [ "${PACIFICA_JDK_SEARCH_PATHS+set}" = set ]; then
        patterns=$PACIFICA_JDK_SEARCH_PATHS
    else
        patterns="/usr/lib/jvm/*:/opt/java/*:/opt/*jdk*:$HOME/.sdkman/candidates/java/*:$HOME/.jdks/*:/Library/Java/JavaVirtualMachines/*/Contents/Home"
    fi
    local IFS=:
    for pattern in $patterns; do
        [ -n "$pattern" ] || continue
        IFS=$' \t\n'
        # Glob expansion only (candidates are tried newest-looking name first below).
        for d in $pattern; do
            [ -d "$d" ] && found+=("$d")
        done
        IFS=:
    done
    IFS=$' \t\n'
    if [ ${#found[@]} -gt 0 ]; then
        while IFS= read -r cand; do
            [ -L "$cand" ] && [ "$cand" != "$(readlink -f "$cand")" ] && cand=$(readlink -f "$cand")
            if _pacifica_jdk_ok "$cand"; then
                printf '%s\n' "$cand"
                return 0
            fi
        done < <(printf '%s\n' "${found[@]}" | sort -r -V 2>/dev/null || printf '%s\n' "${found[@]}")
    fi

    # 4. macOS
    if [ "${PACIFICA_JDK_SEARCH_PATHS+set}" != set ] && [ -x /usr/libexec/java_home ]; then
        cand=$(/usr/libexec/java_home -v "$min+" 2>/dev/null || true)
        if [ -n "$cand" ] && _pacifica_jdk_ok "$cand"; then
            printf '%s\n' "$cand"
            return 0
        fi
    fi
    return 1
}

_pacifica_jdk_main() {
    local home min=${PACIFICA_JDK_MIN:-25} where
    if [ "${PACIFICA_JDK_SEARCH_PATHS+set}" = set ]; then
        where="PACIFICA_JDK_SEARCH_PATHS (${PACIFICA_JDK_SEARCH_PATHS:-empty})"
    else
        where="/usr/lib/jvm/*, /opt/java/*, /opt/*jdk*, ~/.sdkman/candidates/java/*, ~/.jdks/*, /Library/Java/JavaVirtualMachines/*"
    fi
    if home=$(_pacifica_find_jdk) && [ -n "$home" ]; then
        JAVA_HOME=$home
        export JAVA_HOME
        return 0
    fi
    cat >&2 <<MSG
Pacifica needs JDK $min or newer, but none was found.
  Looked at: \$JAVA_HOME (${JAVA_HOME:-unset}), 'java' on PATH ($(command -v java 2>/dev/null || echo none)),
  and $where.
Install a JDK $min, for example:
  - Debian/Ubuntu (Adoptium repository, see https://adoptium.net/installation/linux/):
        sudo apt-get install temurin-$min-jdk
  - SDKMAN (https://sdkman.io):   sdk install java $min-tem
  - or download Temurin $min from https://adoptium.net/
then run again, or set JAVA_HOME to the JDK $min installation.
MSG
    return 1
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    echo "tools/jdk25.sh is meant to be sourced: . tools/jdk25.sh" >&2
    _pacifica_jdk_main && echo "JAVA_HOME=$JAVA_HOME"
    exit $?
fi

_pacifica_jdk_main
