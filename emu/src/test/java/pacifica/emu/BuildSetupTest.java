package pacifica.emu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Proves that both test engines (JUnit Jupiter and jqwik) run in this build; remove once real tests exist. */
class BuildSetupTest {

    @Test
    void jupiterRuns() {
        assertTrue(Runtime.version().feature() >= 25, "tests must run on JDK 25+");
        assertTrue(BuildSetupTest.class.getModule().isNativeAccessEnabled(),
                "surefire must pass --enable-native-access=ALL-UNNAMED");
        assertTrue(Runtime.getRuntime().maxMemory() > 3L << 30, "surefire must pass -Xmx4g");
    }

    @Property(tries = 100)
    void jqwikRuns(@ForAll long x) {
        assertEquals(x, Long.rotateRight(Long.rotateLeft(x, 13), 13));
    }
}
