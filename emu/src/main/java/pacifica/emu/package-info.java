/**
 * The AMD64 machine emulator: CPU state, memory, instruction execution and AMD SVM.
 * Depends on {@code pacifica.x86}.
 */
package pacifica.emu;
