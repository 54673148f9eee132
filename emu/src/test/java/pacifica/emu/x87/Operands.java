package pacifica.emu.x87;

import java.util.Random;

/**
 * Test operands for the x87: edge cases (zeros, denormals, pseudo-denormals, the limits of the
 * exponent range, infinities, NaNs, the unsupported formats) mixed with random values whose
 * exponents and significand patterns make rounding ties, cancellation, overflow and underflow likely.
 */
final class Operands {
    int se;
    long m;
    private final Random random;

    Operands(long seed) {
        random = new Random(seed);
    }

    Random random() {
        return random;
    }

    private static final long J = Long.MIN_VALUE;
    private static final long[][] EDGES = {
            {0x0000, 0}, {0x8000, 0},                                   // zeros
            {0x0000, 1}, {0x8000, 1}, {0x0000, 0x7FFF_FFFF_FFFF_FFFFL},   // denormals
            {0x0000, 0x4000_0000_0000_0000L}, {0x8000, 0x0000_0001_0000_0000L},
            {0x0000, J}, {0x8000, J | 1}, {0x0000, -1L},                   // pseudo-denormals
            {0x0001, J}, {0x8001, J}, {0x0001, -1L},                      // smallest normals
            {0x7FFE, -1L}, {0xFFFE, -1L}, {0x7FFE, J},                    // largest normals
            {0x7FFF, J}, {0xFFFF, J},                                     // infinities
            {0x7FFF, 0xC000_0000_0000_0000L}, {0xFFFF, 0xC000_0000_0000_0000L}, // QNaNs (indefinite)
            {0x7FFF, 0xC000_0000_0000_0001L}, {0xFFFF, 0xE123_4567_89AB_CDEFL},
            {0x7FFF, 0x8000_0000_0000_0001L}, {0xFFFF, 0xA000_0000_0000_0000L}, // SNaNs
            {0x7FFF, 0}, {0x7FFF, 0x4000_0000_0000_0000L}, {0xFFFF, 0x0000_0000_0000_0001L}, // pseudo-inf/NaN
            {0x3FFF, 0}, {0x4000, 0x7FFF_FFFF_FFFF_FFFFL}, {0x0005, 1},   // unnormals
            {0x3FFF, J}, {0xBFFF, J}, {0x4000, J}, {0x3FFE, J},           // 1, -1, 2, 0.5
            {0x3FFF, -1L}, {0x3FFF, J | 1}, {0x3FFF, J | 0x400}, {0x3FFF, J | 0x800},
            {0x403D, J}, {0x403E, J}, {0x403E, -1L}, {0xC03E, J}, {0x401D, J}, {0x400E, J}, // 2^62, 2^63...
            {0x3FFD, 0xC000_0000_0000_0000L}, {0x3FFE, 0xC000_0000_0000_0000L},           // 0.375, 0.75
    };

    /** Picks an operand into {@link #se}, {@link #m}. */
    Operands next() {
        int k = random.nextInt(100);
        if (k < 20) {
            long[] e = EDGES[random.nextInt(EDGES.length)];
            se = (int) e[0];
            m = e[1];
        } else if (k < 60) {
            se = 0x3FFF + random.nextInt(129) - 64;
            m = mantissa();
        } else if (k < 70) {
            se = random.nextInt(0x7FFF);
            m = mantissa();
        } else if (k < 80) {
            se = random.nextInt(80);
            m = se == 0 ? mantissa() >>> random.nextInt(64) : mantissa();
        } else if (k < 90) {
            se = 0x7FFE - random.nextInt(80);
            m = mantissa();
        } else {
            se = 0x3FFF + random.nextInt(140) - 70; // integers and half-integers
            m = mantissa() & (-1L << random.nextInt(64));
        }
        if (random.nextBoolean()) se |= 0x8000;
        return this;
    }

    /** A second operand related to the first (a's se/m passed in) in ways that stress one operation. */
    Operands near(int seA, long mA) {
        int k = random.nextInt(100);
        if (k < 40) return next();
        int ea = seA & 0x7FFF;
        if (k < 70) {
            se = Math.clamp(ea + random.nextInt(133) - 66, 1, 0x7FFE);
            m = random.nextInt(4) == 0 ? mA ^ (1L << random.nextInt(64)) : mantissa();
        } else {
            // "complementary" exponent: products/quotients near overflow or underflow
            int target = random.nextBoolean() ? 0x7FFE : 1;
            int e = random.nextBoolean() ? target - (ea - 0x3FFF) : ea - target + 0x3FFF;
            se = Math.clamp(e + random.nextInt(5) - 2, 0, 0x7FFE);
            m = mantissa();
        }
        if (random.nextBoolean()) se |= 0x8000;
        return this;
    }

    /** A normalized significand with random structure: runs of ones and zeros make ties likely. */
    long mantissa() {
        long v = switch (random.nextInt(5)) {
            case 0 -> random.nextLong();
            case 1 -> random.nextLong() & (-1L << random.nextInt(64));
            case 2 -> random.nextLong() | ((1L << random.nextInt(64)) - 1);
            case 3 -> (1L << random.nextInt(64)) | (random.nextBoolean() ? 1L << random.nextInt(64) : 0);
            default -> -1L << random.nextInt(64) ^ (random.nextBoolean() ? 0 : 1L << random.nextInt(64));
        };
        return v | J;
    }

    /** A control word: random rounding and precision, mostly all exceptions masked. */
    int controlWord() {
        int masks = random.nextInt(10) < 7 ? 0x3F : random.nextInt(64);
        int pc = switch (random.nextInt(8)) {
            case 0, 1 -> 0;
            case 2, 3 -> 2;
            case 4 -> 1; // reserved: the host rounds to 64 bits
            default -> 3;
        };
        return 0x0040 | masks | (pc << 8) | (random.nextInt(4) << 10);
    }
}
