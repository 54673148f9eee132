package pacifica.emu.cpu;

import pacifica.emu.Trap;
import pacifica.emu.Vectors;
import pacifica.x86.decode.Instruction;

/**
 * The run loop: looks up decoded blocks, executes their instructions, and turns everything that
 * stops execution (HLT, an architectural exception, the instruction limit, or a bug surfacing as
 * a Java exception) into a {@link RunResult}. Nothing thrown inside escapes {@link #run}.
 */
public final class Interpreter {
    public final Cpu cpu;
    public final BlockCache blocks;
    /** Execution stops (result {@link RunResult.Stop#STOPPED}) when it reaches this address; -1 for none. */
    public long stopAddress = -1;

    public Interpreter(Cpu cpu) {
        this.cpu = cpu;
        this.blocks = new BlockCache(cpu);
    }

    /** Runs until HLT, an exception, or {@code maxInstructions} instructions. */
    public RunResult run(long maxInstructions) {
        Cpu c = cpu;
        long executed = 0;
        try {
            while (true) {
                Block b = blocks.lookup(c.rip);
                Instruction[] list = b.instructions;
                for (int k = 0; k < list.length; k++) {
                    if (executed >= maxInstructions) {
                        return new RunResult(RunResult.Stop.INSTRUCTION_LIMIT, -1, -1, 0, c.rip, executed, null);
                    }
                    Instruction i = list[k];
                    if (i.address == stopAddress) {
                        c.rip = i.address;
                        return new RunResult(RunResult.Stop.STOPPED, -1, -1, 0, c.rip, executed, null);
                    }
                    c.rip = i.address;
                    c.nextRip = i.address + i.length;
                    boolean step = c.singleStep; // TF as the instruction starts
                    int r = Exec.execute(c, i, b, k);
                    executed++;
                    c.instructions++;
                    c.rip = c.nextRip;
                    if (r == Exec.HALT) {
                        return new RunResult(RunResult.Stop.HALT, -1, -1, 0, c.rip, executed, null);
                    }
                    // A SYSCALL's trap is taken by the operating system (SYSCALL masks TF through
                    // SFMASK): Linux returns to the user with no SIGTRAP for it (measured).
                    if (step && b.op[k] != Dispatch.SYSCALL) {
                        // The single-step trap: after the instruction, RIP at the next one; DR6.BS in the
                        // fault-address slot tells it from INT1 (APM vol. 2, 13.1.1.3).
                        return new RunResult(RunResult.Stop.EXCEPTION, Vectors.DB, -1, RunResult.DR6_BS, c.rip, executed, null);
                    }
                    if (c.codeChanged) {
                        c.codeChanged = false;
                        break;
                    }
                }
            }
        } catch (Trap t) {
            if (t.vector == Vectors.PF) c.cr2 = t.faultAddress;
            return new RunResult(RunResult.Stop.EXCEPTION, t.vector, t.errorCode, t.faultAddress, c.rip, executed, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new RunResult(RunResult.Stop.INTERNAL_ERROR, -1, -1, 0, c.rip, executed, e.toString());
        }
    }
}
