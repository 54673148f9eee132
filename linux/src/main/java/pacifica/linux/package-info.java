/**
 * Linux user-mode runner: ELF loading, process set-up and system calls on top of
 * {@code pacifica.emu}.
 */
package pacifica.linux;
