package pacifica.emu.cpu;

/**
 * What SYSCALL does when the CPU runs a user-mode program without a kernel (Linux user mode):
 * the CPU has already stored the return address in RCX and RFLAGS in R11 (APM vol. 3 "SYSCALL");
 * the handler performs the call on the CPU state and may redirect {@link Cpu#nextRip}.
 * Without a handler, SYSCALL raises #UD (EFER.SCE clear).
 */
@FunctionalInterface
public interface SyscallHandler {
    /** Performs the call; returns true to make the run loop return (stop {@link RunResult.Stop#HALT}). */
    boolean syscall(Cpu cpu);
}
