package pacifica.x86.asm;

import java.util.List;

/** Assembly failed; {@link #errors} holds every error found, in source order. */
public class AsmException extends RuntimeException {
    private final List<AsmError> errors;

    public AsmException(List<AsmError> errors) {
        super(errors.isEmpty() ? "assembly failed" : errors.get(0).toString()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<AsmError> errors() {
        return errors;
    }
}
