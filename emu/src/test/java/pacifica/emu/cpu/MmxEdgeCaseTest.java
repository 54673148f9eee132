package pacifica.emu.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pacifica.emu.cpu.EdgeCaseTest.CODE;
import static pacifica.emu.cpu.EdgeCaseTest.DATA;
import static pacifica.emu.cpu.EdgeCaseTest.assertHalt;
import static pacifica.emu.cpu.EdgeCaseTest.machine;
import static pacifica.emu.cpu.EdgeCaseTest.run;

import org.junit.jupiter.api.Test;

import pacifica.emu.Vectors;
import pacifica.emu.flat.FlatMachine;

/**
 * MMX's aliasing of the x87 registers (APM vol. 1, 5.3), the x87 last-instruction pointers, the SSE
 * underflow boundary and the FWAIT prefix, with expected values from the manual and, where it is silent, from the host AMD EPYC
 * (these cases were found by FpDifferentialTest). Code bytes come from GNU as (text in comments).
 */
class MmxEdgeCaseTest {
    private static final long PI_SIGNIFICAND = 0xC90FDAA22168C235L;

    @Test
    void mmxRegistersAreTheX87Significands() {
        // fldpi; fld1; movq %rax,%mm3; paddw %mm3,%mm3; movd %mm3,%ecx; hlt
        FlatMachine m = machine("d9 eb d9 e8 48 0f 6e d8 0f fd db 0f 7e d9 f4");
        m.cpu.fninit();
        m.cpu.gpr[Cpu.RAX] = 0x0001000200030004L;
        assertHalt(run(m));
        Cpu c = m.cpu;
        assertEquals(0x0002000400060008L, c.fpMant[3], "MM3 is the significand of physical register 3");
        assertEquals(0xFFFF, c.fpExp[3], "an MMX write sets sign and exponent to all ones");
        assertEquals(PI_SIGNIFICAND, c.fpMant[7], "FLDPI's register (physical 7) is untouched");
        assertEquals(0x4000, c.fpExp[7]);
        assertEquals(0, c.fpTop, "MMX instructions set TOP to 0");
        assertEquals(0, c.ftw, "and tag every register valid");
        assertEquals(0x00060008L, c.gpr[Cpu.RCX]);
    }

    @Test
    void emmsEmptiesTheTagsAndClearsTop() {
        // fldpi; fld1; movq %rax,%mm3; paddw %mm3,%mm3; movd %mm3,%ecx; emms; hlt
        FlatMachine m = machine("d9 eb d9 e8 48 0f 6e d8 0f fd db 0f 7e d9 0f 77 f4");
        m.cpu.fninit();
        assertHalt(run(m));
        assertEquals(0xFFFF, m.cpu.ftw, "all tags empty");
        assertEquals(0, m.cpu.fpTop, "TOP = 0 after EMMS, as on the host");
    }

    @Test
    void pendingX87ExceptionRaisesMfBeforeAnMmxInstruction() {
        // fldcw (%rdx) [ZM clear]; fld1; fldz; fdivrp %st,%st(1) (AT&T for Intel FDIVP: 1/0, ZE pending); paddb %mm0,%mm1; hlt
        FlatMachine m = machine("d9 2a d9 e8 d9 ee de f9 0f fc c8 f4");
        m.cpu.fninit();
        m.memory.write16(DATA, 0x037B);
        m.cpu.gpr[Cpu.RDX] = DATA;
        RunResult r = run(m);
        assertEquals(RunResult.Stop.EXCEPTION, r.stop(), r.describe());
        assertEquals(Vectors.MF, r.vector());
        assertEquals(CODE + 8, r.rip(), "at the MMX instruction");
        assertEquals(6, m.cpu.fpTop, "the MMX state was not entered (the unmasked #Z left FDIVP unpopped)");
    }

    @Test
    void productJustBelowTheSmallestNormalIsTinyEvenWhenItRoundsUpToIt() {
        // movd %eax,%xmm1; mulss %xmm1,%xmm1; hlt -- (-(2 - 2^-23) * 2^-64)^2 = 2^-126 (1 - 2^-23 + 2^-48)
        FlatMachine m = machine("66 0f 6e c8 f3 0f 59 c9 f4");
        m.cpu.gpr[Cpu.RAX] = 0x9FFFFFFFL;
        m.cpu.mxcsr = 0x5F80; // round up, all masked
        assertHalt(run(m));
        assertEquals(0x00800000L, m.cpu.xmm[2] & 0xFFFFFFFFL, "rounded up to the smallest normal");
        assertEquals(0x5F80 | 0x30, m.cpu.mxcsr, "UE and PE: tiny when rounded with an unbounded exponent (host)");
    }

    @Test
    void fwaitPrefixExecutesAsItsOwnInstruction() {
        // rex.B fwait; frstpm (#UD on AMD64); hlt -- the #UD is at the FRSTPM, after the FWAIT
        FlatMachine m = machine("41 9b db e5 f4");
        RunResult r = run(m);
        assertEquals(Vectors.UD, r.vector(), r.describe());
        assertEquals(CODE + 2, r.rip());
    }

    @Test
    void lastInstructionPointersInFnstenvButNotInFxsaveWithoutAPendingException() {
        // fninit; fldl 0x200000; fxsave64 0x200100; fnstenv 0x200040; hlt
        FlatMachine m = machine("db e3 dd 04 25 00 00 20 00 48 0f ae 04 25 00 01 20 00 d9 34 25 40 00 20 00 f4");
        m.cpu.segSelector[1] = 0x33;
        assertHalt(run(m));
        assertEquals(CODE + 2, m.memory.read32(DATA + 0x40 + 12) & 0xFFFFFFFFL, "FIP: the FLD (FNINIT is a control instruction)");
        assertEquals(0x504L << 16 | 0x33, m.memory.read32(DATA + 0x40 + 16) & 0xFFFFFFFFL, "FOP: DD & 7, ModRM 04; FCS");
        assertEquals(DATA, m.memory.read32(DATA + 0x40 + 20) & 0xFFFFFFFFL, "FDP: the operand's offset");
        // AMD's FXSAVE stores FOP/FIP/FDP only while an exception is pending (measured on the host)
        assertEquals(0, m.memory.read16(DATA + 0x100 + 6));
        assertEquals(0L, m.memory.read64(DATA + 0x100 + 8));
        assertEquals(0L, m.memory.read64(DATA + 0x100 + 16));
    }
}
