package pacifica.emu.cpu;

import pacifica.emu.mem.FlatMemory;

/** The emulator side of differential testing: one reusable machine laid out like the harness. */
final class EmuSide {
    final FlatMemory mem = new FlatMemory();
    final Cpu cpu = new Cpu(mem);
    final Interpreter interp = new Interpreter(cpu);

    EmuSide() {
        mem.map(NativeHarness.CODE, 0x10000, FlatMemory.RWX);
        mem.map(NativeHarness.SCRATCH, NativeHarness.SCRATCH_SIZE, FlatMemory.R | FlatMemory.W);
        mem.user = true;
        cpu.cpl = 3;
        // The selectors a Linux x86-64 process runs with (user CS and SS; null data segments).
        cpu.segSelector[1] = 0x33;
        cpu.segSelector[2] = 0x2B;
    }

    /** Runs one case and renders the result in the harness's line format. */
    String run(DiffCase c) {
        byte[] code = new byte[c.code().length + 1];
        System.arraycopy(c.code(), 0, code, 0, c.code().length);
        code[code.length - 1] = (byte) 0xF4;
        mem.load(NativeHarness.CODE, code);
        byte[] initial = c.scratch();
        mem.load(NativeHarness.SCRATCH, initial);
        System.arraycopy(c.regs(), 0, cpu.gpr, 0, 16);
        cpu.setRflags(c.rflags());
        cpu.rip = NativeHarness.CODE;
        interp.stopAddress = NativeHarness.CODE + c.code().length;
        RunResult r = interp.run(1000);
        StringBuilder sb = new StringBuilder(256);
        switch (r.stop()) {
            case STOPPED -> sb.append("N 0 0 0 0");
            case EXCEPTION -> sb.append("F ").append(r.vector()).append(' ').append(Math.max(0, r.errorCode()))
                    .append(' ').append(Long.toHexString(r.faultAddress())).append(' ').append(Long.toHexString(r.rip()));
            default -> sb.append("? ").append(r.describe());
        }
        for (int k = 0; k < 16; k++) sb.append(' ').append(Long.toHexString(cpu.gpr[k]));
        sb.append(' ').append(Long.toHexString(cpu.rflags()));
        byte[] after = mem.dump(NativeHarness.SCRATCH, NativeHarness.SCRATCH_SIZE);
        for (int k = 0; k < after.length; k++) {
            if (after[k] != initial[k]) sb.append(' ').append(Integer.toHexString(k)).append('=').append(Integer.toHexString(after[k] & 0xFF));
        }
        return sb.toString();
    }
}
