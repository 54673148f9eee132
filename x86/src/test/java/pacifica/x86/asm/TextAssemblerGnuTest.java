package pacifica.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Whole programs assembled by us and by GNU as + ld at the same addresses must be byte-identical. */
class TextAssemblerGnuTest {

    static void same(String source, int bits, long base) throws IOException {
        GnuProgram.assumeTools();
        AsmResult ours = TextAssembler.assemble("t.s", source, bits, base, TextAssembler.Layout.ELF);
        Map<String, byte[]> gnu = GnuProgram.build(source, bits, ours);
        HexFormat hex = HexFormat.ofDelimiter(" ");
        for (AsmResult.OutSection s : ours.sections()) {
            if (s.nobits()) continue;
            assertEquals(hex.formatHex(gnu.get(s.name())), hex.formatHex(s.data()), "section " + s.name());
        }
    }

    @Test
    void directivesAndExpressions() throws IOException {
        same("""
                .equ FOUR, 4
                .set EIGHT, FOUR*2
                SIXTEEN = EIGHT << 1
                .text
                _start: movl $FOUR+EIGHT, %eax   # comment
                        movl $(1+2)*3-(10/3)%2, %ebx; movl $~0 & 0xff ^ 0x0f | 0x100, %ecx
                        movq $-SIXTEEN >> 2, %rdx /* inline */ ; nop
                /* a comment
                   over lines */ addl $'A', %eax
                        .byte 1, 2, -1, 0xff, 'a', '\\n
                        .word 0x1234, -2
                        .short 7
                        .long 0xdeadbeef, end - _start
                        .int 9
                        .quad 0x123456789abcdef0, -1
                        .ascii "ab\\tc\\"\\\\", "x"
                        .asciz "zero\\0one\\101\\x41"
                        .string "s"
                        .zero 3
                        .skip 2
                        .space 2, 0x55
                        .fill 3, 2, 0x1234
                        .fill 2, 8, -1
                        .p2align 3
                        .balign 16, 0xcc
                        .align 4
                        .org 0x80
                        .org . + 4, 0x11
                end:    ret
                        .data
                d0:     .long d0, end, _start + 4
                        .align 8
                        .quad d0 - 8
                        .globl _start
                        .type _start, @function
                        .size _start, end - _start
                        .bss
                        .zero 32
                """, 64, 0x401000);
    }

    @Test
    void localLabelsAndCrossSectionReferences() throws IOException {
        same("""
                .globl _start
                _start:
                1:      dec %ecx
                        jnz 1b
                        jmp 1f
                        nop
                1:      lea msg(%rip), %rsi
                        mov $msg, %edi
                        movabs $msg, %rax
                        mov msg, %eax
                        mov msg+4(%rbx), %eax
                        mov $len, %edx
                        jmp 2f
                .Llocal: call .Llocal
                2:      ret
                        .data
                msg:    .ascii "Hello, world\\n"
                        len = . - msg
                """, 64, 0x401000);
    }

    @Test
    void modes() throws IOException {
        same("""
                .code32
                start32: movl $1, %eax
                        jmp start32
                        .code16
                start16: movw $1, %ax
                        jmp start16
                        mov (%bx,%si), %ax
                        .code64
                        mov %rax, %r8
                        jmp start32
                """, 64, 0x10000);
    }

    /** Random jumps of all kinds over blocks whose sizes straddle the short/near limits. */
    @Test
    void relaxation() throws IOException {
        for (int seed = 1; seed <= 6; seed++) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder(".globl _start\n_start:\n");
            int labels = 40;
            String[] jumps = {"jmp", "je", "jne", "jb", "jae", "jl", "jg", "js", "jo", "jp", "call"};
            for (int i = 0; i < labels; i++) {
                sb.append("L").append(i).append(":\n");
                int n = r.nextInt(4);
                for (int k = 0; k < n; k++) {
                    String j = jumps[r.nextInt(jumps.length)];
                    sb.append("  ").append(j).append(" L").append(r.nextInt(labels)).append('\n');
                }
                int pad = r.nextInt(6) == 0 ? 100 + r.nextInt(40) : r.nextInt(20);
                sb.append("  .skip ").append(pad).append(", 0x90\n");
                if (r.nextInt(8) == 0) sb.append("  .p2align 4\n");
                if (r.nextInt(10) == 0) sb.append("  jecxz 1f\n  .skip 100\n1:\n");
                if (r.nextInt(10) == 0) sb.append("1:  loop 1b\n");
            }
            same(sb.toString(), 64, 0x401000);
        }
    }

    @Test
    void relaxation32() throws IOException {
        StringBuilder sb = new StringBuilder();
        Random r = new Random(7);
        for (int i = 0; i < 30; i++) {
            sb.append("M").append(i).append(": jne M").append(r.nextInt(30)).append("; jmp M").append(r.nextInt(30))
                    .append("; .skip ").append(r.nextInt(90)).append(", 0x90\n");
            if (i % 7 == 0) sb.append(".p2align 5\n");
        }
        same(sb.toString(), 32, 0x8048000);
    }
}
