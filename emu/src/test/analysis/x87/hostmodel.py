#!/usr/bin/env python3
"""Measures how the host x87 computes its transcendental instructions (see README.md here).

  hostmodel.py sample OP N SEED LO HI OUT   run N operands x uniform in [LO, HI] (every rounding mode,
                                            ST(1) = 1 for the two-operand ones) on the host and keep
                                            those whose exact value lies within 0.1 ulp of a rounding
                                            boundary, with the host's decision, in OUT (a pickle)
  hostmodel.py noise FILE...                per sample: disagreements of the correctly rounded value,
                                            fitted noise (logistic sd, in ulps) and constant bias
  hostmodel.py fitsine FILE...              fit the sine-branch error curve (SineError) on samples of
                                            FSIN/FCOS and print coefficients and held-out agreement

Needs gcc, mpmath, numpy and scipy. The oracle is x87oracle.c from the test resources.
"""
import glob, os, pickle, random, struct, subprocess, sys
import mpmath
from mpmath import mpf

mpmath.mp.prec = 200
HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE_C = os.path.join(HERE, '../../resources/pacifica/emu/x87/x87oracle.c')
ORACLE = '/tmp/pacifica-x87oracle'
OPS = dict(fsin=30, fcos=31, fptan=33, fpatan=34, f2xm1=35, fyl2x=36, fyl2xp1=37)
PI68 = mpf(0xC90FDAA22168C234C) / 2**66  # the host's pi (argument reduction, FPATAN unfolding)


def run(cases):
    """cases: (op, cw, seA, mA, seB, mB) -> (r1se, r1m, r2se, r2m, sw) from the host."""
    if not os.path.exists(ORACLE):
        subprocess.run(['gcc', '-O2', '-o', ORACLE, ORACLE_C], check=True)
    buf = b''.join(struct.pack('<IIQHHIQHHI16s', op, cw, ma, sa, 0, 0, mb, sb, 0, 0, b'\xa5' * 16)
                   for op, cw, sa, ma, sb, mb in cases)
    out = subprocess.run([ORACLE], input=buf, capture_output=True, check=True).stdout
    rows = [struct.unpack_from('<Q H 6x Q H 6x 16x H', out, 56 * i) for i in range(len(cases))]
    return [(r1se, r1m, r2se, r2m, sw) for r1m, r1se, r2m, r2se, sw in rows]


def value(se, m):
    e = max(se & 0x7FFF, 1)
    return (-1 if se & 0x8000 else 1) * mpf(m) * mpmath.ldexp(1, e - 16383 - 63)


def encode(x):
    s = 0x8000 if x < 0 else 0
    mant, e = mpmath.frexp(abs(mpf(x)))
    return s | (e - 1 + 16383), int(mpmath.floor(mant * 2**64))


def exact(op, x):
    """The exact result with ST(1) = 1, and the reduced argument r (trig) or x."""
    if op in ('fsin', 'fcos', 'fptan'):
        n = mpmath.nint(x / (PI68 / 2))
        r = x - n * (PI68 / 2)
        q = int(n) & 3
        s, c = mpmath.sin(r), mpmath.cos(r)
        sin, cos = [s, c, -s, -c][q], [c, -s, -c, s][q]
        return {'fsin': sin, 'fcos': cos, 'fptan': sin / cos}[op], r, q
    ln2 = mpmath.ln(2)
    if op == 'f2xm1':
        return mpmath.expm1(x * ln2), x, 0
    if op == 'fyl2x':
        return mpmath.log(x) / ln2, x, 0
    if op == 'fyl2xp1':
        return mpmath.log1p(x) / ln2, x, 0
    return mpmath.atan2(1, x), x, 0  # fpatan: atan2(ST1 = 1, ST0 = x)


def sample(op, n, seed, lo, hi, out):
    random.seed(seed)
    cases = []
    for _ in range(n):
        se, m = encode(random.uniform(lo, hi))
        m |= random.getrandbits(11)  # fill the bits a double lacks
        sign = random.choice([0, 0x8000]) if op in ('fsin', 'fcos', 'fptan') else 0
        cases.append((OPS[op], 0x037F | random.randint(0, 3) << 10, se | sign, m, 0x3FFF, 1 << 63))
    rows = []
    for c, r in zip(cases, run(cases)):
        rc = (c[1] >> 10) & 3
        v, red, q = exact(op, value(c[2], c[3]))
        h = value(r[2], r[3]) if op == 'fptan' else value(r[0], r[1])
        if v == 0:
            continue
        mant, e = mpmath.frexp(abs(v))
        ulp = mpmath.ldexp(1, e - 64)
        low = mpmath.floor(abs(v) / ulp) * ulp
        # the boundary the rounding mode decides at: the midpoint, or the nearest representable
        b = low + ulp / 2 if rc == 0 else (low if abs(v) - low < ulp / 2 else low + ulp)
        b = -b if v < 0 else b
        delta = float((v - b) / ulp)
        if abs(delta) > 0.1:
            continue
        # the host's value was above the boundary (signed): what its rounded result proves
        above = {0: h > b, 1: h >= b, 2: h > b, 3: h >= b if v > 0 else h > b}[rc]
        rows.append(dict(rc=rc, neg=v < 0, delta=delta, above=bool(above), r=float(abs(red)), q=q,
                         mant=float(mant * 2)))
    pickle.dump(rows, open(out, 'wb'))
    print(out, len(rows), 'near-boundary results of', n)


def load(files):
    rows = []
    for f in files:
        rows += pickle.load(open(f, 'rb'))
    return rows


def arrays(rows):
    import numpy as np
    return (np.array([r['delta'] for r in rows]), np.array([1.0 if r['above'] else 0.0 for r in rows]),
            np.array([-1.0 if r['neg'] else 1.0 for r in rows]), np.array([r['mant'] for r in rows]),
            np.array([r['r'] for r in rows]))


def logistic_fit(d, a, shift_of, n):
    """Maximizes the likelihood of 'above' given delta + shift(p) (in ulps), p of n parameters."""
    import numpy as np
    from scipy.optimize import minimize

    def loss(p):
        z = np.exp(p[0]) * (d + shift_of(p[1:]))
        return np.sum(np.logaddexp(0, -z) * a + np.logaddexp(0, z) * (1 - a))
    p0 = np.zeros(n + 1)
    p0[0] = np.log(300)
    return minimize(loss, p0, method='BFGS', options={'maxiter': 5000}).x


def noise(files):
    import numpy as np
    for f in files:
        d, a, sg, m, _ = arrays(load([f]))
        p = logistic_fit(d, a, lambda c: sg * m * c[0], 1)
        sd = np.pi / (np.exp(p[0]) * np.sqrt(3))
        wrong = int(np.sum((d > 0) != (a > 0.5)))
        print('%s: %d near-boundary, %d (%.1f%%) disagree with correct rounding; noise sd %.4f ulp, bias %+.4f'
              % (f, len(d), wrong, 100.0 * wrong / len(d), sd, p[1]))


def fitsine(files, degree=8):
    import numpy as np
    rows = [r for f in files for r in pickle.load(open(f, 'rb'))
            if (r['q'] % 2 == 0) == ('fcos' not in os.path.basename(f))]  # the sine branch only
    random.seed(1)
    random.shuffle(rows)
    test, train = rows[:len(rows) // 8], rows[len(rows) // 8:]
    quarter = 0.7853981633974483

    def basis(r):
        s = (r / quarter) ** 2
        return np.vstack([s ** k for k in range(1, degree + 1)]).T
    d, a, sg, m, r = arrays(train)
    B = basis(r)
    p = logistic_fit(d, a, lambda c: sg * m * (B @ c), degree)
    print('coefficients of s^1..s^%d:' % degree, ', '.join(repr(float(c)) for c in p[1:]))
    td, ta, tsg, tm, tr = arrays(test)
    tB = basis(tr)
    before = int(np.sum((td > 0) != (ta > 0.5)))
    after = int(np.sum((td + tsg * tm * (tB @ p[1:]) > 0) != (ta > 0.5)))
    print('held out: %d near-boundary results, %d disagree when correctly rounded, %d with the curve'
          % (len(td), before, after))


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'sample':
        op, n, seed, lo, hi, out = sys.argv[2:8]
        sample(op, int(n), int(seed), float(lo), float(hi), out)
    elif cmd == 'noise':
        noise(sys.argv[2:])
    elif cmd == 'fitsine':
        fitsine(sys.argv[2:])
    else:
        sys.exit(__doc__)
