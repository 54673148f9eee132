package pacifica.x86.asm;

/** One assembly error at a source position; {@link #toString} gives {@code file:line:column: message}. */
public record AsmError(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
