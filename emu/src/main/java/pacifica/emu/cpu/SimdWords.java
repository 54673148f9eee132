package pacifica.emu.cpu;

/** Word helpers of the AES key schedule. */
final class SimdWords {
    private SimdWords() {}

    /** SubWord: the S-box applied to each byte of a dword. */
    static long subWord(int w) {
        long r = 0;
        for (int k = 0; k < 4; k++) r |= (long) Aes.SBOX[(w >>> (8 * k)) & 0xFF] << (8 * k);
        return r;
    }
}
