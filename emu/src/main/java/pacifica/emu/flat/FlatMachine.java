package pacifica.emu.flat;

import pacifica.emu.cpu.Cpu;
import pacifica.emu.cpu.Interpreter;
import pacifica.emu.cpu.RunResult;
import pacifica.emu.mem.FlatMemory;

/**
 * A bare machine for {@code run-flat}: flat memory (linear = physical, no paging), one CPU in
 * 64-bit mode at CPL 0, started with all GPRs 0, RFLAGS 0x202, x87 after FNINIT, MXCSR 0x1F80.
 * Runs until the first HLT, an exception, or an instruction limit.
 */
public final class FlatMachine {
    public final FlatMemory memory = new FlatMemory();
    public final Cpu cpu = new Cpu(memory);
    public final Interpreter interpreter = new Interpreter(cpu);

    public FlatMachine() {
        cpu.mode = 64;
        cpu.cpl = 0;
        cpu.setRflags(0x202);
        cpu.fninit();
        cpu.mxcsr = 0x1F80;
    }

    /** Maps {@code code} at {@code base} with read, write and execute permission (page-rounded). */
    public void loadProgram(long base, byte[] code) {
        long size = Math.max(4096, (code.length + 4095L) & ~4095L);
        memory.map(base, size, FlatMemory.RWX);
        memory.load(base, code);
        cpu.rip = base;
    }

    public RunResult run(long maxInstructions) {
        return interpreter.run(maxInstructions);
    }
}
