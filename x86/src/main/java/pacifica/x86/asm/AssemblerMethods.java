// Generated from the instruction table by pacifica.x86.asm.gen.GenerateAssemblerMethods -- do not edit.
// Regenerate after changing the table:
// . tools/jdk25.sh && ./mvnw -q -B -o -pl x86 compile && "$JAVA_HOME/bin/java" -cp x86/target/classes pacifica.x86.asm.gen.GenerateAssemblerMethods x86/src/main/java/pacifica/x86/asm/AssemblerMethods.java
package pacifica.x86.asm;

import pacifica.x86.encode.Operand;

/**
 * One method per mnemonic and operand count of the instruction table (Intel operand order,
 * destination first), each delegating to {@link #emit(String, Operand...)}. Mnemonics that are
 * Java keywords or Object methods end in an underscore ({@code int_}).
 */
public abstract class AssemblerMethods {

    /** Adds one instruction; operands in Intel order. */
    public abstract void emit(String mnemonic, Operand... operands);

    public final void aaa() {
        emit("aaa");
    }

    public final void aad(long o1) {
        emit("aad", Operand.imm(o1));
    }

    public final void aad(Operand o1) {
        emit("aad", o1);
    }

    public final void aam(long o1) {
        emit("aam", Operand.imm(o1));
    }

    public final void aam(Operand o1) {
        emit("aam", o1);
    }

    public final void aas() {
        emit("aas");
    }

    public final void adc(Operand o1, long o2) {
        emit("adc", o1, Operand.imm(o2));
    }

    public final void adc(Operand o1, Operand o2) {
        emit("adc", o1, o2);
    }

    public final void adcx(Operand o1, Operand o2) {
        emit("adcx", o1, o2);
    }

    public final void add(Operand o1, long o2) {
        emit("add", o1, Operand.imm(o2));
    }

    public final void add(Operand o1, Operand o2) {
        emit("add", o1, o2);
    }

    public final void adox(Operand o1, Operand o2) {
        emit("adox", o1, o2);
    }

    public final void and(Operand o1, long o2) {
        emit("and", o1, Operand.imm(o2));
    }

    public final void and(Operand o1, Operand o2) {
        emit("and", o1, o2);
    }

    public final void arpl(Operand o1, Operand o2) {
        emit("arpl", o1, o2);
    }

    public final void bound(Operand o1, Operand o2) {
        emit("bound", o1, o2);
    }

    public final void bsf(Operand o1, Operand o2) {
        emit("bsf", o1, o2);
    }

    public final void bsr(Operand o1, Operand o2) {
        emit("bsr", o1, o2);
    }

    public final void bswap(Operand o1) {
        emit("bswap", o1);
    }

    public final void bt(Operand o1, long o2) {
        emit("bt", o1, Operand.imm(o2));
    }

    public final void bt(Operand o1, Operand o2) {
        emit("bt", o1, o2);
    }

    public final void btc(Operand o1, long o2) {
        emit("btc", o1, Operand.imm(o2));
    }

    public final void btc(Operand o1, Operand o2) {
        emit("btc", o1, o2);
    }

    public final void btr(Operand o1, long o2) {
        emit("btr", o1, Operand.imm(o2));
    }

    public final void btr(Operand o1, Operand o2) {
        emit("btr", o1, o2);
    }

    public final void bts(Operand o1, long o2) {
        emit("bts", o1, Operand.imm(o2));
    }

    public final void bts(Operand o1, Operand o2) {
        emit("bts", o1, o2);
    }

    public final void call(Operand o1) {
        emit("call", o1);
    }

    public final void callf(Operand o1) {
        emit("callf", o1);
    }

    public final void cbtw() {
        emit("cbtw");
    }

    public final void cbw() {
        emit("cbw");
    }

    public final void cdq() {
        emit("cdq");
    }

    public final void cdqe() {
        emit("cdqe");
    }

    public final void clc() {
        emit("clc");
    }

    public final void cld() {
        emit("cld");
    }

    public final void cli() {
        emit("cli");
    }

    public final void cltd() {
        emit("cltd");
    }

    public final void cltq() {
        emit("cltq");
    }

    public final void cmc() {
        emit("cmc");
    }

    public final void cmova(Operand o1, Operand o2) {
        emit("cmova", o1, o2);
    }

    public final void cmovae(Operand o1, Operand o2) {
        emit("cmovae", o1, o2);
    }

    public final void cmovb(Operand o1, Operand o2) {
        emit("cmovb", o1, o2);
    }

    public final void cmovbe(Operand o1, Operand o2) {
        emit("cmovbe", o1, o2);
    }

    public final void cmovc(Operand o1, Operand o2) {
        emit("cmovc", o1, o2);
    }

    public final void cmove(Operand o1, Operand o2) {
        emit("cmove", o1, o2);
    }

    public final void cmovg(Operand o1, Operand o2) {
        emit("cmovg", o1, o2);
    }

    public final void cmovge(Operand o1, Operand o2) {
        emit("cmovge", o1, o2);
    }

    public final void cmovl(Operand o1, Operand o2) {
        emit("cmovl", o1, o2);
    }

    public final void cmovle(Operand o1, Operand o2) {
        emit("cmovle", o1, o2);
    }

    public final void cmovna(Operand o1, Operand o2) {
        emit("cmovna", o1, o2);
    }

    public final void cmovnae(Operand o1, Operand o2) {
        emit("cmovnae", o1, o2);
    }

    public final void cmovnb(Operand o1, Operand o2) {
        emit("cmovnb", o1, o2);
    }

    public final void cmovnbe(Operand o1, Operand o2) {
        emit("cmovnbe", o1, o2);
    }

    public final void cmovnc(Operand o1, Operand o2) {
        emit("cmovnc", o1, o2);
    }

    public final void cmovne(Operand o1, Operand o2) {
        emit("cmovne", o1, o2);
    }

    public final void cmovng(Operand o1, Operand o2) {
        emit("cmovng", o1, o2);
    }

    public final void cmovnge(Operand o1, Operand o2) {
        emit("cmovnge", o1, o2);
    }

    public final void cmovnl(Operand o1, Operand o2) {
        emit("cmovnl", o1, o2);
    }

    public final void cmovnle(Operand o1, Operand o2) {
        emit("cmovnle", o1, o2);
    }

    public final void cmovno(Operand o1, Operand o2) {
        emit("cmovno", o1, o2);
    }

    public final void cmovnp(Operand o1, Operand o2) {
        emit("cmovnp", o1, o2);
    }

    public final void cmovns(Operand o1, Operand o2) {
        emit("cmovns", o1, o2);
    }

    public final void cmovnz(Operand o1, Operand o2) {
        emit("cmovnz", o1, o2);
    }

    public final void cmovo(Operand o1, Operand o2) {
        emit("cmovo", o1, o2);
    }

    public final void cmovp(Operand o1, Operand o2) {
        emit("cmovp", o1, o2);
    }

    public final void cmovpe(Operand o1, Operand o2) {
        emit("cmovpe", o1, o2);
    }

    public final void cmovpo(Operand o1, Operand o2) {
        emit("cmovpo", o1, o2);
    }

    public final void cmovs(Operand o1, Operand o2) {
        emit("cmovs", o1, o2);
    }

    public final void cmovz(Operand o1, Operand o2) {
        emit("cmovz", o1, o2);
    }

    public final void cmp(Operand o1, long o2) {
        emit("cmp", o1, Operand.imm(o2));
    }

    public final void cmp(Operand o1, Operand o2) {
        emit("cmp", o1, o2);
    }

    public final void cmps() {
        emit("cmps");
    }

    public final void cmps(Operand o1, Operand o2) {
        emit("cmps", o1, o2);
    }

    public final void cmpsb() {
        emit("cmpsb");
    }

    public final void cmpsb(Operand o1, Operand o2) {
        emit("cmpsb", o1, o2);
    }

    public final void cmpxchg(Operand o1, Operand o2) {
        emit("cmpxchg", o1, o2);
    }

    public final void cmpxchg16b(Operand o1) {
        emit("cmpxchg16b", o1);
    }

    public final void cmpxchg8b(Operand o1) {
        emit("cmpxchg8b", o1);
    }

    public final void cpuid() {
        emit("cpuid");
    }

    public final void cqo() {
        emit("cqo");
    }

    public final void cqto() {
        emit("cqto");
    }

    public final void crc32(Operand o1, Operand o2) {
        emit("crc32", o1, o2);
    }

    public final void cwd() {
        emit("cwd");
    }

    public final void cwde() {
        emit("cwde");
    }

    public final void cwtd() {
        emit("cwtd");
    }

    public final void cwtl() {
        emit("cwtl");
    }

    public final void daa() {
        emit("daa");
    }

    public final void das() {
        emit("das");
    }

    public final void dec(Operand o1) {
        emit("dec", o1);
    }

    public final void div(Operand o1) {
        emit("div", o1);
    }

    public final void enter(long o1, long o2) {
        emit("enter", Operand.imm(o1), Operand.imm(o2));
    }

    public final void enter(Operand o1, Operand o2) {
        emit("enter", o1, o2);
    }

    public final void fwait() {
        emit("fwait");
    }

    public final void hlt() {
        emit("hlt");
    }

    public final void idiv(Operand o1) {
        emit("idiv", o1);
    }

    public final void imul(Operand o1) {
        emit("imul", o1);
    }

    public final void imul(Operand o1, Operand o2) {
        emit("imul", o1, o2);
    }

    public final void imul(Operand o1, Operand o2, long o3) {
        emit("imul", o1, o2, Operand.imm(o3));
    }

    public final void imul(Operand o1, Operand o2, Operand o3) {
        emit("imul", o1, o2, o3);
    }

    public final void in() {
        emit("in");
    }

    public final void in(Operand o1, long o2) {
        emit("in", o1, Operand.imm(o2));
    }

    public final void in(Operand o1, Operand o2) {
        emit("in", o1, o2);
    }

    public final void inc(Operand o1) {
        emit("inc", o1);
    }

    public final void ins() {
        emit("ins");
    }

    public final void ins(Operand o1, Operand o2) {
        emit("ins", o1, o2);
    }

    public final void insb() {
        emit("insb");
    }

    public final void insb(Operand o1, Operand o2) {
        emit("insb", o1, o2);
    }

    public final void int_(long o1) {
        emit("int", Operand.imm(o1));
    }

    public final void int_(Operand o1) {
        emit("int", o1);
    }

    public final void int1() {
        emit("int1");
    }

    public final void int3() {
        emit("int3");
    }

    public final void into() {
        emit("into");
    }

    public final void iret() {
        emit("iret");
    }

    public final void ja(Operand o1) {
        emit("ja", o1);
    }

    public final void jae(Operand o1) {
        emit("jae", o1);
    }

    public final void jb(Operand o1) {
        emit("jb", o1);
    }

    public final void jbe(Operand o1) {
        emit("jbe", o1);
    }

    public final void jc(Operand o1) {
        emit("jc", o1);
    }

    public final void jcxz(Operand o1) {
        emit("jcxz", o1);
    }

    public final void je(Operand o1) {
        emit("je", o1);
    }

    public final void jecxz(Operand o1) {
        emit("jecxz", o1);
    }

    public final void jg(Operand o1) {
        emit("jg", o1);
    }

    public final void jge(Operand o1) {
        emit("jge", o1);
    }

    public final void jl(Operand o1) {
        emit("jl", o1);
    }

    public final void jle(Operand o1) {
        emit("jle", o1);
    }

    public final void jmp(Operand o1) {
        emit("jmp", o1);
    }

    public final void jmpf(Operand o1) {
        emit("jmpf", o1);
    }

    public final void jna(Operand o1) {
        emit("jna", o1);
    }

    public final void jnae(Operand o1) {
        emit("jnae", o1);
    }

    public final void jnb(Operand o1) {
        emit("jnb", o1);
    }

    public final void jnbe(Operand o1) {
        emit("jnbe", o1);
    }

    public final void jnc(Operand o1) {
        emit("jnc", o1);
    }

    public final void jne(Operand o1) {
        emit("jne", o1);
    }

    public final void jng(Operand o1) {
        emit("jng", o1);
    }

    public final void jnge(Operand o1) {
        emit("jnge", o1);
    }

    public final void jnl(Operand o1) {
        emit("jnl", o1);
    }

    public final void jnle(Operand o1) {
        emit("jnle", o1);
    }

    public final void jno(Operand o1) {
        emit("jno", o1);
    }

    public final void jnp(Operand o1) {
        emit("jnp", o1);
    }

    public final void jns(Operand o1) {
        emit("jns", o1);
    }

    public final void jnz(Operand o1) {
        emit("jnz", o1);
    }

    public final void jo(Operand o1) {
        emit("jo", o1);
    }

    public final void jp(Operand o1) {
        emit("jp", o1);
    }

    public final void jpe(Operand o1) {
        emit("jpe", o1);
    }

    public final void jpo(Operand o1) {
        emit("jpo", o1);
    }

    public final void jrcxz(Operand o1) {
        emit("jrcxz", o1);
    }

    public final void js(Operand o1) {
        emit("js", o1);
    }

    public final void jz(Operand o1) {
        emit("jz", o1);
    }

    public final void lahf() {
        emit("lahf");
    }

    public final void lcall(Operand o1) {
        emit("lcall", o1);
    }

    public final void lds(Operand o1, Operand o2) {
        emit("lds", o1, o2);
    }

    public final void lea(Operand o1, Operand o2) {
        emit("lea", o1, o2);
    }

    public final void leave() {
        emit("leave");
    }

    public final void les(Operand o1, Operand o2) {
        emit("les", o1, o2);
    }

    public final void lfs(Operand o1, Operand o2) {
        emit("lfs", o1, o2);
    }

    public final void lgs(Operand o1, Operand o2) {
        emit("lgs", o1, o2);
    }

    public final void ljmp(Operand o1) {
        emit("ljmp", o1);
    }

    public final void lods() {
        emit("lods");
    }

    public final void lods(Operand o1, Operand o2) {
        emit("lods", o1, o2);
    }

    public final void lodsb() {
        emit("lodsb");
    }

    public final void lodsb(Operand o1, Operand o2) {
        emit("lodsb", o1, o2);
    }

    public final void loop(Operand o1) {
        emit("loop", o1);
    }

    public final void loope(Operand o1) {
        emit("loope", o1);
    }

    public final void loopne(Operand o1) {
        emit("loopne", o1);
    }

    public final void loopnz(Operand o1) {
        emit("loopnz", o1);
    }

    public final void loopz(Operand o1) {
        emit("loopz", o1);
    }

    public final void lret() {
        emit("lret");
    }

    public final void lret(long o1) {
        emit("lret", Operand.imm(o1));
    }

    public final void lret(Operand o1) {
        emit("lret", o1);
    }

    public final void lss(Operand o1, Operand o2) {
        emit("lss", o1, o2);
    }

    public final void lzcnt(Operand o1, Operand o2) {
        emit("lzcnt", o1, o2);
    }

    public final void mov(Operand o1, long o2) {
        emit("mov", o1, Operand.imm(o2));
    }

    public final void mov(Operand o1, Operand o2) {
        emit("mov", o1, o2);
    }

    public final void movabs(Operand o1, long o2) {
        emit("movabs", o1, Operand.imm(o2));
    }

    public final void movabs(Operand o1, Operand o2) {
        emit("movabs", o1, o2);
    }

    public final void movbe(Operand o1, Operand o2) {
        emit("movbe", o1, o2);
    }

    public final void movs() {
        emit("movs");
    }

    public final void movs(Operand o1, Operand o2) {
        emit("movs", o1, o2);
    }

    public final void movsb() {
        emit("movsb");
    }

    public final void movsb(Operand o1, Operand o2) {
        emit("movsb", o1, o2);
    }

    public final void movslq(Operand o1, Operand o2) {
        emit("movslq", o1, o2);
    }

    public final void movsx() {
        emit("movsx");
    }

    public final void movsx(Operand o1, Operand o2) {
        emit("movsx", o1, o2);
    }

    public final void movsxd(Operand o1, Operand o2) {
        emit("movsxd", o1, o2);
    }

    public final void movz(Operand o1, Operand o2) {
        emit("movz", o1, o2);
    }

    public final void movzx(Operand o1, Operand o2) {
        emit("movzx", o1, o2);
    }

    public final void mul(Operand o1) {
        emit("mul", o1);
    }

    public final void neg(Operand o1) {
        emit("neg", o1);
    }

    public final void nop() {
        emit("nop");
    }

    public final void nop(Operand o1) {
        emit("nop", o1);
    }

    public final void not(Operand o1) {
        emit("not", o1);
    }

    public final void or(Operand o1, long o2) {
        emit("or", o1, Operand.imm(o2));
    }

    public final void or(Operand o1, Operand o2) {
        emit("or", o1, o2);
    }

    public final void out() {
        emit("out");
    }

    public final void out(long o1, Operand o2) {
        emit("out", Operand.imm(o1), o2);
    }

    public final void out(Operand o1, Operand o2) {
        emit("out", o1, o2);
    }

    public final void outs() {
        emit("outs");
    }

    public final void outs(Operand o1, Operand o2) {
        emit("outs", o1, o2);
    }

    public final void outsb() {
        emit("outsb");
    }

    public final void outsb(Operand o1, Operand o2) {
        emit("outsb", o1, o2);
    }

    public final void pause() {
        emit("pause");
    }

    public final void pop(Operand o1) {
        emit("pop", o1);
    }

    public final void popa() {
        emit("popa");
    }

    public final void popad() {
        emit("popad");
    }

    public final void popal() {
        emit("popal");
    }

    public final void popaw() {
        emit("popaw");
    }

    public final void popcnt(Operand o1, Operand o2) {
        emit("popcnt", o1, o2);
    }

    public final void popf() {
        emit("popf");
    }

    public final void prefetch(Operand o1) {
        emit("prefetch", o1);
    }

    public final void prefetchnta(Operand o1) {
        emit("prefetchnta", o1);
    }

    public final void prefetcht0(Operand o1) {
        emit("prefetcht0", o1);
    }

    public final void prefetcht1(Operand o1) {
        emit("prefetcht1", o1);
    }

    public final void prefetcht2(Operand o1) {
        emit("prefetcht2", o1);
    }

    public final void prefetchw(Operand o1) {
        emit("prefetchw", o1);
    }

    public final void push(long o1) {
        emit("push", Operand.imm(o1));
    }

    public final void push(Operand o1) {
        emit("push", o1);
    }

    public final void pusha() {
        emit("pusha");
    }

    public final void pushad() {
        emit("pushad");
    }

    public final void pushal() {
        emit("pushal");
    }

    public final void pushaw() {
        emit("pushaw");
    }

    public final void pushf() {
        emit("pushf");
    }

    public final void rcl(Operand o1) {
        emit("rcl", o1);
    }

    public final void rcl(Operand o1, long o2) {
        emit("rcl", o1, Operand.imm(o2));
    }

    public final void rcl(Operand o1, Operand o2) {
        emit("rcl", o1, o2);
    }

    public final void rcr(Operand o1) {
        emit("rcr", o1);
    }

    public final void rcr(Operand o1, long o2) {
        emit("rcr", o1, Operand.imm(o2));
    }

    public final void rcr(Operand o1, Operand o2) {
        emit("rcr", o1, o2);
    }

    public final void rdpid(Operand o1) {
        emit("rdpid", o1);
    }

    public final void rdrand(Operand o1) {
        emit("rdrand", o1);
    }

    public final void rdseed(Operand o1) {
        emit("rdseed", o1);
    }

    public final void rdtsc() {
        emit("rdtsc");
    }

    public final void ret() {
        emit("ret");
    }

    public final void ret(long o1) {
        emit("ret", Operand.imm(o1));
    }

    public final void ret(Operand o1) {
        emit("ret", o1);
    }

    public final void retf() {
        emit("retf");
    }

    public final void retf(long o1) {
        emit("retf", Operand.imm(o1));
    }

    public final void retf(Operand o1) {
        emit("retf", o1);
    }

    public final void rol(Operand o1) {
        emit("rol", o1);
    }

    public final void rol(Operand o1, long o2) {
        emit("rol", o1, Operand.imm(o2));
    }

    public final void rol(Operand o1, Operand o2) {
        emit("rol", o1, o2);
    }

    public final void ror(Operand o1) {
        emit("ror", o1);
    }

    public final void ror(Operand o1, long o2) {
        emit("ror", o1, Operand.imm(o2));
    }

    public final void ror(Operand o1, Operand o2) {
        emit("ror", o1, o2);
    }

    public final void sahf() {
        emit("sahf");
    }

    public final void sal(Operand o1) {
        emit("sal", o1);
    }

    public final void sal(Operand o1, long o2) {
        emit("sal", o1, Operand.imm(o2));
    }

    public final void sal(Operand o1, Operand o2) {
        emit("sal", o1, o2);
    }

    public final void sar(Operand o1) {
        emit("sar", o1);
    }

    public final void sar(Operand o1, long o2) {
        emit("sar", o1, Operand.imm(o2));
    }

    public final void sar(Operand o1, Operand o2) {
        emit("sar", o1, o2);
    }

    public final void sbb(Operand o1, long o2) {
        emit("sbb", o1, Operand.imm(o2));
    }

    public final void sbb(Operand o1, Operand o2) {
        emit("sbb", o1, o2);
    }

    public final void scas() {
        emit("scas");
    }

    public final void scas(Operand o1, Operand o2) {
        emit("scas", o1, o2);
    }

    public final void scasb() {
        emit("scasb");
    }

    public final void scasb(Operand o1, Operand o2) {
        emit("scasb", o1, o2);
    }

    public final void seta(Operand o1) {
        emit("seta", o1);
    }

    public final void setae(Operand o1) {
        emit("setae", o1);
    }

    public final void setb(Operand o1) {
        emit("setb", o1);
    }

    public final void setbe(Operand o1) {
        emit("setbe", o1);
    }

    public final void setc(Operand o1) {
        emit("setc", o1);
    }

    public final void sete(Operand o1) {
        emit("sete", o1);
    }

    public final void setg(Operand o1) {
        emit("setg", o1);
    }

    public final void setge(Operand o1) {
        emit("setge", o1);
    }

    public final void setl(Operand o1) {
        emit("setl", o1);
    }

    public final void setle(Operand o1) {
        emit("setle", o1);
    }

    public final void setna(Operand o1) {
        emit("setna", o1);
    }

    public final void setnae(Operand o1) {
        emit("setnae", o1);
    }

    public final void setnb(Operand o1) {
        emit("setnb", o1);
    }

    public final void setnbe(Operand o1) {
        emit("setnbe", o1);
    }

    public final void setnc(Operand o1) {
        emit("setnc", o1);
    }

    public final void setne(Operand o1) {
        emit("setne", o1);
    }

    public final void setng(Operand o1) {
        emit("setng", o1);
    }

    public final void setnge(Operand o1) {
        emit("setnge", o1);
    }

    public final void setnl(Operand o1) {
        emit("setnl", o1);
    }

    public final void setnle(Operand o1) {
        emit("setnle", o1);
    }

    public final void setno(Operand o1) {
        emit("setno", o1);
    }

    public final void setnp(Operand o1) {
        emit("setnp", o1);
    }

    public final void setns(Operand o1) {
        emit("setns", o1);
    }

    public final void setnz(Operand o1) {
        emit("setnz", o1);
    }

    public final void seto(Operand o1) {
        emit("seto", o1);
    }

    public final void setp(Operand o1) {
        emit("setp", o1);
    }

    public final void setpe(Operand o1) {
        emit("setpe", o1);
    }

    public final void setpo(Operand o1) {
        emit("setpo", o1);
    }

    public final void sets(Operand o1) {
        emit("sets", o1);
    }

    public final void setz(Operand o1) {
        emit("setz", o1);
    }

    public final void shl(Operand o1) {
        emit("shl", o1);
    }

    public final void shl(Operand o1, long o2) {
        emit("shl", o1, Operand.imm(o2));
    }

    public final void shl(Operand o1, Operand o2) {
        emit("shl", o1, o2);
    }

    public final void shld(Operand o1, Operand o2, long o3) {
        emit("shld", o1, o2, Operand.imm(o3));
    }

    public final void shld(Operand o1, Operand o2, Operand o3) {
        emit("shld", o1, o2, o3);
    }

    public final void shr(Operand o1) {
        emit("shr", o1);
    }

    public final void shr(Operand o1, long o2) {
        emit("shr", o1, Operand.imm(o2));
    }

    public final void shr(Operand o1, Operand o2) {
        emit("shr", o1, o2);
    }

    public final void shrd(Operand o1, Operand o2, long o3) {
        emit("shrd", o1, o2, Operand.imm(o3));
    }

    public final void shrd(Operand o1, Operand o2, Operand o3) {
        emit("shrd", o1, o2, o3);
    }

    public final void stc() {
        emit("stc");
    }

    public final void std() {
        emit("std");
    }

    public final void sti() {
        emit("sti");
    }

    public final void stos() {
        emit("stos");
    }

    public final void stos(Operand o1, Operand o2) {
        emit("stos", o1, o2);
    }

    public final void stosb() {
        emit("stosb");
    }

    public final void stosb(Operand o1, Operand o2) {
        emit("stosb", o1, o2);
    }

    public final void sub(Operand o1, long o2) {
        emit("sub", o1, Operand.imm(o2));
    }

    public final void sub(Operand o1, Operand o2) {
        emit("sub", o1, o2);
    }

    public final void syscall() {
        emit("syscall");
    }

    public final void sysenter() {
        emit("sysenter");
    }

    public final void sysexit() {
        emit("sysexit");
    }

    public final void sysret() {
        emit("sysret");
    }

    public final void test(Operand o1, long o2) {
        emit("test", o1, Operand.imm(o2));
    }

    public final void test(Operand o1, Operand o2) {
        emit("test", o1, o2);
    }

    public final void tzcnt(Operand o1, Operand o2) {
        emit("tzcnt", o1, o2);
    }

    public final void ud0(Operand o1, Operand o2) {
        emit("ud0", o1, o2);
    }

    public final void ud1(Operand o1, Operand o2) {
        emit("ud1", o1, o2);
    }

    public final void ud2() {
        emit("ud2");
    }

    public final void xabort(long o1) {
        emit("xabort", Operand.imm(o1));
    }

    public final void xabort(Operand o1) {
        emit("xabort", o1);
    }

    public final void xadd(Operand o1, Operand o2) {
        emit("xadd", o1, o2);
    }

    public final void xbegin(Operand o1) {
        emit("xbegin", o1);
    }

    public final void xchg(Operand o1, Operand o2) {
        emit("xchg", o1, o2);
    }

    public final void xlat() {
        emit("xlat");
    }

    public final void xor(Operand o1, long o2) {
        emit("xor", o1, Operand.imm(o2));
    }

    public final void xor(Operand o1, Operand o2) {
        emit("xor", o1, o2);
    }
}
