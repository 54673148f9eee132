package pacifica.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Error messages: file:line:column, all errors of a file collected in source order. */
class TextAssemblerErrorTest {

    static List<String> errors(String source) {
        AsmException e = assertThrows(AsmException.class,
                () -> TextAssembler.assemble("t.s", source, 64, 0, TextAssembler.Layout.FLAT));
        return e.errors().stream().map(AsmError::toString).toList();
    }

    @Test
    void unknownMnemonic() {
        assertEquals(List.of("t.s:3:9: unknown mnemonic 'mvo'"), errors("""
                _start:
                        nop
                        mvo %eax, %ebx
                """));
    }

    @Test
    void collectsAllErrors() {
        assertEquals(List.of(
                "t.s:1:1: operand size mismatch for 'mov'",
                "t.s:2:9: bad register name '%rxx'",
                "t.s:3:5: undefined symbol 'nowhere'",
                "t.s:4:1: unknown directive '.frobnicate'",
                "t.s:5:1: Intel syntax is not supported: this assembler reads AT&T syntax only",
                "t.s:6:4: symbol 'a' is already defined",
                "t.s:7:16: scale factor of '3' must be 1, 2, 4 or 8",
                "t.s:8:1: operand type mismatch for 'add'",
                "t.s:9:1: branch target out of range for a short jump"), errors("""
                mov %eax, %rbx
                mov $1, %rxx
                jmp nowhere
                .frobnicate 1
                .intel_syntax noprefix
                a: a: nop
                mov (%rax,%rbx,3), %eax
                add %cr0, %eax
                jecxz .+1000
                """));
    }

    @Test
    void statementsAfterSemicolonsKeepTheirColumns() {
        assertEquals(List.of("t.s:1:6: unknown mnemonic 'bad'"), errors("nop; bad; nop"));
    }

    @Test
    void undefinedLocalLabel() {
        assertEquals(List.of("t.s:1:5: undefined symbol '1 (local label)'"), errors("jmp 1f"));
    }

    @Test
    void unterminatedString() {
        assertEquals(List.of("t.s:1:8: unterminated string"), errors(".ascii \"abc"));
    }
}
