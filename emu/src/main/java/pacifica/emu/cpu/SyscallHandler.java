package pacifica.emu.cpu;

/**
 * Receives SYSCALL instructions when a user-mode environment (the Linux runner) handles system calls
 * itself instead of a guest kernel. Called after the architectural register effects of SYSCALL and
 * of the kernel's SYSRET (RCX = the next RIP, R11 = RFLAGS), with {@link Cpu#nextRip} the return
 * address; the handler reads and writes registers and may raise exceptions via {@link Cpu#fault}.
 */
@FunctionalInterface
public interface SyscallHandler {
    void syscall(Cpu cpu);
}
