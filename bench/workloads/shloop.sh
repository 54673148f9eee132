# busybox sh workload: an interpreter loop made only of shell builtins (arithmetic expansion,
# parameter expansion, case, string concatenation), so it runs without fork/exec.
# Usage: busybox sh shloop.sh [--quick | ITERATIONS]; prints a deterministic checksum.
case ${1:-} in
    --quick) n=100 ;;
    '') n=200000 ;;
    *) n=$1 ;;
esac
i=0 h=5381 words=0 s=''
while [ $i -lt $n ]; do
    i=$((i + 1))
    h=$(( (h * 33 + i) % 1000000007 ))
    case $((h % 5)) in
        0) s="${s}a" ;;
        1) s="${s}bc" ;;
        2) s=${s#?} ;;
        3) words=$((words + ${#s})) ;;
        *) [ ${#s} -gt 40 ] && s=${s%????????????????????} ;;
    esac
done
echo "shloop: iterations=$n hash=$h words=$words tail=$s"
