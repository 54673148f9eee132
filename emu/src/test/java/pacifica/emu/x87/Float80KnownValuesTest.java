package pacifica.emu.x87;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Fixed cases with results recorded from the host AMD EPYC's x87 (through x87oracle.c), so that
 * the library keeps a check when gcc is not installed and {@link Float80Test} skips.
 * Values are written sign+exponent:significand as the x87 stores them.
 */
class Float80KnownValuesTest {
    private static final int ONE_SE = 0x3FFF, THREE_SE = 0x4000;
    private static final long ONE_M = 0x8000_0000_0000_0000L, THREE_M = 0xC000_0000_0000_0000L;

    private final FpEnv env = new FpEnv();

    private void expect(int se, long m, int flags, boolean written) {
        assertTrue(written, "result delivered");
        assertEquals(String.format("%04x:%016x flags %x", se, m, flags),
                String.format("%04x:%016x flags %x", env.se, env.m, env.flags & (FpEnv.ALL_EXCEPTIONS | FpEnv.CONDITION_CODES)));
    }

    @Test
    void oneThirdUnderEachPrecisionAndRounding() {
        env.control = 0x037F; // 64-bit, nearest
        expect(0x3FFD, 0xAAAA_AAAA_AAAA_AAABL, FpEnv.PE | FpEnv.C1, Float80.div(env, ONE_SE, ONE_M, THREE_SE, THREE_M));
        env.control = 0x027F; // 53-bit
        expect(0x3FFD, 0xAAAA_AAAA_AAAA_A800L, FpEnv.PE, Float80.div(env, ONE_SE, ONE_M, THREE_SE, THREE_M));
        env.control = 0x007F; // 24-bit
        expect(0x3FFD, 0xAAAA_AB00_0000_0000L, FpEnv.PE | FpEnv.C1, Float80.div(env, ONE_SE, ONE_M, THREE_SE, THREE_M));
        env.control = 0x0B7F; // 64-bit, up
        expect(0x3FFD, 0xAAAA_AAAA_AAAA_AAABL, FpEnv.PE | FpEnv.C1, Float80.div(env, ONE_SE, ONE_M, THREE_SE, THREE_M));
    }

    @Test
    void maskedResponses() {
        env.control = 0x037F;
        expect(0x3FFF, ONE_M, FpEnv.PE, Float80.add(env, ONE_SE, ONE_M, 0x3FBF, ONE_M)); // 1 + 2^-64
        expect(0xFFFF, Float80.INDEFINITE_M, FpEnv.IE, Float80.div(env, 0, 0, 0, 0));
        expect(0xFFFF, ONE_M, FpEnv.ZE, Float80.div(env, ONE_SE, ONE_M, 0x8000, 0));
        expect(0x7FFF, ONE_M, FpEnv.OE | FpEnv.PE | FpEnv.C1, Float80.mul(env, 0x7FFE, -1L, THREE_SE, ONE_M));
        expect(0x0000, 0x4000_0000_0000_0000L, 0, Float80.div(env, 0x0001, ONE_M, THREE_SE, ONE_M)); // exact denormal
        expect(0x3FFF, 0xB504_F333_F9DE_6484L, FpEnv.PE, Float80.sqrt(env, THREE_SE, ONE_M));
    }

    @Test
    void unmaskedOverflowRebiasesTheExponent() {
        env.control = 0x0377; // OE unmasked
        expect(0x1FFF, -1L, FpEnv.OE, Float80.mul(env, 0x7FFE, -1L, THREE_SE, ONE_M));
        env.control = 0x037E; // IE unmasked: no result
        assertFalse(Float80.div(env, 0, 0, 0, 0));
        assertEquals(FpEnv.IE, env.flags);
    }

    @Test
    void conversions() {
        env.control = 0x037F;
        assertTrue(Float80Convert.toInt(env, THREE_SE, 0xA000_0000_0000_0000L, 16, false)); // 2.5
        assertEquals(2, env.bits);
        assertEquals(FpEnv.PE, env.flags);
        env.control = 0x0B7F;
        assertTrue(Float80Convert.toInt(env, THREE_SE, 0xA000_0000_0000_0000L, 16, false));
        assertEquals(3, env.bits);
        assertEquals(FpEnv.PE | FpEnv.C1, env.flags);
        env.control = 0x037F;
        assertTrue(Float80Convert.toFloat32(env, 0x3FFD, 0xAAAA_AAAA_AAAA_AAABL));
        assertEquals(0x3EAA_AAABL, env.bits);
        assertTrue(Float80Convert.toBcd(env, 0xC005, 0xF700_0000_0000_0000L)); // -123.5
        assertEquals(0x124L, env.bits);
        assertEquals(0x8000, env.bitsHigh);
        assertEquals(FpEnv.PE | FpEnv.C1, env.flags);
    }

    @Test
    void remainderAndSine() {
        env.control = 0x037F;
        // FPREM1(5, 3) = -1 with quotient 2: Q1 -> C3
        expect(0xBFFF, ONE_M, FpEnv.C3, Float80Remainder.fprem1(env, 0x4001, 0xA000_0000_0000_0000L, THREE_SE, THREE_M));
        expect(0x3FFE, 0xD76A_A478_4867_7021L, FpEnv.PE | FpEnv.C1, Float80Transcendental.fsin(env, ONE_SE, ONE_M));
    }

    /** The 128/64 division and square root helpers against BigInteger, including their edge cases. */
    @Test
    void wideIntegerHelpers() {
        java.util.Random r = new java.util.Random(3);
        java.math.BigInteger two64 = java.math.BigInteger.ONE.shiftLeft(64);
        for (int i = 0; i < 200_000; i++) {
            final long v = i % 7 == 0 ? Long.MIN_VALUE | (r.nextBoolean() ? 0 : -1L >>> 1)
                    : r.nextLong() | Long.MIN_VALUE;
            final long u1 = i % 5 == 0 ? v - 1 : Long.remainderUnsigned(r.nextLong(), v);
            final long u0 = i % 3 == 0 ? -1L : r.nextLong();
            java.math.BigInteger n = BigMath.unsigned(u1).shiftLeft(64).or(BigMath.unsigned(u0));
            java.math.BigInteger[] qr = n.divideAndRemainder(BigMath.unsigned(v));
            long q = Float80.divide128(u1, u0, v);
            assertEquals(qr[0].longValue(), q, () -> Long.toHexString(u1) + ":" + Long.toHexString(u0) + " / " + Long.toHexString(v));
            assertEquals(qr[1].longValue(), Float80.remainder128(u1, u0, v, q));
            long rh = r.nextLong() | (1L << 62);
            if (i % 11 == 0) rh = -1L;
            long rl = i % 13 == 0 ? -1L : r.nextLong();
            java.math.BigInteger rad = BigMath.unsigned(rh).shiftLeft(64).or(BigMath.unsigned(rl));
            assertEquals(rad.sqrt().longValue(), Float80.isqrt128(rh, rl), () -> "sqrt " + rad.toString(16));
        }
        assertTrue(two64.bitLength() == 65);
    }
}
