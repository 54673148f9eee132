package pacifica.emu.cpu;

import java.util.ArrayList;
import java.util.List;

import pacifica.x86.isa.InstructionForm;
import pacifica.x86.isa.InstructionTable;
import pacifica.x86.isa.OperandKind;

/**
 * Maps every table form (by {@link InstructionForm#id}) to a handler number for {@link Exec}'s
 * switch, plus precomputed operand descriptors and one auxiliary value (an ALU kind, a condition
 * code, an element size). Built once from the table by mnemonic; a form without a handler maps
 * to {@link #UD} and raises #UD.
 */
public final class Dispatch {
    static final int UD = 0, ALU = 1, INC = 2, DEC = 3, NEG = 4, NOT = 5, MUL = 6, IMUL1 = 7, IMUL = 8, DIV = 9,
            IDIV = 10, ADCX = 11, ADOX = 12, SHIFT = 13, SHLD = 14, SHRD = 15, BT = 16, BSF = 17, BSR = 18,
            TZCNT = 19, LZCNT = 20, POPCNT = 21, BSWAP = 22, MOVBE = 23, CRC32 = 24, STRING = 25, MOV = 26,
            MOV_LOAD_OFF = 27, MOV_STORE_OFF = 28, MOV_IMM = 29, XCHG = 30, LEA = 31, MOVZX = 32, MOVSX = 33,
            CBW = 34, CWD = 35, CMOV = 36, SETCC = 37, JCC = 38, CMPXCHG = 39, XADD = 40, CMPXCHG8B = 41,
            CMPXCHG16B = 42, XLAT = 43, SAHF = 44, LAHF = 45, CPUID = 46, RDTSC = 47, RDRAND = 48, RDPID = 49,
            FWAIT = 50, NOP = 51, JMP = 52, CALL = 53, RET = 54, LOOP = 55, JRCXZ = 56, PUSH = 57, POP = 58,
            PUSH_SEG = 59, PUSHF = 60, POPF = 61, LEAVE = 62, ENTER = 63, HLT = 64, CLI = 65, STI = 66, CLC = 67,
            STC = 68, CMC = 69, CLD = 70, STD = 71, INT3 = 72, INT = 73, INT1 = 74, RDTSCP = 75, PAUSE = 76, BMI = 77, MOV_FROM_SEG = 78, GP0 = 79,
            FAST_ALU_RR = 80, FAST_ALU_RI = 81, FAST_MOV_RR = 82, FAST_INCDEC_R = 83, SYSCALL = 84, SSE = 85,
            FAST_SSE = 86, FAST_FPU = 87;
    static final int FPU = 120, SIMD = 121, SSE_FP = 122, MMX = 123;

    private static final Dispatch INSTANCE = new Dispatch(InstructionTable.get());

    final int[] op;
    final int[] d0, d1, d2;
    final int[] aux;
    private final InstructionTable table;

    public static Dispatch get() {
        return INSTANCE;
    }

    Dispatch(InstructionTable table) {
        this.table = table;
        int n = table.size();
        op = new int[n];
        d0 = new int[n];
        d1 = new int[n];
        d2 = new int[n];
        aux = new int[n];
        for (InstructionForm f : table.forms()) {
            d0[f.id] = Operands.describe(f, 0);
            d1[f.id] = Operands.describe(f, 1);
            d2[f.id] = Operands.describe(f, 2);
            assign(f);
        }
    }

    private void set(InstructionForm f, int handler, int a) {
        op[f.id] = handler;
        aux[f.id] = a;
    }

    private static int elementSize(InstructionForm f) {
        return f.mnemonic.endsWith("B") ? 1 : 0;
    }

    private void assign(InstructionForm f) {
        String m = f.mnemonic;
        if (f.space == InstructionForm.SPACE_VEX) {
            int k = java.util.List.of("ANDN", "BEXTR", "BLSR", "BLSMSK", "BLSI", "BZHI", "MULX", "PDEP", "PEXT",
                    "RORX", "SARX", "SHLX", "SHRX").indexOf(m);
            if (k >= 0) set(f, BMI, k);
            return; // other VEX forms: the SIMD engine
        }
        if (f.space != InstructionForm.SPACE_LEGACY) return;
        if (f.attributes.containsKey("ud")) { set(f, UD, 1); return; } // decoded by objdump, #UD on the processor
        if (X87.opFor(f) >= 0) { set(f, FPU, X87.opFor(f)); return; }
        if (Mmx.opFor(f) >= 0) { set(f, MMX, Mmx.opFor(f)); return; }
        if (Simd.opFor(f) >= 0) { set(f, SIMD, Simd.opFor(f)); return; }
        if (SseFp.opFor(f) >= 0) { set(f, SSE_FP, SseFp.opFor(f)); return; }
        int cc = f.opcode & 0xF;
        switch (m) {
            case "ADD" -> set(f, ALU, Alu.ADD);
            case "OR" -> set(f, ALU, Alu.OR);
            case "ADC" -> set(f, ALU, Alu.ADC);
            case "SBB" -> set(f, ALU, Alu.SBB);
            case "AND" -> set(f, ALU, Alu.AND);
            case "SUB" -> set(f, ALU, Alu.SUB);
            case "XOR" -> set(f, ALU, Alu.XOR);
            case "CMP" -> set(f, ALU, Alu.CMP);
            case "TEST" -> set(f, ALU, Alu.TEST);
            case "INC" -> set(f, INC, 0);
            case "DEC" -> set(f, DEC, 0);
            case "NEG" -> set(f, NEG, 0);
            case "NOT" -> set(f, NOT, 0);
            case "MUL" -> set(f, MUL, 0);
            case "IMUL" -> set(f, f.operands.length == 1 ? IMUL1 : IMUL, 0);
            case "DIV" -> set(f, DIV, 0);
            case "IDIV" -> set(f, IDIV, 0);
            case "ADCX" -> set(f, ADCX, 0);
            case "ADOX" -> set(f, ADOX, 0);
            case "ROL" -> set(f, SHIFT, Shifts.ROL);
            case "ROR" -> set(f, SHIFT, Shifts.ROR);
            case "RCL" -> set(f, SHIFT, Shifts.RCL);
            case "RCR" -> set(f, SHIFT, Shifts.RCR);
            case "SHL" -> set(f, SHIFT, Shifts.SHL);
            case "SAL" -> set(f, SHIFT, Shifts.SAL);
            case "SHR" -> set(f, SHIFT, Shifts.SHR);
            case "SAR" -> set(f, SHIFT, Shifts.SAR);
            case "SHLD" -> set(f, SHLD, 0);
            case "SHRD" -> set(f, SHRD, 0);
            case "BT" -> set(f, BT, Bits.BT);
            case "BTS" -> set(f, BT, Bits.BTS);
            case "BTR" -> set(f, BT, Bits.BTR);
            case "BTC" -> set(f, BT, Bits.BTC);
            case "BSF" -> set(f, BSF, 0);
            case "BSR" -> set(f, BSR, 0);
            case "TZCNT" -> set(f, TZCNT, 0);
            case "LZCNT" -> set(f, LZCNT, 0);
            case "POPCNT" -> set(f, POPCNT, 0);
            case "BSWAP" -> set(f, BSWAP, 0);
            case "MOVBE" -> set(f, MOVBE, 0);
            case "CRC32" -> set(f, CRC32, 0);
            case "MOVS", "MOVSB" -> set(f, STRING, Strings.MOVS | elementSize(f) << 8);
            case "CMPS", "CMPSB" -> set(f, STRING, Strings.CMPS | elementSize(f) << 8);
            case "STOS", "STOSB" -> set(f, STRING, Strings.STOS | elementSize(f) << 8);
            case "LODS", "LODSB" -> set(f, STRING, Strings.LODS | elementSize(f) << 8);
            case "SCAS", "SCASB" -> set(f, STRING, Strings.SCAS | elementSize(f) << 8);
            case "MOV" -> assignMov(f);
            case "XCHG" -> set(f, XCHG, 0);
            case "LEA" -> set(f, LEA, 0);
            case "MOVZX" -> set(f, MOVZX, 0);
            case "MOVSX", "MOVSXD" -> set(f, MOVSX, 0);
            case "CBW", "CWDE", "CDQE" -> set(f, CBW, 0);
            case "CWD", "CDQ", "CQO" -> set(f, CWD, 0);
            case "CMPXCHG" -> set(f, CMPXCHG, 0);
            case "XADD" -> set(f, XADD, 0);
            case "CMPXCHG8B" -> set(f, CMPXCHG8B, 0);
            case "CMPXCHG16B" -> set(f, CMPXCHG16B, 0);
            case "XLAT" -> set(f, XLAT, 0);
            case "SAHF" -> set(f, SAHF, 0);
            case "LAHF" -> set(f, LAHF, 0);
            case "CPUID" -> set(f, CPUID, 0);
            case "RDTSC" -> set(f, RDTSC, 0);
            case "RDTSCP" -> set(f, RDTSCP, 0);
            case "RDRAND", "RDSEED" -> set(f, RDRAND, 0);
            case "RDPID" -> set(f, RDPID, 0);
            case "FWAIT" -> set(f, FWAIT, 0);
            case "PAUSE" -> set(f, PAUSE, 0);
            // Hints: PREFETCHWT1, PREFETCHIT0/1 and CLDEMOTE sit in NOP/prefetch opcode space and do nothing visible.
            // ENDBR64/32 (CET not enabled) and the fences (one in-order CPU) do nothing visible either.
            case "PREFETCHWT1", "PREFETCHIT0", "PREFETCHIT1", "CLDEMOTE", "ENDBR64", "ENDBR32", "SFENCE", "LFENCE", "MFENCE",
                 "NOP", "PREFETCH", "PREFETCHW", "PREFETCHNTA", "PREFETCHT0", "PREFETCHT1",
                 "PREFETCHT2" -> set(f, NOP, 0);
            case "JMP" -> set(f, JMP, 0);
            case "CALL" -> set(f, CALL, 0);
            case "RET" -> set(f, RET, f.operands.length);
            case "LOOP" -> set(f, LOOP, -1);
            case "LOOPE" -> set(f, LOOP, 1);
            case "LOOPNE" -> set(f, LOOP, 0);
            case "JCXZ", "JECXZ", "JRCXZ" -> set(f, JRCXZ, 0);
            case "PUSH" -> {
                if (Operands.isKind(f, 0, OperandKind.FIXED_SEG)) set(f, PUSH_SEG, f.operands[0].register());
                else set(f, PUSH, 0);
            }
            case "POP" -> {
                if (!Operands.isKind(f, 0, OperandKind.FIXED_SEG)) set(f, POP, 0);
            }
            case "PUSHF" -> set(f, PUSHF, 0);
            case "POPF" -> set(f, POPF, 0);
            case "LEAVE" -> set(f, LEAVE, 0);
            case "ENTER" -> set(f, ENTER, 0);
            case "HLT" -> set(f, HLT, 0);
            case "CLI" -> set(f, CLI, 0);
            case "STI" -> set(f, STI, 0);
            case "CLC" -> set(f, CLC, 0);
            case "STC" -> set(f, STC, 0);
            case "CMC" -> set(f, CMC, 0);
            case "CLD" -> set(f, CLD, 0);
            case "STD" -> set(f, STD, 0);
            case "SYSCALL" -> set(f, SYSCALL, 0);
            case "INT3" -> set(f, INT3, 0);
            case "INT" -> set(f, INT, 0);
            case "INT1" -> set(f, INT1, 0);
            case "UD2", "UD0", "UD1" -> set(f, UD, 1);
            default -> {
                boolean map0F = f.map == InstructionForm.MAP_0F;
                boolean jcc = f.map == InstructionForm.MAP_LEGACY ? (f.opcode & 0xF0) == 0x70 : map0F && (f.opcode & 0xF0) == 0x80;
                int sse = Sse.opFor(f);
                if (sse >= 0) set(f, SSE, sse);
                else if (m.startsWith("J") && f.flow == pacifica.x86.isa.Flow.BRANCH && jcc) set(f, JCC, cc);
                else if (m.startsWith("CMOV") && map0F && (f.opcode & 0xF0) == 0x40) set(f, CMOV, cc);
                else if (m.startsWith("SET") && map0F && (f.opcode & 0xF0) == 0x90) set(f, SETCC, cc);
            }
        }
    }

    private void assignMov(InstructionForm f) {
        OperandKind k0 = f.operands[0].kind(), k1 = f.operands[1].kind();
        if (k1 == OperandKind.S) {
            set(f, MOV_FROM_SEG, 0);
            return;
        }
        if (k0 == OperandKind.S || k0 == OperandKind.C || k1 == OperandKind.C
                || k0 == OperandKind.D || k1 == OperandKind.D) {
            return; // segment/control/debug register moves: system mode
        }
        if (k1 == OperandKind.O) set(f, MOV_LOAD_OFF, 0);
        else if (k0 == OperandKind.O) set(f, MOV_STORE_OFF, 0);
        else if (k0 == OperandKind.Z) set(f, MOV_IMM, 0);
        else set(f, MOV, 0);
    }

    /** True when the form has a handler (UD2/UD0/UD1 count: raising #UD is their semantics). */
    public boolean implemented(InstructionForm f) {
        return op[f.id] != UD || aux[f.id] == 1;
    }

    /** The forms that raise #UD only because they have no handler yet. */
    public List<InstructionForm> notImplemented() {
        List<InstructionForm> out = new ArrayList<>();
        for (InstructionForm f : table.forms()) if (!implemented(f)) out.add(f);
        return out;
    }
}
