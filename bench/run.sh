#!/usr/bin/env bash
# Pacifica workload benchmarks: native vs qemu-x86_64 vs `pacifica run`.
#
#   bench/run.sh [--quick] [--runs N] [--json] [--only NAME[,NAME...]] [--no-qemu] [--no-pacifica]
#                [--timeout SECONDS] [--list] [--help]
#
# Builds bench/workloads/*.c with `gcc -O2 -static` into bench/target/workloads, runs every
# workload natively, under qemu-x86_64 (when installed) and under `./pacifica run` (when that
# command exists), checks each run's output against the expected output (bench/workloads/expected/,
# or the native output when there is none), and prints the median user+sys CPU time over N runs,
# the ratio to native and the peak RSS.  A run whose output or exit status is wrong is a FAILURE,
# reported with the first differing line and not timed.  Exit status: 0 when nothing failed
# (skipped workloads and unavailable emulators are not failures), 1 on any FAILURE, 2 on bad usage.
# Progress goes to stderr; the table (or, with --json, one JSON object) goes to stdout.
# Environment: PACIFICA=launcher to use instead of ./pacifica (e.g. another worktree's).
set -uo pipefail

ROOT=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WL=$ROOT/bench/workloads
OUT=$ROOT/bench/target/workloads
PACIFICA_LAUNCHER=${PACIFICA:-$ROOT/pacifica}
ALL_WORKLOADS=(sieve hashtable crc32 coremix nbody fft strings syscalls shloop)

usage() {
    sed -n '2,/^set -uo/{/^set -uo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
    cat <<'EOF'
Options:
  --quick           tiny sizes (a few ms natively) for CI; the default is ~0.5-1 s natively each
  --runs N          timed runs per workload and runner (default 5); the median is reported
  --json            print one JSON object instead of the table
  --only LIST       comma-separated workload names (see --list)
  --no-qemu         do not run under qemu-x86_64
  --no-pacifica     do not run under ./pacifica run
  --timeout S       kill a run after S seconds (default 1800, or 120 with --quick)
  --list            print the workload names and exit
EOF
}

die_usage() { echo "bench/run.sh: $*" >&2; echo "Try 'bench/run.sh --help'." >&2; exit 2; }
log() { echo "bench: $*" >&2; }

ARGS="$*"
QUICK=0 RUNS=5 JSON=0 ONLY='' USE_QEMU=1 USE_PACIFICA=1 TIMEOUT=''
while [ $# -gt 0 ]; do
    case $1 in
        --quick) QUICK=1 ;;
        --runs) [ $# -ge 2 ] || die_usage "--runs needs a number"; RUNS=$2; shift ;;
        --runs=*) RUNS=${1#*=} ;;
        --json) JSON=1 ;;
        --only) [ $# -ge 2 ] || die_usage "--only needs a workload name"; ONLY=$2; shift ;;
        --only=*) ONLY=${1#*=} ;;
        --no-qemu) USE_QEMU=0 ;;
        --no-pacifica) USE_PACIFICA=0 ;;
        --timeout) [ $# -ge 2 ] || die_usage "--timeout needs seconds"; TIMEOUT=$2; shift ;;
        --timeout=*) TIMEOUT=${1#*=} ;;
        --list) printf '%s\n' "${ALL_WORKLOADS[@]}"; exit 0 ;;
        -h|--help) usage; exit 0 ;;
        *) die_usage "unknown argument '$1'" ;;
    esac
    shift
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die_usage "--runs must be a positive integer, not '$RUNS'"
[ -n "$TIMEOUT" ] || { [ $QUICK = 1 ] && TIMEOUT=120 || TIMEOUT=1800; }
[[ $TIMEOUT =~ ^[1-9][0-9]*$ ]] || die_usage "--timeout must be a positive integer, not '$TIMEOUT'"

WORKLOADS=()
if [ -n "$ONLY" ]; then
    IFS=',' read -r -a wanted <<<"$ONLY"
    for w in "${wanted[@]}"; do
        [[ " ${ALL_WORKLOADS[*]} " == *" $w "* ]] || die_usage "unknown workload '$w' (known: ${ALL_WORKLOADS[*]})"
        WORKLOADS+=("$w")
    done
else
    WORKLOADS=("${ALL_WORKLOADS[@]}")
fi
SIZE_ARGS=()
[ $QUICK = 1 ] && SIZE_ARGS=(--quick)

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pacifica-bench.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT

# ---------------------------------------------------------------- per-workload state
declare -A SKIP=()      # workload -> reason it was not run
declare -A STATUS=()    # "workload runner" -> ok | FAILURE | n/a
declare -A DETAIL=()    # "workload runner" -> failure detail
declare -A CPU=()       # "workload runner" -> median user+sys seconds
declare -A RSS=()       # "workload runner" -> peak max RSS in KiB over the runs
declare -A WALL=()      # "workload runner" -> median wall seconds
declare -A RUNNER_REASON=()

# ---------------------------------------------------------------- build
build() {
    mkdir -p "$OUT" || exit 1
    if ! command -v gcc >/dev/null 2>&1; then
        for w in "${WORKLOADS[@]}"; do SKIP[$w]="gcc not found (apt-get install -y gcc libc6-dev)"; done
        return 1
    fi
    local m=$OUT/measure
    if [ ! -x "$m" ] || [ "$WL/support/measure.c" -nt "$m" ]; then
        if gcc -O2 -Wall -o "$m.$$" "$WL/support/measure.c" 2>"$TMP/build.err"; then
            mv -f "$m.$$" "$m"
        else
            rm -f "$m.$$"
            local why; why=$(head -n 1 "$TMP/build.err")
            for w in "${WORKLOADS[@]}"; do SKIP[$w]="cannot build the measure helper: $why"; done
            return 1
        fi
    fi
    local w src bin
    for w in "${WORKLOADS[@]}"; do
        src=$WL/$w.c bin=$OUT/$w
        [ -f "$src" ] || continue # not a C workload (shloop)
        if [ ! -x "$bin" ] || [ "$src" -nt "$bin" ] || [ "$WL/bench.h" -nt "$bin" ]; then
            log "building $w"
            # build beside and rename, so a concurrent run never executes a half-written binary
            if gcc -O2 -static -o "$bin.$$" "$src" -lm 2>"$TMP/build.err"; then
                mv -f "$bin.$$" "$bin"
            else
                SKIP[$w]="gcc -O2 -static failed: $(grep -m 1 -i 'error' "$TMP/build.err" || head -n 1 "$TMP/build.err")"
                rm -f "$bin.$$" "$bin"
            fi
        fi
    done
    return 0
}

# is_static_elf FILE: a little-endian ELF64 file without a PT_INTERP (type 3) program header,
# i.e. one that does not ask for the dynamic loader.
is_static_elf() {
    local f=$1 magic phoff phentsize phnum i type
    magic=$(od -A n -t x1 -N 5 "$f" 2>/dev/null | tr -d ' \n')
    [ "$magic" = 7f454c4602 ] || return 1
    phoff=$(od -A n -t u8 -j 32 -N 8 "$f" | tr -d ' ')
    phentsize=$(od -A n -t u2 -j 54 -N 2 "$f" | tr -d ' ')
    phnum=$(od -A n -t u2 -j 56 -N 2 "$f" | tr -d ' ')
    for ((i = 0; i < phnum; i++)); do
        type=$(od -A n -t u4 -j $((phoff + i * phentsize)) -N 4 "$f" | tr -d ' ')
        [ "$type" = 3 ] && return 1
    done
    return 0
}

# The busybox workload needs a statically linked busybox (Pacifica runs static binaries).
BUSYBOX=''
find_busybox() {
    local b
    for b in /bin/busybox /usr/bin/busybox "$(command -v busybox 2>/dev/null)"; do
        [ -n "$b" ] && [ -x "$b" ] || continue
        is_static_elf "$b" || continue
        BUSYBOX=$b
        return 0
    done
    return 1
}

# Command line of workload $1 (into the array CMD).
workload_cmd() {
    case $1 in
        shloop) CMD=("$BUSYBOX" sh "$WL/shloop.sh" "${SIZE_ARGS[@]}") ;;
        *) CMD=("$OUT/$1" "${SIZE_ARGS[@]}") ;;
    esac
}

# ---------------------------------------------------------------- runners
RUNNERS=(native)
detect_runners() {
    RUNNER_REASON[native]=''
    if [ $USE_QEMU = 0 ]; then
        RUNNER_REASON[qemu]='disabled by --no-qemu'
    elif ! command -v qemu-x86_64 >/dev/null 2>&1; then
        RUNNER_REASON[qemu]='qemu-x86_64 not installed (apt-get install -y qemu-user)'
    else
        RUNNERS+=(qemu)
    fi
    if [ $USE_PACIFICA = 0 ]; then
        RUNNER_REASON[pacifica]='disabled by --no-pacifica'
        return
    fi
    # `pacifica run` is Linux user mode; until it exists the launcher reports an unknown command.
    # The first call may (re)build cli/target/pacifica.jar; the timed runs then skip that check.
    log "checking for 'pacifica run' (may build cli/target/pacifica.jar)"
    # `run --help` is the documented check; a `run` without a --help option answers `help run`.
    # picocli answers `--help` after an unknown word with the top-level usage and exit 0, so the
    # usage line of `run` itself is what counts.
    local rc=0 rc2=0
    timeout 900 "$PACIFICA_LAUNCHER" run --help >"$TMP/pac.out" 2>"$TMP/pac.err" </dev/null || rc=$?
    if [ $rc = 0 ] && grep -q '^Usage: pacifica run' "$TMP/pac.out"; then
        RUNNERS+=(pacifica)
        return
    fi
    timeout 900 "$PACIFICA_LAUNCHER" help run >"$TMP/pac2.out" 2>"$TMP/pac2.err" </dev/null || rc2=$?
    if [ $rc2 = 0 ] && grep -q '^Usage: pacifica run' "$TMP/pac2.out"; then
        RUNNERS+=(pacifica)
    elif [ $rc = 0 ]; then
        RUNNER_REASON[pacifica]="not available: this build has no 'run' command ('./pacifica run --help' shows the top-level usage)"
    else
        local why
        why=$(grep -m 1 -v '^[[:space:]]*$' "$TMP/pac.err" | cut -c1-160)
        RUNNER_REASON[pacifica]="not available: './pacifica run --help' exited with $rc${why:+ ($why)}"
    fi
}

runner_prefix() {
    case $1 in
        native) PREFIX=() ;;
        qemu) PREFIX=(qemu-x86_64) ;;
        pacifica) PREFIX=(env PACIFICA_NO_BUILD=1 "$PACIFICA_LAUNCHER" run) ;;
    esac
}

# ---------------------------------------------------------------- checking and timing
# first_difference EXPECTED ACTUAL: prints "line N: expected '...', got '...'" for the first differing line.
first_difference() {
    awk -v exp_file="$1" '
        { got[NR] = $0 } END { n = NR
          i = 0
          while ((getline e < exp_file) > 0) {
              i++
              if (i > n) { printf "line %d: expected \047%s\047, got end of output\n", i, e; exit }
              if (got[i] != e) { printf "line %d: expected \047%s\047, got \047%s\047\n", i, e, got[i]; exit }
          }
          if (n > i) printf "line %d: expected end of output, got \047%s\047\n", i + 1, got[i + 1]
        }' "$2" | cut -c1-400
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.6f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# run_workload W RUNNER REFERENCE_FILE
run_workload() {
    local w=$1 r=$2 ref=$3 key="$1 $2" i
    workload_cmd "$w"
    runner_prefix "$r"
    : >"$TMP/cpu" ; : >"$TMP/wall"
    local peak=0
    for ((i = 1; i <= RUNS; i++)); do
        log "$w: $r run $i/$RUNS"
        "$OUT/measure" "$TMP/m" "$TIMEOUT" "${PREFIX[@]}" "${CMD[@]}" </dev/null >"$TMP/out" 2>"$TMP/err"
        local st user sys rss wall
        read -r st user sys rss wall <"$TMP/m"
        if [ "$st" != 0 ]; then
            local why
            case $st in
                timeout) why="timed out after ${TIMEOUT}s" ;;
                signal:*) why="killed by signal ${st#signal:}" ;;
                *) why="exit status $st"
                   # shells and launchers report a signal n as 128+n (e.g. 132: SIGILL, an unknown instruction)
                   if [ "$st" -gt 128 ] && [ "$st" -lt 160 ] && kill -l $((st - 128)) >/dev/null 2>&1; then
                       why+=" (128+$((st - 128)): SIG$(kill -l $((st - 128))))"
                   fi ;;
            esac
            local errline; errline=$(grep -m 1 -v '^[[:space:]]*$' "$TMP/err" | cut -c1-200)
            STATUS[$key]=FAILURE
            DETAIL[$key]="$why${errline:+: $errline}"
            return
        fi
        if [ -n "$ref" ] && ! cmp -s "$ref" "$TMP/out"; then
            STATUS[$key]=FAILURE
            DETAIL[$key]="output differs: $(first_difference "$ref" "$TMP/out")"
            return
        fi
        # without a stored answer the first run's output is the reference for the later runs
        [ -n "$ref" ] || { cp "$TMP/out" "$TMP/$w.$r.out"; ref=$TMP/$w.$r.out; }
        awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.6f\n", u + s }' >>"$TMP/cpu"
        echo "$wall" >>"$TMP/wall"
        [ "$rss" -gt "$peak" ] && peak=$rss
    done
    STATUS[$key]=ok
    CPU[$key]=$(median <"$TMP/cpu")
    WALL[$key]=$(median <"$TMP/wall")
    RSS[$key]=$peak
}

# ---------------------------------------------------------------- main
build
detect_runners
for w in "${WORKLOADS[@]}"; do
    [ -z "${SKIP[$w]:-}" ] || continue
    if [ "$w" = shloop ] && ! find_busybox; then
        SKIP[$w]="no statically linked busybox (apt-get install -y busybox-static)"
    elif [ "$w" != shloop ] && [ ! -x "$OUT/$w" ]; then
        SKIP[$w]="not built"
    fi
done

FAILURES=0
for w in "${WORKLOADS[@]}"; do
    if [ -n "${SKIP[$w]:-}" ]; then
        log "$w: skipped: ${SKIP[$w]}"
        continue
    fi
    expected=$WL/expected/$w$([ $QUICK = 1 ] && echo .quick).out
    [ -f "$expected" ] || expected=''
    run_workload "$w" native "$expected"
    ref=$expected
    # no stored answer: the emulators must match what the host CPU printed
    [ -z "$ref" ] && [ "${STATUS[$w native]}" = ok ] && ref=$TMP/$w.native.out
    for r in "${RUNNERS[@]}"; do
        [ "$r" = native ] && continue
        if [ -z "$ref" ]; then
            STATUS[$w $r]=FAILURE DETAIL[$w $r]='no reference output (the native run failed)'
            continue
        fi
        run_workload "$w" "$r" "$ref"
    done
    for r in native qemu pacifica; do
        [ "${STATUS[$w $r]:-}" = FAILURE ] && { FAILURES=$((FAILURES + 1)); log "FAILURE $w under $r: ${DETAIL[$w $r]}"; }
    done
done

# ---------------------------------------------------------------- report
CPU_MODEL=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
NOW=$(date -u +%Y-%m-%dT%H:%M:%SZ)
available() { [[ " ${RUNNERS[*]} " == *" $1 "* ]]; }

json_str() {
    local s=$1
    s=${s//\\/\\\\}; s=${s//\"/\\\"}; s=${s//$'\t'/\\t}; s=${s//$'\n'/\\n}; s=${s//$'\r'/}
    s=$(printf '%s' "$s" | tr -d '\000-\010\013\014\016-\037')
    printf '"%s"' "$s"
}

ratio() { # ratio NUM DEN -> "12.3" (blank when the native time is too small to divide by)
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0.0005) printf "%.1f", a / b }'
}

if [ $JSON = 1 ]; then
    # one workload per line so that simple tools (and BenchSmokeTest) can read it line by line
    printf '{"date":%s,"cpu":%s,"command":%s,"quick":%s,"runs":%d,\n' "$(json_str "$NOW")" \
        "$(json_str "$CPU_MODEL")" "$(json_str "bench/run.sh${ARGS:+ $ARGS}")" \
        "$([ $QUICK = 1 ] && echo true || echo false)" "$RUNS"
    printf '"runners":{'
    sep=''
    for r in native qemu pacifica; do
        if available "$r"; then printf '%s"%s":{"available":true}' "$sep" "$r"
        else printf '%s"%s":{"available":false,"reason":%s}' "$sep" "$r" "$(json_str "${RUNNER_REASON[$r]}")"; fi
        sep=','
    done
    printf '},\n"workloads":[\n'
    sep=''
    for w in "${WORKLOADS[@]}"; do
        printf '%s{"name":"%s",' "$sep" "$w"
        sep=$',\n'
        if [ -n "${SKIP[$w]:-}" ]; then
            printf '"status":"skipped","reason":%s}' "$(json_str "${SKIP[$w]}")"
            continue
        fi
        st=ok
        for r in native qemu pacifica; do [ "${STATUS[$w $r]:-}" = FAILURE ] && st=FAILURE; done
        printf '"status":"%s","results":{' "$st"
        rsep=''
        for r in native qemu pacifica; do
            k="$w $r"
            case ${STATUS[$k]:-n/a} in
                ok) printf '%s"%s":{"status":"ok","cpu_s":%s,"wall_s":%s,"max_rss_kb":%s' "$rsep" "$r" \
                        "${CPU[$k]}" "${WALL[$k]}" "${RSS[$k]}"
                    rt=$(ratio "${CPU[$k]}" "${CPU[$w native]:-0}")
                    [ -n "$rt" ] && printf ',"ratio":%s' "$rt"
                    printf '}' ;;
                FAILURE) printf '%s"%s":{"status":"FAILURE","detail":%s}' "$rsep" "$r" "$(json_str "${DETAIL[$k]}")" ;;
                *) printf '%s"%s":{"status":"n/a"}' "$rsep" "$r" ;;
            esac
            rsep=','
        done
        printf '}}'
    done
    printf '\n],\n"failures":%d}\n' "$FAILURES"
else
    mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
    echo "Pacifica workload benchmarks, $NOW, ${CPU_MODEL:-unknown CPU}"
    echo "size: $([ $QUICK = 1 ] && echo quick || echo full); CPU = median user+sys seconds over $RUNS run(s); x = ratio to native; RSS = peak MiB"
    printf '%-10s %9s %7s | %9s %7s %7s | %9s %7s %7s\n' workload 'native' 'RSS' 'qemu' 'x' 'RSS' 'pacifica' 'x' 'RSS'
    for w in "${WORKLOADS[@]}"; do
        if [ -n "${SKIP[$w]:-}" ]; then
            printf '%-10s skipped: %s\n' "$w" "${SKIP[$w]}"
            continue
        fi
        line=$(printf '%-10s' "$w")
        for r in native qemu pacifica; do
            k="$w $r"
            case ${STATUS[$k]:-n/a} in
                ok) cell=$(printf '%9.3f' "${CPU[$k]}")
                    [ $r = native ] || cell+=$(printf ' %7s' "$(ratio "${CPU[$k]}" "${CPU[$w native]}")")
                    cell+=$(printf ' %7s' "$(mib "${RSS[$k]}")") ;;
                FAILURE) cell=$(printf '%9s' FAILURE)
                    [ $r = native ] || cell+=$(printf ' %7s' '')
                    cell+=$(printf ' %7s' '') ;;
                *) cell=$(printf '%9s' n/a)
                    [ $r = native ] || cell+=$(printf ' %7s' '')
                    cell+=$(printf ' %7s' '') ;;
            esac
            [ $r = native ] && line+=" $cell" || line+=" | $cell"
        done
        echo "${line%"${line##*[! ]}"}" # without the trailing blanks of empty cells
    done
    for r in qemu pacifica; do
        available "$r" || echo "$r: n/a (${RUNNER_REASON[$r]})"
    done
    for w in "${WORKLOADS[@]}"; do
        for r in native qemu pacifica; do
            [ "${STATUS[$w $r]:-}" = FAILURE ] && echo "FAILURE: $w under $r: ${DETAIL[$w $r]}"
        done
    done
    checked=0
    for w in "${WORKLOADS[@]}"; do [ -n "${SKIP[$w]:-}" ] || checked=$((checked + 1)); done
    if [ "$FAILURES" != 0 ]; then echo "$FAILURES FAILURE(s)"
    elif [ $checked = 0 ]; then echo "no workload was run"
    else echo "$checked workload(s) run, all outputs match"; fi
fi
[ "$FAILURES" = 0 ]
