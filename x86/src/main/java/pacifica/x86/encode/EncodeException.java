package pacifica.x86.encode;

/** An instruction that cannot be encoded (unknown mnemonic, operands that fit no form ...). */
public class EncodeException extends RuntimeException {
    public EncodeException(String message) {
        super(message);
    }
}
