package pacifica.emu.cpu;

/**
 * One differential test: code run at {@link NativeHarness#CODE}, initial registers and RFLAGS,
 * scratch memory filled from {@code seed} plus an optional 8-byte poke.
 */
record DiffCase(String label, int formId, byte[] code, long seed, long[] regs, long rflags, int pokeOffset,
                long pokeValue) {

    static final int NO_POKE = -1;

    static long splitmix(long[] state) {
        long z = (state[0] += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The scratch buffer's initial contents, as the harness computes them. */
    byte[] scratch() {
        byte[] s = initialScratch(seed);
        if (pokeOffset != NO_POKE) {
            for (int k = 0; k < 8; k++) s[pokeOffset + k] = (byte) (pokeValue >>> (8 * k));
        }
        return s;
    }

    static byte[] initialScratch(long seed) {
        byte[] s = new byte[NativeHarness.SCRATCH_SIZE];
        long[] st = {seed};
        for (int i = 0; i < s.length; i += 8) {
            long v = splitmix(st);
            for (int k = 0; k < 8; k++) s[i + k] = (byte) (v >>> (8 * k));
        }
        return s;
    }

    String hex() {
        StringBuilder sb = new StringBuilder();
        for (byte x : code) sb.append(String.format("%02x ", x & 0xFF));
        return sb.toString().trim();
    }
}
