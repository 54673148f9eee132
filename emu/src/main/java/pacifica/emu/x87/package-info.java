/**
 * Software 80-bit extended-precision arithmetic for the emulated x87, bit-exact to the host AMD
 * processor's x87 unit (checked by Float80Test against the host through a gcc-built oracle).
 *
 * <p>Values are {@code (int se, long m)} pairs: sign and biased 15-bit exponent, and the 64-bit
 * significand with its explicit integer bit. Every operation takes an {@link pacifica.emu.x87.FpEnv}
 * carrying the control word in and the result, the exception flags and the condition codes out;
 * it returns false when an unmasked exception means the destination must stay unwritten.
 * The arithmetic allocates nothing; the transcendental instructions evaluate with BigDecimal.
 *
 * <ul>
 *   <li>{@link pacifica.emu.x87.Float80}: FADD/FSUB/FMUL/FDIV (reverse forms by swapping operands),
 *       FSQRT, FRNDINT, FCOM/FUCOM/FCOMI/FUCOMI.
 *   <li>{@link pacifica.emu.x87.Float80Convert}: FILD/FIST/FISTP/FISTTP, FLD/FST m32/m64, FBLD/FBSTP,
 *       and the widening of m32/m64 operands of the arithmetic instructions.
 *   <li>{@link pacifica.emu.x87.Float80Exponent}: FSCALE, FXTRACT.
 *   <li>{@link pacifica.emu.x87.Float80Remainder}: FPREM, FPREM1.
 *   <li>{@link pacifica.emu.x87.Float80Transcendental}: FSIN, FCOS, FSINCOS, FPTAN, FPATAN, F2XM1,
 *       FYL2X, FYL2XP1 (the host's reduction pi and sine-polynomial error modelled; the host agrees
 *       in the last bit 99.5-99.7% of the time for FSIN/FCOS/FSINCOS, 99.3% for FPATAN, 97% for
 *       F2XM1/FYL2X/FYL2XP1 and 93.5% for FPTAN).
 * </ul>
 *
 * <p>Host behaviours the manuals leave open or describe differently, all measured on AMD EPYC:
 * tininess is detected after rounding; precision control rounds denormal results at the same bit
 * position as normal ones; of two NaN operands a QNaN beats an SNaN, else the larger significand
 * wins and on a tie the positive one; zero divide outranks the denormal-operand exception;
 * pseudo-denormals are denormal operands with exponent 1; FLD m32/m64 of a denormal loads even when
 * DE is unmasked, while FST, FIST and FBSTP never raise DE; compares set the condition codes (and
 * FCOMI the flags) even when IE or DE is unmasked; FPREM/FPREM1 reduce a dividend whose exponent
 * exceeds the divisor's by D >= 64 modulo divisor * 2^(32 * (floor(D/32) - 1)); FSCALE results
 * beyond the unmasked response's re-biased range become infinity or zero, inexact; F2XM1 with
 * |x| > 1 and FYL2XP1 with x <= -1 return the operand unchanged, inexact; FSIN/FCOS/FPTAN reduce
 * their argument, and FPATAN unfolds its angle, with the 68-bit pi 0xC90FDAA22168C234C * 2^-66;
 * F2XM1(+1) is computed a hair below 1, F2XM1(-1) and FYL2X(2^k, y) are exact yet inexact.
 */
package pacifica.emu.x87;
