package pacifica.x86.asm;

/** A parse or evaluation error at a column of the current line (1-based). */
final class SyntaxError extends RuntimeException {
    final int column;

    SyntaxError(int column, String message) {
        super(message);
        this.column = column;
    }
}
