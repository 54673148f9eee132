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

    public final void addpd(Operand o1, Operand o2) {
        emit("addpd", o1, o2);
    }

    public final void addps(Operand o1, Operand o2) {
        emit("addps", o1, o2);
    }

    public final void addsd(Operand o1, Operand o2) {
        emit("addsd", o1, o2);
    }

    public final void addss(Operand o1, Operand o2) {
        emit("addss", o1, o2);
    }

    public final void addsubpd(Operand o1, Operand o2) {
        emit("addsubpd", o1, o2);
    }

    public final void addsubps(Operand o1, Operand o2) {
        emit("addsubps", o1, o2);
    }

    public final void adox(Operand o1, Operand o2) {
        emit("adox", o1, o2);
    }

    public final void aesdec(Operand o1, Operand o2) {
        emit("aesdec", o1, o2);
    }

    public final void aesdec128kl(Operand o1, Operand o2) {
        emit("aesdec128kl", o1, o2);
    }

    public final void aesdec256kl(Operand o1, Operand o2) {
        emit("aesdec256kl", o1, o2);
    }

    public final void aesdeclast(Operand o1, Operand o2) {
        emit("aesdeclast", o1, o2);
    }

    public final void aesdecwide128kl(Operand o1) {
        emit("aesdecwide128kl", o1);
    }

    public final void aesdecwide256kl(Operand o1) {
        emit("aesdecwide256kl", o1);
    }

    public final void aesenc(Operand o1, Operand o2) {
        emit("aesenc", o1, o2);
    }

    public final void aesenc128kl(Operand o1, Operand o2) {
        emit("aesenc128kl", o1, o2);
    }

    public final void aesenc256kl(Operand o1, Operand o2) {
        emit("aesenc256kl", o1, o2);
    }

    public final void aesenclast(Operand o1, Operand o2) {
        emit("aesenclast", o1, o2);
    }

    public final void aesencwide128kl(Operand o1) {
        emit("aesencwide128kl", o1);
    }

    public final void aesencwide256kl(Operand o1) {
        emit("aesencwide256kl", o1);
    }

    public final void aesimc(Operand o1, Operand o2) {
        emit("aesimc", o1, o2);
    }

    public final void aeskeygenassist(Operand o1, Operand o2, long o3) {
        emit("aeskeygenassist", o1, o2, Operand.imm(o3));
    }

    public final void aeskeygenassist(Operand o1, Operand o2, Operand o3) {
        emit("aeskeygenassist", o1, o2, o3);
    }

    public final void and(Operand o1, long o2) {
        emit("and", o1, Operand.imm(o2));
    }

    public final void and(Operand o1, Operand o2) {
        emit("and", o1, o2);
    }

    public final void andn(Operand o1, Operand o2, Operand o3) {
        emit("andn", o1, o2, o3);
    }

    public final void andnpd(Operand o1, Operand o2) {
        emit("andnpd", o1, o2);
    }

    public final void andnps(Operand o1, Operand o2) {
        emit("andnps", o1, o2);
    }

    public final void andpd(Operand o1, Operand o2) {
        emit("andpd", o1, o2);
    }

    public final void andps(Operand o1, Operand o2) {
        emit("andps", o1, o2);
    }

    public final void arpl(Operand o1, Operand o2) {
        emit("arpl", o1, o2);
    }

    public final void bextr(Operand o1, Operand o2, Operand o3) {
        emit("bextr", o1, o2, o3);
    }

    public final void blendpd(Operand o1, Operand o2, long o3) {
        emit("blendpd", o1, o2, Operand.imm(o3));
    }

    public final void blendpd(Operand o1, Operand o2, Operand o3) {
        emit("blendpd", o1, o2, o3);
    }

    public final void blendps(Operand o1, Operand o2, long o3) {
        emit("blendps", o1, o2, Operand.imm(o3));
    }

    public final void blendps(Operand o1, Operand o2, Operand o3) {
        emit("blendps", o1, o2, o3);
    }

    public final void blendvpd(Operand o1, Operand o2, Operand o3) {
        emit("blendvpd", o1, o2, o3);
    }

    public final void blendvps(Operand o1, Operand o2, Operand o3) {
        emit("blendvps", o1, o2, o3);
    }

    public final void blsi(Operand o1, Operand o2) {
        emit("blsi", o1, o2);
    }

    public final void blsmsk(Operand o1, Operand o2) {
        emit("blsmsk", o1, o2);
    }

    public final void blsr(Operand o1, Operand o2) {
        emit("blsr", o1, o2);
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

    public final void bzhi(Operand o1, Operand o2, Operand o3) {
        emit("bzhi", o1, o2, o3);
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

    public final void clac() {
        emit("clac");
    }

    public final void clc() {
        emit("clc");
    }

    public final void cld() {
        emit("cld");
    }

    public final void cldemote(Operand o1) {
        emit("cldemote", o1);
    }

    public final void clflush(Operand o1) {
        emit("clflush", o1);
    }

    public final void clflushopt(Operand o1) {
        emit("clflushopt", o1);
    }

    public final void clgi() {
        emit("clgi");
    }

    public final void cli() {
        emit("cli");
    }

    public final void clrssbsy(Operand o1) {
        emit("clrssbsy", o1);
    }

    public final void cltd() {
        emit("cltd");
    }

    public final void cltq() {
        emit("cltq");
    }

    public final void clts() {
        emit("clts");
    }

    public final void clui() {
        emit("clui");
    }

    public final void clwb(Operand o1) {
        emit("clwb", o1);
    }

    public final void clzero() {
        emit("clzero");
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

    public final void cmpbexadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpbexadd", o1, o2, o3);
    }

    public final void cmpbxadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpbxadd", o1, o2, o3);
    }

    public final void cmplexadd(Operand o1, Operand o2, Operand o3) {
        emit("cmplexadd", o1, o2, o3);
    }

    public final void cmplxadd(Operand o1, Operand o2, Operand o3) {
        emit("cmplxadd", o1, o2, o3);
    }

    public final void cmpnbexadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpnbexadd", o1, o2, o3);
    }

    public final void cmpnbxadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpnbxadd", o1, o2, o3);
    }

    public final void cmpnlexadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpnlexadd", o1, o2, o3);
    }

    public final void cmpnlxadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpnlxadd", o1, o2, o3);
    }

    public final void cmpnoxadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpnoxadd", o1, o2, o3);
    }

    public final void cmpnpxadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpnpxadd", o1, o2, o3);
    }

    public final void cmpnsxadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpnsxadd", o1, o2, o3);
    }

    public final void cmpnzxadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpnzxadd", o1, o2, o3);
    }

    public final void cmpoxadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpoxadd", o1, o2, o3);
    }

    public final void cmppd(Operand o1, Operand o2, long o3) {
        emit("cmppd", o1, o2, Operand.imm(o3));
    }

    public final void cmppd(Operand o1, Operand o2, Operand o3) {
        emit("cmppd", o1, o2, o3);
    }

    public final void cmpps(Operand o1, Operand o2, long o3) {
        emit("cmpps", o1, o2, Operand.imm(o3));
    }

    public final void cmpps(Operand o1, Operand o2, Operand o3) {
        emit("cmpps", o1, o2, o3);
    }

    public final void cmppxadd(Operand o1, Operand o2, Operand o3) {
        emit("cmppxadd", o1, o2, o3);
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

    public final void cmpsd(Operand o1, Operand o2, long o3) {
        emit("cmpsd", o1, o2, Operand.imm(o3));
    }

    public final void cmpsd(Operand o1, Operand o2, Operand o3) {
        emit("cmpsd", o1, o2, o3);
    }

    public final void cmpss(Operand o1, Operand o2, long o3) {
        emit("cmpss", o1, o2, Operand.imm(o3));
    }

    public final void cmpss(Operand o1, Operand o2, Operand o3) {
        emit("cmpss", o1, o2, o3);
    }

    public final void cmpsxadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpsxadd", o1, o2, o3);
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

    public final void cmpzxadd(Operand o1, Operand o2, Operand o3) {
        emit("cmpzxadd", o1, o2, o3);
    }

    public final void comisd(Operand o1, Operand o2) {
        emit("comisd", o1, o2);
    }

    public final void comiss(Operand o1, Operand o2) {
        emit("comiss", o1, o2);
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

    public final void cvtdq2pd(Operand o1, Operand o2) {
        emit("cvtdq2pd", o1, o2);
    }

    public final void cvtdq2ps(Operand o1, Operand o2) {
        emit("cvtdq2ps", o1, o2);
    }

    public final void cvtpd2dq(Operand o1, Operand o2) {
        emit("cvtpd2dq", o1, o2);
    }

    public final void cvtpd2pi(Operand o1, Operand o2) {
        emit("cvtpd2pi", o1, o2);
    }

    public final void cvtpd2ps(Operand o1, Operand o2) {
        emit("cvtpd2ps", o1, o2);
    }

    public final void cvtpi2pd(Operand o1, Operand o2) {
        emit("cvtpi2pd", o1, o2);
    }

    public final void cvtpi2ps(Operand o1, Operand o2) {
        emit("cvtpi2ps", o1, o2);
    }

    public final void cvtps2dq(Operand o1, Operand o2) {
        emit("cvtps2dq", o1, o2);
    }

    public final void cvtps2pd(Operand o1, Operand o2) {
        emit("cvtps2pd", o1, o2);
    }

    public final void cvtps2pi(Operand o1, Operand o2) {
        emit("cvtps2pi", o1, o2);
    }

    public final void cvtsd2si(Operand o1, Operand o2) {
        emit("cvtsd2si", o1, o2);
    }

    public final void cvtsd2ss(Operand o1, Operand o2) {
        emit("cvtsd2ss", o1, o2);
    }

    public final void cvtsi2sd(Operand o1, Operand o2) {
        emit("cvtsi2sd", o1, o2);
    }

    public final void cvtsi2ss(Operand o1, Operand o2) {
        emit("cvtsi2ss", o1, o2);
    }

    public final void cvtss2sd(Operand o1, Operand o2) {
        emit("cvtss2sd", o1, o2);
    }

    public final void cvtss2si(Operand o1, Operand o2) {
        emit("cvtss2si", o1, o2);
    }

    public final void cvttpd2dq(Operand o1, Operand o2) {
        emit("cvttpd2dq", o1, o2);
    }

    public final void cvttpd2pi(Operand o1, Operand o2) {
        emit("cvttpd2pi", o1, o2);
    }

    public final void cvttps2dq(Operand o1, Operand o2) {
        emit("cvttps2dq", o1, o2);
    }

    public final void cvttps2pi(Operand o1, Operand o2) {
        emit("cvttps2pi", o1, o2);
    }

    public final void cvttsd2si(Operand o1, Operand o2) {
        emit("cvttsd2si", o1, o2);
    }

    public final void cvttss2si(Operand o1, Operand o2) {
        emit("cvttss2si", o1, o2);
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

    public final void divpd(Operand o1, Operand o2) {
        emit("divpd", o1, o2);
    }

    public final void divps(Operand o1, Operand o2) {
        emit("divps", o1, o2);
    }

    public final void divsd(Operand o1, Operand o2) {
        emit("divsd", o1, o2);
    }

    public final void divss(Operand o1, Operand o2) {
        emit("divss", o1, o2);
    }

    public final void dppd(Operand o1, Operand o2, long o3) {
        emit("dppd", o1, o2, Operand.imm(o3));
    }

    public final void dppd(Operand o1, Operand o2, Operand o3) {
        emit("dppd", o1, o2, o3);
    }

    public final void dpps(Operand o1, Operand o2, long o3) {
        emit("dpps", o1, o2, Operand.imm(o3));
    }

    public final void dpps(Operand o1, Operand o2, Operand o3) {
        emit("dpps", o1, o2, o3);
    }

    public final void emms() {
        emit("emms");
    }

    public final void encls() {
        emit("encls");
    }

    public final void enclu() {
        emit("enclu");
    }

    public final void enclv() {
        emit("enclv");
    }

    public final void encodekey128(Operand o1, Operand o2) {
        emit("encodekey128", o1, o2);
    }

    public final void encodekey256(Operand o1, Operand o2) {
        emit("encodekey256", o1, o2);
    }

    public final void endbr32() {
        emit("endbr32");
    }

    public final void endbr64() {
        emit("endbr64");
    }

    public final void enqcmd(Operand o1, Operand o2) {
        emit("enqcmd", o1, o2);
    }

    public final void enqcmds(Operand o1, Operand o2) {
        emit("enqcmds", o1, o2);
    }

    public final void enter(long o1, long o2) {
        emit("enter", Operand.imm(o1), Operand.imm(o2));
    }

    public final void enter(Operand o1, Operand o2) {
        emit("enter", o1, o2);
    }

    public final void extractps(Operand o1, Operand o2, long o3) {
        emit("extractps", o1, o2, Operand.imm(o3));
    }

    public final void extractps(Operand o1, Operand o2, Operand o3) {
        emit("extractps", o1, o2, o3);
    }

    public final void extrq(Operand o1, long o2, long o3) {
        emit("extrq", o1, Operand.imm(o2), Operand.imm(o3));
    }

    public final void extrq(Operand o1, Operand o2) {
        emit("extrq", o1, o2);
    }

    public final void extrq(Operand o1, Operand o2, Operand o3) {
        emit("extrq", o1, o2, o3);
    }

    public final void f2xm1() {
        emit("f2xm1");
    }

    public final void fabs() {
        emit("fabs");
    }

    public final void fadd(Operand o1) {
        emit("fadd", o1);
    }

    public final void fadd(Operand o1, Operand o2) {
        emit("fadd", o1, o2);
    }

    public final void faddl(Operand o1) {
        emit("faddl", o1);
    }

    public final void faddp(Operand o1, Operand o2) {
        emit("faddp", o1, o2);
    }

    public final void fadds(Operand o1) {
        emit("fadds", o1);
    }

    public final void fbld(Operand o1) {
        emit("fbld", o1);
    }

    public final void fbstp(Operand o1) {
        emit("fbstp", o1);
    }

    public final void fchs() {
        emit("fchs");
    }

    public final void fclex() {
        emit("fclex");
    }

    public final void fcmovb(Operand o1, Operand o2) {
        emit("fcmovb", o1, o2);
    }

    public final void fcmovbe(Operand o1, Operand o2) {
        emit("fcmovbe", o1, o2);
    }

    public final void fcmove(Operand o1, Operand o2) {
        emit("fcmove", o1, o2);
    }

    public final void fcmovnb(Operand o1, Operand o2) {
        emit("fcmovnb", o1, o2);
    }

    public final void fcmovnbe(Operand o1, Operand o2) {
        emit("fcmovnbe", o1, o2);
    }

    public final void fcmovne(Operand o1, Operand o2) {
        emit("fcmovne", o1, o2);
    }

    public final void fcmovnu(Operand o1, Operand o2) {
        emit("fcmovnu", o1, o2);
    }

    public final void fcmovu(Operand o1, Operand o2) {
        emit("fcmovu", o1, o2);
    }

    public final void fcom(Operand o1) {
        emit("fcom", o1);
    }

    public final void fcomi(Operand o1, Operand o2) {
        emit("fcomi", o1, o2);
    }

    public final void fcomip(Operand o1, Operand o2) {
        emit("fcomip", o1, o2);
    }

    public final void fcoml(Operand o1) {
        emit("fcoml", o1);
    }

    public final void fcomp(Operand o1) {
        emit("fcomp", o1);
    }

    public final void fcompl(Operand o1) {
        emit("fcompl", o1);
    }

    public final void fcompp() {
        emit("fcompp");
    }

    public final void fcomps(Operand o1) {
        emit("fcomps", o1);
    }

    public final void fcoms(Operand o1) {
        emit("fcoms", o1);
    }

    public final void fcos() {
        emit("fcos");
    }

    public final void fdecstp() {
        emit("fdecstp");
    }

    public final void fdiv(Operand o1) {
        emit("fdiv", o1);
    }

    public final void fdiv(Operand o1, Operand o2) {
        emit("fdiv", o1, o2);
    }

    public final void fdivl(Operand o1) {
        emit("fdivl", o1);
    }

    public final void fdivp(Operand o1, Operand o2) {
        emit("fdivp", o1, o2);
    }

    public final void fdivr(Operand o1) {
        emit("fdivr", o1);
    }

    public final void fdivr(Operand o1, Operand o2) {
        emit("fdivr", o1, o2);
    }

    public final void fdivrl(Operand o1) {
        emit("fdivrl", o1);
    }

    public final void fdivrp(Operand o1, Operand o2) {
        emit("fdivrp", o1, o2);
    }

    public final void fdivrs(Operand o1) {
        emit("fdivrs", o1);
    }

    public final void fdivs(Operand o1) {
        emit("fdivs", o1);
    }

    public final void ffree(Operand o1) {
        emit("ffree", o1);
    }

    public final void ffreep(Operand o1) {
        emit("ffreep", o1);
    }

    public final void fiadd(Operand o1) {
        emit("fiadd", o1);
    }

    public final void fiaddl(Operand o1) {
        emit("fiaddl", o1);
    }

    public final void fiadds(Operand o1) {
        emit("fiadds", o1);
    }

    public final void ficom(Operand o1) {
        emit("ficom", o1);
    }

    public final void ficoml(Operand o1) {
        emit("ficoml", o1);
    }

    public final void ficomp(Operand o1) {
        emit("ficomp", o1);
    }

    public final void ficompl(Operand o1) {
        emit("ficompl", o1);
    }

    public final void ficomps(Operand o1) {
        emit("ficomps", o1);
    }

    public final void ficoms(Operand o1) {
        emit("ficoms", o1);
    }

    public final void fidiv(Operand o1) {
        emit("fidiv", o1);
    }

    public final void fidivl(Operand o1) {
        emit("fidivl", o1);
    }

    public final void fidivr(Operand o1) {
        emit("fidivr", o1);
    }

    public final void fidivrl(Operand o1) {
        emit("fidivrl", o1);
    }

    public final void fidivrs(Operand o1) {
        emit("fidivrs", o1);
    }

    public final void fidivs(Operand o1) {
        emit("fidivs", o1);
    }

    public final void fild(Operand o1) {
        emit("fild", o1);
    }

    public final void fildl(Operand o1) {
        emit("fildl", o1);
    }

    public final void fildll(Operand o1) {
        emit("fildll", o1);
    }

    public final void filds(Operand o1) {
        emit("filds", o1);
    }

    public final void fimul(Operand o1) {
        emit("fimul", o1);
    }

    public final void fimull(Operand o1) {
        emit("fimull", o1);
    }

    public final void fimuls(Operand o1) {
        emit("fimuls", o1);
    }

    public final void fincstp() {
        emit("fincstp");
    }

    public final void finit() {
        emit("finit");
    }

    public final void fist(Operand o1) {
        emit("fist", o1);
    }

    public final void fistl(Operand o1) {
        emit("fistl", o1);
    }

    public final void fistp(Operand o1) {
        emit("fistp", o1);
    }

    public final void fistpl(Operand o1) {
        emit("fistpl", o1);
    }

    public final void fistpll(Operand o1) {
        emit("fistpll", o1);
    }

    public final void fistps(Operand o1) {
        emit("fistps", o1);
    }

    public final void fists(Operand o1) {
        emit("fists", o1);
    }

    public final void fisttp(Operand o1) {
        emit("fisttp", o1);
    }

    public final void fisttpl(Operand o1) {
        emit("fisttpl", o1);
    }

    public final void fisttpll(Operand o1) {
        emit("fisttpll", o1);
    }

    public final void fisttps(Operand o1) {
        emit("fisttps", o1);
    }

    public final void fisub(Operand o1) {
        emit("fisub", o1);
    }

    public final void fisubl(Operand o1) {
        emit("fisubl", o1);
    }

    public final void fisubr(Operand o1) {
        emit("fisubr", o1);
    }

    public final void fisubrl(Operand o1) {
        emit("fisubrl", o1);
    }

    public final void fisubrs(Operand o1) {
        emit("fisubrs", o1);
    }

    public final void fisubs(Operand o1) {
        emit("fisubs", o1);
    }

    public final void fld(Operand o1) {
        emit("fld", o1);
    }

    public final void fld1() {
        emit("fld1");
    }

    public final void fldcw(Operand o1) {
        emit("fldcw", o1);
    }

    public final void fldenv(Operand o1) {
        emit("fldenv", o1);
    }

    public final void fldl(Operand o1) {
        emit("fldl", o1);
    }

    public final void fldl2e() {
        emit("fldl2e");
    }

    public final void fldl2t() {
        emit("fldl2t");
    }

    public final void fldlg2() {
        emit("fldlg2");
    }

    public final void fldln2() {
        emit("fldln2");
    }

    public final void fldpi() {
        emit("fldpi");
    }

    public final void flds(Operand o1) {
        emit("flds", o1);
    }

    public final void fldt(Operand o1) {
        emit("fldt", o1);
    }

    public final void fldz() {
        emit("fldz");
    }

    public final void fmul(Operand o1) {
        emit("fmul", o1);
    }

    public final void fmul(Operand o1, Operand o2) {
        emit("fmul", o1, o2);
    }

    public final void fmull(Operand o1) {
        emit("fmull", o1);
    }

    public final void fmulp(Operand o1, Operand o2) {
        emit("fmulp", o1, o2);
    }

    public final void fmuls(Operand o1) {
        emit("fmuls", o1);
    }

    public final void fnclex() {
        emit("fnclex");
    }

    public final void fndisi() {
        emit("fndisi");
    }

    public final void fneni() {
        emit("fneni");
    }

    public final void fninit() {
        emit("fninit");
    }

    public final void fnop() {
        emit("fnop");
    }

    public final void fnsave(Operand o1) {
        emit("fnsave", o1);
    }

    public final void fnsetpm() {
        emit("fnsetpm");
    }

    public final void fnstcw(Operand o1) {
        emit("fnstcw", o1);
    }

    public final void fnstenv(Operand o1) {
        emit("fnstenv", o1);
    }

    public final void fnstsw() {
        emit("fnstsw");
    }

    public final void fnstsw(Operand o1) {
        emit("fnstsw", o1);
    }

    public final void fpatan() {
        emit("fpatan");
    }

    public final void fprem() {
        emit("fprem");
    }

    public final void fprem1() {
        emit("fprem1");
    }

    public final void fptan() {
        emit("fptan");
    }

    public final void frndint() {
        emit("frndint");
    }

    public final void frstor(Operand o1) {
        emit("frstor", o1);
    }

    public final void frstpm() {
        emit("frstpm");
    }

    public final void fsave(Operand o1) {
        emit("fsave", o1);
    }

    public final void fscale() {
        emit("fscale");
    }

    public final void fsin() {
        emit("fsin");
    }

    public final void fsincos() {
        emit("fsincos");
    }

    public final void fsqrt() {
        emit("fsqrt");
    }

    public final void fst(Operand o1) {
        emit("fst", o1);
    }

    public final void fstcw(Operand o1) {
        emit("fstcw", o1);
    }

    public final void fstenv(Operand o1) {
        emit("fstenv", o1);
    }

    public final void fstl(Operand o1) {
        emit("fstl", o1);
    }

    public final void fstp(Operand o1) {
        emit("fstp", o1);
    }

    public final void fstpl(Operand o1) {
        emit("fstpl", o1);
    }

    public final void fstps(Operand o1) {
        emit("fstps", o1);
    }

    public final void fstpt(Operand o1) {
        emit("fstpt", o1);
    }

    public final void fsts(Operand o1) {
        emit("fsts", o1);
    }

    public final void fstsw() {
        emit("fstsw");
    }

    public final void fstsw(Operand o1) {
        emit("fstsw", o1);
    }

    public final void fsub(Operand o1) {
        emit("fsub", o1);
    }

    public final void fsub(Operand o1, Operand o2) {
        emit("fsub", o1, o2);
    }

    public final void fsubl(Operand o1) {
        emit("fsubl", o1);
    }

    public final void fsubp(Operand o1, Operand o2) {
        emit("fsubp", o1, o2);
    }

    public final void fsubr(Operand o1) {
        emit("fsubr", o1);
    }

    public final void fsubr(Operand o1, Operand o2) {
        emit("fsubr", o1, o2);
    }

    public final void fsubrl(Operand o1) {
        emit("fsubrl", o1);
    }

    public final void fsubrp(Operand o1, Operand o2) {
        emit("fsubrp", o1, o2);
    }

    public final void fsubrs(Operand o1) {
        emit("fsubrs", o1);
    }

    public final void fsubs(Operand o1) {
        emit("fsubs", o1);
    }

    public final void ftst() {
        emit("ftst");
    }

    public final void fucom(Operand o1) {
        emit("fucom", o1);
    }

    public final void fucomi(Operand o1, Operand o2) {
        emit("fucomi", o1, o2);
    }

    public final void fucomip(Operand o1, Operand o2) {
        emit("fucomip", o1, o2);
    }

    public final void fucomp(Operand o1) {
        emit("fucomp", o1);
    }

    public final void fucompp() {
        emit("fucompp");
    }

    public final void fwait() {
        emit("fwait");
    }

    public final void fxam() {
        emit("fxam");
    }

    public final void fxch(Operand o1) {
        emit("fxch", o1);
    }

    public final void fxrstor(Operand o1) {
        emit("fxrstor", o1);
    }

    public final void fxrstor64(Operand o1) {
        emit("fxrstor64", o1);
    }

    public final void fxsave(Operand o1) {
        emit("fxsave", o1);
    }

    public final void fxsave64(Operand o1) {
        emit("fxsave64", o1);
    }

    public final void fxtract() {
        emit("fxtract");
    }

    public final void fyl2x() {
        emit("fyl2x");
    }

    public final void fyl2xp1() {
        emit("fyl2xp1");
    }

    public final void getsec() {
        emit("getsec");
    }

    public final void gf2p8affineinvqb(Operand o1, Operand o2, long o3) {
        emit("gf2p8affineinvqb", o1, o2, Operand.imm(o3));
    }

    public final void gf2p8affineinvqb(Operand o1, Operand o2, Operand o3) {
        emit("gf2p8affineinvqb", o1, o2, o3);
    }

    public final void gf2p8affineqb(Operand o1, Operand o2, long o3) {
        emit("gf2p8affineqb", o1, o2, Operand.imm(o3));
    }

    public final void gf2p8affineqb(Operand o1, Operand o2, Operand o3) {
        emit("gf2p8affineqb", o1, o2, o3);
    }

    public final void gf2p8mulb(Operand o1, Operand o2) {
        emit("gf2p8mulb", o1, o2);
    }

    public final void haddpd(Operand o1, Operand o2) {
        emit("haddpd", o1, o2);
    }

    public final void haddps(Operand o1, Operand o2) {
        emit("haddps", o1, o2);
    }

    public final void hlt() {
        emit("hlt");
    }

    public final void hreset(long o1) {
        emit("hreset", Operand.imm(o1));
    }

    public final void hreset(Operand o1) {
        emit("hreset", o1);
    }

    public final void hsubpd(Operand o1, Operand o2) {
        emit("hsubpd", o1, o2);
    }

    public final void hsubps(Operand o1, Operand o2) {
        emit("hsubps", o1, o2);
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

    public final void incsspd(Operand o1) {
        emit("incsspd", o1);
    }

    public final void incsspq(Operand o1) {
        emit("incsspq", o1);
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

    public final void insertps(Operand o1, Operand o2, long o3) {
        emit("insertps", o1, o2, Operand.imm(o3));
    }

    public final void insertps(Operand o1, Operand o2, Operand o3) {
        emit("insertps", o1, o2, o3);
    }

    public final void insertq(Operand o1, Operand o2) {
        emit("insertq", o1, o2);
    }

    public final void insertq(Operand o1, Operand o2, long o3, long o4) {
        emit("insertq", o1, o2, Operand.imm(o3), Operand.imm(o4));
    }

    public final void insertq(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("insertq", o1, o2, o3, o4);
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

    public final void invd() {
        emit("invd");
    }

    public final void invept(Operand o1, Operand o2) {
        emit("invept", o1, o2);
    }

    public final void invlpg(Operand o1) {
        emit("invlpg", o1);
    }

    public final void invlpga() {
        emit("invlpga");
    }

    public final void invlpgb() {
        emit("invlpgb");
    }

    public final void invpcid(Operand o1, Operand o2) {
        emit("invpcid", o1, o2);
    }

    public final void invvpid(Operand o1, Operand o2) {
        emit("invvpid", o1, o2);
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

    public final void lar(Operand o1, Operand o2) {
        emit("lar", o1, o2);
    }

    public final void lcall(Operand o1) {
        emit("lcall", o1);
    }

    public final void lddqu(Operand o1, Operand o2) {
        emit("lddqu", o1, o2);
    }

    public final void ldmxcsr(Operand o1) {
        emit("ldmxcsr", o1);
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

    public final void lfence() {
        emit("lfence");
    }

    public final void lfs(Operand o1, Operand o2) {
        emit("lfs", o1, o2);
    }

    public final void lgdt(Operand o1) {
        emit("lgdt", o1);
    }

    public final void lgs(Operand o1, Operand o2) {
        emit("lgs", o1, o2);
    }

    public final void lidt(Operand o1) {
        emit("lidt", o1);
    }

    public final void ljmp(Operand o1) {
        emit("ljmp", o1);
    }

    public final void lldt(Operand o1) {
        emit("lldt", o1);
    }

    public final void lmsw(Operand o1) {
        emit("lmsw", o1);
    }

    public final void loadiwkey(Operand o1, Operand o2) {
        emit("loadiwkey", o1, o2);
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

    public final void lsl(Operand o1, Operand o2) {
        emit("lsl", o1, o2);
    }

    public final void lss(Operand o1, Operand o2) {
        emit("lss", o1, o2);
    }

    public final void ltr(Operand o1) {
        emit("ltr", o1);
    }

    public final void lzcnt(Operand o1, Operand o2) {
        emit("lzcnt", o1, o2);
    }

    public final void maskmovdqu(Operand o1, Operand o2) {
        emit("maskmovdqu", o1, o2);
    }

    public final void maskmovq(Operand o1, Operand o2) {
        emit("maskmovq", o1, o2);
    }

    public final void maxpd(Operand o1, Operand o2) {
        emit("maxpd", o1, o2);
    }

    public final void maxps(Operand o1, Operand o2) {
        emit("maxps", o1, o2);
    }

    public final void maxsd(Operand o1, Operand o2) {
        emit("maxsd", o1, o2);
    }

    public final void maxss(Operand o1, Operand o2) {
        emit("maxss", o1, o2);
    }

    public final void mcommit() {
        emit("mcommit");
    }

    public final void mfence() {
        emit("mfence");
    }

    public final void minpd(Operand o1, Operand o2) {
        emit("minpd", o1, o2);
    }

    public final void minps(Operand o1, Operand o2) {
        emit("minps", o1, o2);
    }

    public final void minsd(Operand o1, Operand o2) {
        emit("minsd", o1, o2);
    }

    public final void minss(Operand o1, Operand o2) {
        emit("minss", o1, o2);
    }

    public final void monitor() {
        emit("monitor");
    }

    public final void monitor(Operand o1, Operand o2, Operand o3) {
        emit("monitor", o1, o2, o3);
    }

    public final void monitorx() {
        emit("monitorx");
    }

    public final void monitorx(Operand o1, Operand o2, Operand o3) {
        emit("monitorx", o1, o2, o3);
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

    public final void movapd(Operand o1, Operand o2) {
        emit("movapd", o1, o2);
    }

    public final void movaps(Operand o1, Operand o2) {
        emit("movaps", o1, o2);
    }

    public final void movbe(Operand o1, Operand o2) {
        emit("movbe", o1, o2);
    }

    public final void movd(Operand o1, Operand o2) {
        emit("movd", o1, o2);
    }

    public final void movddup(Operand o1, Operand o2) {
        emit("movddup", o1, o2);
    }

    public final void movdir64b(Operand o1, Operand o2) {
        emit("movdir64b", o1, o2);
    }

    public final void movdiri(Operand o1, Operand o2) {
        emit("movdiri", o1, o2);
    }

    public final void movdq2q(Operand o1, Operand o2) {
        emit("movdq2q", o1, o2);
    }

    public final void movdqa(Operand o1, Operand o2) {
        emit("movdqa", o1, o2);
    }

    public final void movdqu(Operand o1, Operand o2) {
        emit("movdqu", o1, o2);
    }

    public final void movhlps(Operand o1, Operand o2) {
        emit("movhlps", o1, o2);
    }

    public final void movhpd(Operand o1, Operand o2) {
        emit("movhpd", o1, o2);
    }

    public final void movhps(Operand o1, Operand o2) {
        emit("movhps", o1, o2);
    }

    public final void movlhps(Operand o1, Operand o2) {
        emit("movlhps", o1, o2);
    }

    public final void movlpd(Operand o1, Operand o2) {
        emit("movlpd", o1, o2);
    }

    public final void movlps(Operand o1, Operand o2) {
        emit("movlps", o1, o2);
    }

    public final void movmskpd(Operand o1, Operand o2) {
        emit("movmskpd", o1, o2);
    }

    public final void movmskps(Operand o1, Operand o2) {
        emit("movmskps", o1, o2);
    }

    public final void movntdq(Operand o1, Operand o2) {
        emit("movntdq", o1, o2);
    }

    public final void movntdqa(Operand o1, Operand o2) {
        emit("movntdqa", o1, o2);
    }

    public final void movnti(Operand o1, Operand o2) {
        emit("movnti", o1, o2);
    }

    public final void movntpd(Operand o1, Operand o2) {
        emit("movntpd", o1, o2);
    }

    public final void movntps(Operand o1, Operand o2) {
        emit("movntps", o1, o2);
    }

    public final void movntq(Operand o1, Operand o2) {
        emit("movntq", o1, o2);
    }

    public final void movntsd(Operand o1, Operand o2) {
        emit("movntsd", o1, o2);
    }

    public final void movntss(Operand o1, Operand o2) {
        emit("movntss", o1, o2);
    }

    public final void movq(Operand o1, Operand o2) {
        emit("movq", o1, o2);
    }

    public final void movq2dq(Operand o1, Operand o2) {
        emit("movq2dq", o1, o2);
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

    public final void movsd(Operand o1, Operand o2) {
        emit("movsd", o1, o2);
    }

    public final void movshdup(Operand o1, Operand o2) {
        emit("movshdup", o1, o2);
    }

    public final void movsldup(Operand o1, Operand o2) {
        emit("movsldup", o1, o2);
    }

    public final void movslq(Operand o1, Operand o2) {
        emit("movslq", o1, o2);
    }

    public final void movss(Operand o1, Operand o2) {
        emit("movss", o1, o2);
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

    public final void movupd(Operand o1, Operand o2) {
        emit("movupd", o1, o2);
    }

    public final void movups(Operand o1, Operand o2) {
        emit("movups", o1, o2);
    }

    public final void movz(Operand o1, Operand o2) {
        emit("movz", o1, o2);
    }

    public final void movzx(Operand o1, Operand o2) {
        emit("movzx", o1, o2);
    }

    public final void mpsadbw(Operand o1, Operand o2, long o3) {
        emit("mpsadbw", o1, o2, Operand.imm(o3));
    }

    public final void mpsadbw(Operand o1, Operand o2, Operand o3) {
        emit("mpsadbw", o1, o2, o3);
    }

    public final void mul(Operand o1) {
        emit("mul", o1);
    }

    public final void mulpd(Operand o1, Operand o2) {
        emit("mulpd", o1, o2);
    }

    public final void mulps(Operand o1, Operand o2) {
        emit("mulps", o1, o2);
    }

    public final void mulsd(Operand o1, Operand o2) {
        emit("mulsd", o1, o2);
    }

    public final void mulss(Operand o1, Operand o2) {
        emit("mulss", o1, o2);
    }

    public final void mulx(Operand o1, Operand o2, Operand o3) {
        emit("mulx", o1, o2, o3);
    }

    public final void mwait() {
        emit("mwait");
    }

    public final void mwait(Operand o1, Operand o2) {
        emit("mwait", o1, o2);
    }

    public final void mwaitx() {
        emit("mwaitx");
    }

    public final void mwaitx(Operand o1, Operand o2, Operand o3) {
        emit("mwaitx", o1, o2, o3);
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

    public final void orpd(Operand o1, Operand o2) {
        emit("orpd", o1, o2);
    }

    public final void orps(Operand o1, Operand o2) {
        emit("orps", o1, o2);
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

    public final void pabsb(Operand o1, Operand o2) {
        emit("pabsb", o1, o2);
    }

    public final void pabsd(Operand o1, Operand o2) {
        emit("pabsd", o1, o2);
    }

    public final void pabsw(Operand o1, Operand o2) {
        emit("pabsw", o1, o2);
    }

    public final void packssdw(Operand o1, Operand o2) {
        emit("packssdw", o1, o2);
    }

    public final void packsswb(Operand o1, Operand o2) {
        emit("packsswb", o1, o2);
    }

    public final void packusdw(Operand o1, Operand o2) {
        emit("packusdw", o1, o2);
    }

    public final void packuswb(Operand o1, Operand o2) {
        emit("packuswb", o1, o2);
    }

    public final void paddb(Operand o1, Operand o2) {
        emit("paddb", o1, o2);
    }

    public final void paddd(Operand o1, Operand o2) {
        emit("paddd", o1, o2);
    }

    public final void paddq(Operand o1, Operand o2) {
        emit("paddq", o1, o2);
    }

    public final void paddsb(Operand o1, Operand o2) {
        emit("paddsb", o1, o2);
    }

    public final void paddsw(Operand o1, Operand o2) {
        emit("paddsw", o1, o2);
    }

    public final void paddusb(Operand o1, Operand o2) {
        emit("paddusb", o1, o2);
    }

    public final void paddusw(Operand o1, Operand o2) {
        emit("paddusw", o1, o2);
    }

    public final void paddw(Operand o1, Operand o2) {
        emit("paddw", o1, o2);
    }

    public final void palignr(Operand o1, Operand o2, long o3) {
        emit("palignr", o1, o2, Operand.imm(o3));
    }

    public final void palignr(Operand o1, Operand o2, Operand o3) {
        emit("palignr", o1, o2, o3);
    }

    public final void pand(Operand o1, Operand o2) {
        emit("pand", o1, o2);
    }

    public final void pandn(Operand o1, Operand o2) {
        emit("pandn", o1, o2);
    }

    public final void pause() {
        emit("pause");
    }

    public final void pavgb(Operand o1, Operand o2) {
        emit("pavgb", o1, o2);
    }

    public final void pavgw(Operand o1, Operand o2) {
        emit("pavgw", o1, o2);
    }

    public final void pblendvb(Operand o1, Operand o2, Operand o3) {
        emit("pblendvb", o1, o2, o3);
    }

    public final void pblendw(Operand o1, Operand o2, long o3) {
        emit("pblendw", o1, o2, Operand.imm(o3));
    }

    public final void pblendw(Operand o1, Operand o2, Operand o3) {
        emit("pblendw", o1, o2, o3);
    }

    public final void pclmulqdq(Operand o1, Operand o2, long o3) {
        emit("pclmulqdq", o1, o2, Operand.imm(o3));
    }

    public final void pclmulqdq(Operand o1, Operand o2, Operand o3) {
        emit("pclmulqdq", o1, o2, o3);
    }

    public final void pcmpeqb(Operand o1, Operand o2) {
        emit("pcmpeqb", o1, o2);
    }

    public final void pcmpeqd(Operand o1, Operand o2) {
        emit("pcmpeqd", o1, o2);
    }

    public final void pcmpeqq(Operand o1, Operand o2) {
        emit("pcmpeqq", o1, o2);
    }

    public final void pcmpeqw(Operand o1, Operand o2) {
        emit("pcmpeqw", o1, o2);
    }

    public final void pcmpestri(Operand o1, Operand o2, long o3) {
        emit("pcmpestri", o1, o2, Operand.imm(o3));
    }

    public final void pcmpestri(Operand o1, Operand o2, Operand o3) {
        emit("pcmpestri", o1, o2, o3);
    }

    public final void pcmpestriq(Operand o1, Operand o2, long o3) {
        emit("pcmpestriq", o1, o2, Operand.imm(o3));
    }

    public final void pcmpestriq(Operand o1, Operand o2, Operand o3) {
        emit("pcmpestriq", o1, o2, o3);
    }

    public final void pcmpestrm(Operand o1, Operand o2, long o3) {
        emit("pcmpestrm", o1, o2, Operand.imm(o3));
    }

    public final void pcmpestrm(Operand o1, Operand o2, Operand o3) {
        emit("pcmpestrm", o1, o2, o3);
    }

    public final void pcmpestrmq(Operand o1, Operand o2, long o3) {
        emit("pcmpestrmq", o1, o2, Operand.imm(o3));
    }

    public final void pcmpestrmq(Operand o1, Operand o2, Operand o3) {
        emit("pcmpestrmq", o1, o2, o3);
    }

    public final void pcmpgtb(Operand o1, Operand o2) {
        emit("pcmpgtb", o1, o2);
    }

    public final void pcmpgtd(Operand o1, Operand o2) {
        emit("pcmpgtd", o1, o2);
    }

    public final void pcmpgtq(Operand o1, Operand o2) {
        emit("pcmpgtq", o1, o2);
    }

    public final void pcmpgtw(Operand o1, Operand o2) {
        emit("pcmpgtw", o1, o2);
    }

    public final void pcmpistri(Operand o1, Operand o2, long o3) {
        emit("pcmpistri", o1, o2, Operand.imm(o3));
    }

    public final void pcmpistri(Operand o1, Operand o2, Operand o3) {
        emit("pcmpistri", o1, o2, o3);
    }

    public final void pcmpistrm(Operand o1, Operand o2, long o3) {
        emit("pcmpistrm", o1, o2, Operand.imm(o3));
    }

    public final void pcmpistrm(Operand o1, Operand o2, Operand o3) {
        emit("pcmpistrm", o1, o2, o3);
    }

    public final void pconfig() {
        emit("pconfig");
    }

    public final void pdep(Operand o1, Operand o2, Operand o3) {
        emit("pdep", o1, o2, o3);
    }

    public final void pext(Operand o1, Operand o2, Operand o3) {
        emit("pext", o1, o2, o3);
    }

    public final void pextrb(Operand o1, Operand o2, long o3) {
        emit("pextrb", o1, o2, Operand.imm(o3));
    }

    public final void pextrb(Operand o1, Operand o2, Operand o3) {
        emit("pextrb", o1, o2, o3);
    }

    public final void pextrd(Operand o1, Operand o2, long o3) {
        emit("pextrd", o1, o2, Operand.imm(o3));
    }

    public final void pextrd(Operand o1, Operand o2, Operand o3) {
        emit("pextrd", o1, o2, o3);
    }

    public final void pextrq(Operand o1, Operand o2, long o3) {
        emit("pextrq", o1, o2, Operand.imm(o3));
    }

    public final void pextrq(Operand o1, Operand o2, Operand o3) {
        emit("pextrq", o1, o2, o3);
    }

    public final void pextrw(Operand o1, Operand o2, long o3) {
        emit("pextrw", o1, o2, Operand.imm(o3));
    }

    public final void pextrw(Operand o1, Operand o2, Operand o3) {
        emit("pextrw", o1, o2, o3);
    }

    public final void phaddd(Operand o1, Operand o2) {
        emit("phaddd", o1, o2);
    }

    public final void phaddsw(Operand o1, Operand o2) {
        emit("phaddsw", o1, o2);
    }

    public final void phaddw(Operand o1, Operand o2) {
        emit("phaddw", o1, o2);
    }

    public final void phminposuw(Operand o1, Operand o2) {
        emit("phminposuw", o1, o2);
    }

    public final void phsubd(Operand o1, Operand o2) {
        emit("phsubd", o1, o2);
    }

    public final void phsubsw(Operand o1, Operand o2) {
        emit("phsubsw", o1, o2);
    }

    public final void phsubw(Operand o1, Operand o2) {
        emit("phsubw", o1, o2);
    }

    public final void pinsrb(Operand o1, Operand o2, long o3) {
        emit("pinsrb", o1, o2, Operand.imm(o3));
    }

    public final void pinsrb(Operand o1, Operand o2, Operand o3) {
        emit("pinsrb", o1, o2, o3);
    }

    public final void pinsrd(Operand o1, Operand o2, long o3) {
        emit("pinsrd", o1, o2, Operand.imm(o3));
    }

    public final void pinsrd(Operand o1, Operand o2, Operand o3) {
        emit("pinsrd", o1, o2, o3);
    }

    public final void pinsrq(Operand o1, Operand o2, long o3) {
        emit("pinsrq", o1, o2, Operand.imm(o3));
    }

    public final void pinsrq(Operand o1, Operand o2, Operand o3) {
        emit("pinsrq", o1, o2, o3);
    }

    public final void pinsrw(Operand o1, Operand o2, long o3) {
        emit("pinsrw", o1, o2, Operand.imm(o3));
    }

    public final void pinsrw(Operand o1, Operand o2, Operand o3) {
        emit("pinsrw", o1, o2, o3);
    }

    public final void pmaddubsw(Operand o1, Operand o2) {
        emit("pmaddubsw", o1, o2);
    }

    public final void pmaddwd(Operand o1, Operand o2) {
        emit("pmaddwd", o1, o2);
    }

    public final void pmaxsb(Operand o1, Operand o2) {
        emit("pmaxsb", o1, o2);
    }

    public final void pmaxsd(Operand o1, Operand o2) {
        emit("pmaxsd", o1, o2);
    }

    public final void pmaxsw(Operand o1, Operand o2) {
        emit("pmaxsw", o1, o2);
    }

    public final void pmaxub(Operand o1, Operand o2) {
        emit("pmaxub", o1, o2);
    }

    public final void pmaxud(Operand o1, Operand o2) {
        emit("pmaxud", o1, o2);
    }

    public final void pmaxuw(Operand o1, Operand o2) {
        emit("pmaxuw", o1, o2);
    }

    public final void pminsb(Operand o1, Operand o2) {
        emit("pminsb", o1, o2);
    }

    public final void pminsd(Operand o1, Operand o2) {
        emit("pminsd", o1, o2);
    }

    public final void pminsw(Operand o1, Operand o2) {
        emit("pminsw", o1, o2);
    }

    public final void pminub(Operand o1, Operand o2) {
        emit("pminub", o1, o2);
    }

    public final void pminud(Operand o1, Operand o2) {
        emit("pminud", o1, o2);
    }

    public final void pminuw(Operand o1, Operand o2) {
        emit("pminuw", o1, o2);
    }

    public final void pmovmskb(Operand o1, Operand o2) {
        emit("pmovmskb", o1, o2);
    }

    public final void pmovsxbd(Operand o1, Operand o2) {
        emit("pmovsxbd", o1, o2);
    }

    public final void pmovsxbq(Operand o1, Operand o2) {
        emit("pmovsxbq", o1, o2);
    }

    public final void pmovsxbw(Operand o1, Operand o2) {
        emit("pmovsxbw", o1, o2);
    }

    public final void pmovsxdq(Operand o1, Operand o2) {
        emit("pmovsxdq", o1, o2);
    }

    public final void pmovsxwd(Operand o1, Operand o2) {
        emit("pmovsxwd", o1, o2);
    }

    public final void pmovsxwq(Operand o1, Operand o2) {
        emit("pmovsxwq", o1, o2);
    }

    public final void pmovzxbd(Operand o1, Operand o2) {
        emit("pmovzxbd", o1, o2);
    }

    public final void pmovzxbq(Operand o1, Operand o2) {
        emit("pmovzxbq", o1, o2);
    }

    public final void pmovzxbw(Operand o1, Operand o2) {
        emit("pmovzxbw", o1, o2);
    }

    public final void pmovzxdq(Operand o1, Operand o2) {
        emit("pmovzxdq", o1, o2);
    }

    public final void pmovzxwd(Operand o1, Operand o2) {
        emit("pmovzxwd", o1, o2);
    }

    public final void pmovzxwq(Operand o1, Operand o2) {
        emit("pmovzxwq", o1, o2);
    }

    public final void pmuldq(Operand o1, Operand o2) {
        emit("pmuldq", o1, o2);
    }

    public final void pmulhrsw(Operand o1, Operand o2) {
        emit("pmulhrsw", o1, o2);
    }

    public final void pmulhuw(Operand o1, Operand o2) {
        emit("pmulhuw", o1, o2);
    }

    public final void pmulhw(Operand o1, Operand o2) {
        emit("pmulhw", o1, o2);
    }

    public final void pmulld(Operand o1, Operand o2) {
        emit("pmulld", o1, o2);
    }

    public final void pmullw(Operand o1, Operand o2) {
        emit("pmullw", o1, o2);
    }

    public final void pmuludq(Operand o1, Operand o2) {
        emit("pmuludq", o1, o2);
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

    public final void popcnt(Operand o1, Operand o2) {
        emit("popcnt", o1, o2);
    }

    public final void popf() {
        emit("popf");
    }

    public final void por(Operand o1, Operand o2) {
        emit("por", o1, o2);
    }

    public final void prefetch(Operand o1) {
        emit("prefetch", o1);
    }

    public final void prefetchit0(Operand o1) {
        emit("prefetchit0", o1);
    }

    public final void prefetchit1(Operand o1) {
        emit("prefetchit1", o1);
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

    public final void prefetchwt1(Operand o1) {
        emit("prefetchwt1", o1);
    }

    public final void psadbw(Operand o1, Operand o2) {
        emit("psadbw", o1, o2);
    }

    public final void pshufb(Operand o1, Operand o2) {
        emit("pshufb", o1, o2);
    }

    public final void pshufd(Operand o1, Operand o2, long o3) {
        emit("pshufd", o1, o2, Operand.imm(o3));
    }

    public final void pshufd(Operand o1, Operand o2, Operand o3) {
        emit("pshufd", o1, o2, o3);
    }

    public final void pshufhw(Operand o1, Operand o2, long o3) {
        emit("pshufhw", o1, o2, Operand.imm(o3));
    }

    public final void pshufhw(Operand o1, Operand o2, Operand o3) {
        emit("pshufhw", o1, o2, o3);
    }

    public final void pshuflw(Operand o1, Operand o2, long o3) {
        emit("pshuflw", o1, o2, Operand.imm(o3));
    }

    public final void pshuflw(Operand o1, Operand o2, Operand o3) {
        emit("pshuflw", o1, o2, o3);
    }

    public final void pshufw(Operand o1, Operand o2, long o3) {
        emit("pshufw", o1, o2, Operand.imm(o3));
    }

    public final void pshufw(Operand o1, Operand o2, Operand o3) {
        emit("pshufw", o1, o2, o3);
    }

    public final void psignb(Operand o1, Operand o2) {
        emit("psignb", o1, o2);
    }

    public final void psignd(Operand o1, Operand o2) {
        emit("psignd", o1, o2);
    }

    public final void psignw(Operand o1, Operand o2) {
        emit("psignw", o1, o2);
    }

    public final void pslld(Operand o1, long o2) {
        emit("pslld", o1, Operand.imm(o2));
    }

    public final void pslld(Operand o1, Operand o2) {
        emit("pslld", o1, o2);
    }

    public final void pslldq(Operand o1, long o2) {
        emit("pslldq", o1, Operand.imm(o2));
    }

    public final void pslldq(Operand o1, Operand o2) {
        emit("pslldq", o1, o2);
    }

    public final void psllq(Operand o1, long o2) {
        emit("psllq", o1, Operand.imm(o2));
    }

    public final void psllq(Operand o1, Operand o2) {
        emit("psllq", o1, o2);
    }

    public final void psllw(Operand o1, long o2) {
        emit("psllw", o1, Operand.imm(o2));
    }

    public final void psllw(Operand o1, Operand o2) {
        emit("psllw", o1, o2);
    }

    public final void psmash() {
        emit("psmash");
    }

    public final void psrad(Operand o1, long o2) {
        emit("psrad", o1, Operand.imm(o2));
    }

    public final void psrad(Operand o1, Operand o2) {
        emit("psrad", o1, o2);
    }

    public final void psraw(Operand o1, long o2) {
        emit("psraw", o1, Operand.imm(o2));
    }

    public final void psraw(Operand o1, Operand o2) {
        emit("psraw", o1, o2);
    }

    public final void psrld(Operand o1, long o2) {
        emit("psrld", o1, Operand.imm(o2));
    }

    public final void psrld(Operand o1, Operand o2) {
        emit("psrld", o1, o2);
    }

    public final void psrldq(Operand o1, long o2) {
        emit("psrldq", o1, Operand.imm(o2));
    }

    public final void psrldq(Operand o1, Operand o2) {
        emit("psrldq", o1, o2);
    }

    public final void psrlq(Operand o1, long o2) {
        emit("psrlq", o1, Operand.imm(o2));
    }

    public final void psrlq(Operand o1, Operand o2) {
        emit("psrlq", o1, o2);
    }

    public final void psrlw(Operand o1, long o2) {
        emit("psrlw", o1, Operand.imm(o2));
    }

    public final void psrlw(Operand o1, Operand o2) {
        emit("psrlw", o1, o2);
    }

    public final void psubb(Operand o1, Operand o2) {
        emit("psubb", o1, o2);
    }

    public final void psubd(Operand o1, Operand o2) {
        emit("psubd", o1, o2);
    }

    public final void psubq(Operand o1, Operand o2) {
        emit("psubq", o1, o2);
    }

    public final void psubsb(Operand o1, Operand o2) {
        emit("psubsb", o1, o2);
    }

    public final void psubsw(Operand o1, Operand o2) {
        emit("psubsw", o1, o2);
    }

    public final void psubusb(Operand o1, Operand o2) {
        emit("psubusb", o1, o2);
    }

    public final void psubusw(Operand o1, Operand o2) {
        emit("psubusw", o1, o2);
    }

    public final void psubw(Operand o1, Operand o2) {
        emit("psubw", o1, o2);
    }

    public final void ptest(Operand o1, Operand o2) {
        emit("ptest", o1, o2);
    }

    public final void ptwrite(Operand o1) {
        emit("ptwrite", o1);
    }

    public final void punpckhbw(Operand o1, Operand o2) {
        emit("punpckhbw", o1, o2);
    }

    public final void punpckhdq(Operand o1, Operand o2) {
        emit("punpckhdq", o1, o2);
    }

    public final void punpckhqdq(Operand o1, Operand o2) {
        emit("punpckhqdq", o1, o2);
    }

    public final void punpckhwd(Operand o1, Operand o2) {
        emit("punpckhwd", o1, o2);
    }

    public final void punpcklbw(Operand o1, Operand o2) {
        emit("punpcklbw", o1, o2);
    }

    public final void punpckldq(Operand o1, Operand o2) {
        emit("punpckldq", o1, o2);
    }

    public final void punpcklqdq(Operand o1, Operand o2) {
        emit("punpcklqdq", o1, o2);
    }

    public final void punpcklwd(Operand o1, Operand o2) {
        emit("punpcklwd", o1, o2);
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

    public final void pushf() {
        emit("pushf");
    }

    public final void pvalidate() {
        emit("pvalidate");
    }

    public final void pxor(Operand o1, Operand o2) {
        emit("pxor", o1, o2);
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

    public final void rcpps(Operand o1, Operand o2) {
        emit("rcpps", o1, o2);
    }

    public final void rcpss(Operand o1, Operand o2) {
        emit("rcpss", o1, o2);
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

    public final void rdfsbase(Operand o1) {
        emit("rdfsbase", o1);
    }

    public final void rdgsbase(Operand o1) {
        emit("rdgsbase", o1);
    }

    public final void rdmsr() {
        emit("rdmsr");
    }

    public final void rdmsrlist() {
        emit("rdmsrlist");
    }

    public final void rdpid(Operand o1) {
        emit("rdpid", o1);
    }

    public final void rdpkru() {
        emit("rdpkru");
    }

    public final void rdpmc() {
        emit("rdpmc");
    }

    public final void rdpru() {
        emit("rdpru");
    }

    public final void rdrand(Operand o1) {
        emit("rdrand", o1);
    }

    public final void rdseed(Operand o1) {
        emit("rdseed", o1);
    }

    public final void rdsspd(Operand o1) {
        emit("rdsspd", o1);
    }

    public final void rdsspq(Operand o1) {
        emit("rdsspq", o1);
    }

    public final void rdtsc() {
        emit("rdtsc");
    }

    public final void rdtscp() {
        emit("rdtscp");
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

    public final void rmpadjust() {
        emit("rmpadjust");
    }

    public final void rmpquery() {
        emit("rmpquery");
    }

    public final void rmpupdate() {
        emit("rmpupdate");
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

    public final void rorx(Operand o1, Operand o2, long o3) {
        emit("rorx", o1, o2, Operand.imm(o3));
    }

    public final void rorx(Operand o1, Operand o2, Operand o3) {
        emit("rorx", o1, o2, o3);
    }

    public final void roundpd(Operand o1, Operand o2, long o3) {
        emit("roundpd", o1, o2, Operand.imm(o3));
    }

    public final void roundpd(Operand o1, Operand o2, Operand o3) {
        emit("roundpd", o1, o2, o3);
    }

    public final void roundps(Operand o1, Operand o2, long o3) {
        emit("roundps", o1, o2, Operand.imm(o3));
    }

    public final void roundps(Operand o1, Operand o2, Operand o3) {
        emit("roundps", o1, o2, o3);
    }

    public final void roundsd(Operand o1, Operand o2, long o3) {
        emit("roundsd", o1, o2, Operand.imm(o3));
    }

    public final void roundsd(Operand o1, Operand o2, Operand o3) {
        emit("roundsd", o1, o2, o3);
    }

    public final void roundss(Operand o1, Operand o2, long o3) {
        emit("roundss", o1, o2, Operand.imm(o3));
    }

    public final void roundss(Operand o1, Operand o2, Operand o3) {
        emit("roundss", o1, o2, o3);
    }

    public final void rsm() {
        emit("rsm");
    }

    public final void rsqrtps(Operand o1, Operand o2) {
        emit("rsqrtps", o1, o2);
    }

    public final void rsqrtss(Operand o1, Operand o2) {
        emit("rsqrtss", o1, o2);
    }

    public final void rstorssp(Operand o1) {
        emit("rstorssp", o1);
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

    public final void sarx(Operand o1, Operand o2, Operand o3) {
        emit("sarx", o1, o2, o3);
    }

    public final void saveprevssp() {
        emit("saveprevssp");
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

    public final void seamcall() {
        emit("seamcall");
    }

    public final void seamops() {
        emit("seamops");
    }

    public final void seamret() {
        emit("seamret");
    }

    public final void senduipi(Operand o1) {
        emit("senduipi", o1);
    }

    public final void serialize() {
        emit("serialize");
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

    public final void setssbsy() {
        emit("setssbsy");
    }

    public final void setz(Operand o1) {
        emit("setz", o1);
    }

    public final void sfence() {
        emit("sfence");
    }

    public final void sgdt(Operand o1) {
        emit("sgdt", o1);
    }

    public final void sha1msg1(Operand o1, Operand o2) {
        emit("sha1msg1", o1, o2);
    }

    public final void sha1msg2(Operand o1, Operand o2) {
        emit("sha1msg2", o1, o2);
    }

    public final void sha1nexte(Operand o1, Operand o2) {
        emit("sha1nexte", o1, o2);
    }

    public final void sha1rnds4(Operand o1, Operand o2, long o3) {
        emit("sha1rnds4", o1, o2, Operand.imm(o3));
    }

    public final void sha1rnds4(Operand o1, Operand o2, Operand o3) {
        emit("sha1rnds4", o1, o2, o3);
    }

    public final void sha256msg1(Operand o1, Operand o2) {
        emit("sha256msg1", o1, o2);
    }

    public final void sha256msg2(Operand o1, Operand o2) {
        emit("sha256msg2", o1, o2);
    }

    public final void sha256rnds2(Operand o1, Operand o2, Operand o3) {
        emit("sha256rnds2", o1, o2, o3);
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

    public final void shlx(Operand o1, Operand o2, Operand o3) {
        emit("shlx", o1, o2, o3);
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

    public final void shrx(Operand o1, Operand o2, Operand o3) {
        emit("shrx", o1, o2, o3);
    }

    public final void shufpd(Operand o1, Operand o2, long o3) {
        emit("shufpd", o1, o2, Operand.imm(o3));
    }

    public final void shufpd(Operand o1, Operand o2, Operand o3) {
        emit("shufpd", o1, o2, o3);
    }

    public final void shufps(Operand o1, Operand o2, long o3) {
        emit("shufps", o1, o2, Operand.imm(o3));
    }

    public final void shufps(Operand o1, Operand o2, Operand o3) {
        emit("shufps", o1, o2, o3);
    }

    public final void sidt(Operand o1) {
        emit("sidt", o1);
    }

    public final void skinit() {
        emit("skinit");
    }

    public final void sldt(Operand o1) {
        emit("sldt", o1);
    }

    public final void smsw(Operand o1) {
        emit("smsw", o1);
    }

    public final void sqrtpd(Operand o1, Operand o2) {
        emit("sqrtpd", o1, o2);
    }

    public final void sqrtps(Operand o1, Operand o2) {
        emit("sqrtps", o1, o2);
    }

    public final void sqrtsd(Operand o1, Operand o2) {
        emit("sqrtsd", o1, o2);
    }

    public final void sqrtss(Operand o1, Operand o2) {
        emit("sqrtss", o1, o2);
    }

    public final void stac() {
        emit("stac");
    }

    public final void stc() {
        emit("stc");
    }

    public final void std() {
        emit("std");
    }

    public final void stgi() {
        emit("stgi");
    }

    public final void sti() {
        emit("sti");
    }

    public final void stmxcsr(Operand o1) {
        emit("stmxcsr", o1);
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

    public final void str(Operand o1) {
        emit("str", o1);
    }

    public final void stui() {
        emit("stui");
    }

    public final void sub(Operand o1, long o2) {
        emit("sub", o1, Operand.imm(o2));
    }

    public final void sub(Operand o1, Operand o2) {
        emit("sub", o1, o2);
    }

    public final void subpd(Operand o1, Operand o2) {
        emit("subpd", o1, o2);
    }

    public final void subps(Operand o1, Operand o2) {
        emit("subps", o1, o2);
    }

    public final void subsd(Operand o1, Operand o2) {
        emit("subsd", o1, o2);
    }

    public final void subss(Operand o1, Operand o2) {
        emit("subss", o1, o2);
    }

    public final void swapgs() {
        emit("swapgs");
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

    public final void tdcall() {
        emit("tdcall");
    }

    public final void test(Operand o1, long o2) {
        emit("test", o1, Operand.imm(o2));
    }

    public final void test(Operand o1, Operand o2) {
        emit("test", o1, o2);
    }

    public final void testui() {
        emit("testui");
    }

    public final void tlbsync() {
        emit("tlbsync");
    }

    public final void tpause(Operand o1) {
        emit("tpause", o1);
    }

    public final void tzcnt(Operand o1, Operand o2) {
        emit("tzcnt", o1, o2);
    }

    public final void ucomisd(Operand o1, Operand o2) {
        emit("ucomisd", o1, o2);
    }

    public final void ucomiss(Operand o1, Operand o2) {
        emit("ucomiss", o1, o2);
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

    public final void uiret() {
        emit("uiret");
    }

    public final void umonitor(Operand o1) {
        emit("umonitor", o1);
    }

    public final void umwait(Operand o1) {
        emit("umwait", o1);
    }

    public final void unpckhpd(Operand o1, Operand o2) {
        emit("unpckhpd", o1, o2);
    }

    public final void unpckhps(Operand o1, Operand o2) {
        emit("unpckhps", o1, o2);
    }

    public final void unpcklpd(Operand o1, Operand o2) {
        emit("unpcklpd", o1, o2);
    }

    public final void unpcklps(Operand o1, Operand o2) {
        emit("unpcklps", o1, o2);
    }

    public final void vaddpd(Operand o1, Operand o2, Operand o3) {
        emit("vaddpd", o1, o2, o3);
    }

    public final void vaddps(Operand o1, Operand o2, Operand o3) {
        emit("vaddps", o1, o2, o3);
    }

    public final void vaddsd(Operand o1, Operand o2, Operand o3) {
        emit("vaddsd", o1, o2, o3);
    }

    public final void vaddss(Operand o1, Operand o2, Operand o3) {
        emit("vaddss", o1, o2, o3);
    }

    public final void vaddsubpd(Operand o1, Operand o2, Operand o3) {
        emit("vaddsubpd", o1, o2, o3);
    }

    public final void vaddsubps(Operand o1, Operand o2, Operand o3) {
        emit("vaddsubps", o1, o2, o3);
    }

    public final void vaesdec(Operand o1, Operand o2, Operand o3) {
        emit("vaesdec", o1, o2, o3);
    }

    public final void vaesdeclast(Operand o1, Operand o2, Operand o3) {
        emit("vaesdeclast", o1, o2, o3);
    }

    public final void vaesenc(Operand o1, Operand o2, Operand o3) {
        emit("vaesenc", o1, o2, o3);
    }

    public final void vaesenclast(Operand o1, Operand o2, Operand o3) {
        emit("vaesenclast", o1, o2, o3);
    }

    public final void vaesimc(Operand o1, Operand o2) {
        emit("vaesimc", o1, o2);
    }

    public final void vaeskeygenassist(Operand o1, Operand o2, long o3) {
        emit("vaeskeygenassist", o1, o2, Operand.imm(o3));
    }

    public final void vaeskeygenassist(Operand o1, Operand o2, Operand o3) {
        emit("vaeskeygenassist", o1, o2, o3);
    }

    public final void vandnpd(Operand o1, Operand o2, Operand o3) {
        emit("vandnpd", o1, o2, o3);
    }

    public final void vandnps(Operand o1, Operand o2, Operand o3) {
        emit("vandnps", o1, o2, o3);
    }

    public final void vandpd(Operand o1, Operand o2, Operand o3) {
        emit("vandpd", o1, o2, o3);
    }

    public final void vandps(Operand o1, Operand o2, Operand o3) {
        emit("vandps", o1, o2, o3);
    }

    public final void vbcstnebf162ps(Operand o1, Operand o2) {
        emit("vbcstnebf162ps", o1, o2);
    }

    public final void vbcstnesh2ps(Operand o1, Operand o2) {
        emit("vbcstnesh2ps", o1, o2);
    }

    public final void vblendpd(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vblendpd", o1, o2, o3, Operand.imm(o4));
    }

    public final void vblendpd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vblendpd", o1, o2, o3, o4);
    }

    public final void vblendps(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vblendps", o1, o2, o3, Operand.imm(o4));
    }

    public final void vblendps(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vblendps", o1, o2, o3, o4);
    }

    public final void vblendvpd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vblendvpd", o1, o2, o3, o4);
    }

    public final void vblendvps(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vblendvps", o1, o2, o3, o4);
    }

    public final void vbroadcastf128(Operand o1, Operand o2) {
        emit("vbroadcastf128", o1, o2);
    }

    public final void vbroadcasti128(Operand o1, Operand o2) {
        emit("vbroadcasti128", o1, o2);
    }

    public final void vbroadcastsd(Operand o1, Operand o2) {
        emit("vbroadcastsd", o1, o2);
    }

    public final void vbroadcastss(Operand o1, Operand o2) {
        emit("vbroadcastss", o1, o2);
    }

    public final void vcmppd(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vcmppd", o1, o2, o3, Operand.imm(o4));
    }

    public final void vcmppd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vcmppd", o1, o2, o3, o4);
    }

    public final void vcmpps(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vcmpps", o1, o2, o3, Operand.imm(o4));
    }

    public final void vcmpps(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vcmpps", o1, o2, o3, o4);
    }

    public final void vcmpsd(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vcmpsd", o1, o2, o3, Operand.imm(o4));
    }

    public final void vcmpsd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vcmpsd", o1, o2, o3, o4);
    }

    public final void vcmpss(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vcmpss", o1, o2, o3, Operand.imm(o4));
    }

    public final void vcmpss(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vcmpss", o1, o2, o3, o4);
    }

    public final void vcomisd(Operand o1, Operand o2) {
        emit("vcomisd", o1, o2);
    }

    public final void vcomiss(Operand o1, Operand o2) {
        emit("vcomiss", o1, o2);
    }

    public final void vcvtdq2pd(Operand o1, Operand o2) {
        emit("vcvtdq2pd", o1, o2);
    }

    public final void vcvtdq2ps(Operand o1, Operand o2) {
        emit("vcvtdq2ps", o1, o2);
    }

    public final void vcvtneebf162ps(Operand o1, Operand o2) {
        emit("vcvtneebf162ps", o1, o2);
    }

    public final void vcvtneeph2ps(Operand o1, Operand o2) {
        emit("vcvtneeph2ps", o1, o2);
    }

    public final void vcvtneobf162ps(Operand o1, Operand o2) {
        emit("vcvtneobf162ps", o1, o2);
    }

    public final void vcvtneoph2ps(Operand o1, Operand o2) {
        emit("vcvtneoph2ps", o1, o2);
    }

    public final void vcvtneps2bf16(Operand o1, Operand o2) {
        emit("vcvtneps2bf16", o1, o2);
    }

    public final void vcvtpd2dq(Operand o1, Operand o2) {
        emit("vcvtpd2dq", o1, o2);
    }

    public final void vcvtpd2ps(Operand o1, Operand o2) {
        emit("vcvtpd2ps", o1, o2);
    }

    public final void vcvtph2ps(Operand o1, Operand o2) {
        emit("vcvtph2ps", o1, o2);
    }

    public final void vcvtps2dq(Operand o1, Operand o2) {
        emit("vcvtps2dq", o1, o2);
    }

    public final void vcvtps2pd(Operand o1, Operand o2) {
        emit("vcvtps2pd", o1, o2);
    }

    public final void vcvtps2ph(Operand o1, Operand o2, long o3) {
        emit("vcvtps2ph", o1, o2, Operand.imm(o3));
    }

    public final void vcvtps2ph(Operand o1, Operand o2, Operand o3) {
        emit("vcvtps2ph", o1, o2, o3);
    }

    public final void vcvtsd2si(Operand o1, Operand o2) {
        emit("vcvtsd2si", o1, o2);
    }

    public final void vcvtsd2ss(Operand o1, Operand o2, Operand o3) {
        emit("vcvtsd2ss", o1, o2, o3);
    }

    public final void vcvtsi2sd(Operand o1, Operand o2, Operand o3) {
        emit("vcvtsi2sd", o1, o2, o3);
    }

    public final void vcvtsi2ss(Operand o1, Operand o2, Operand o3) {
        emit("vcvtsi2ss", o1, o2, o3);
    }

    public final void vcvtss2sd(Operand o1, Operand o2, Operand o3) {
        emit("vcvtss2sd", o1, o2, o3);
    }

    public final void vcvtss2si(Operand o1, Operand o2) {
        emit("vcvtss2si", o1, o2);
    }

    public final void vcvttpd2dq(Operand o1, Operand o2) {
        emit("vcvttpd2dq", o1, o2);
    }

    public final void vcvttps2dq(Operand o1, Operand o2) {
        emit("vcvttps2dq", o1, o2);
    }

    public final void vcvttsd2si(Operand o1, Operand o2) {
        emit("vcvttsd2si", o1, o2);
    }

    public final void vcvttss2si(Operand o1, Operand o2) {
        emit("vcvttss2si", o1, o2);
    }

    public final void vdivpd(Operand o1, Operand o2, Operand o3) {
        emit("vdivpd", o1, o2, o3);
    }

    public final void vdivps(Operand o1, Operand o2, Operand o3) {
        emit("vdivps", o1, o2, o3);
    }

    public final void vdivsd(Operand o1, Operand o2, Operand o3) {
        emit("vdivsd", o1, o2, o3);
    }

    public final void vdivss(Operand o1, Operand o2, Operand o3) {
        emit("vdivss", o1, o2, o3);
    }

    public final void vdppd(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vdppd", o1, o2, o3, Operand.imm(o4));
    }

    public final void vdppd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vdppd", o1, o2, o3, o4);
    }

    public final void vdpps(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vdpps", o1, o2, o3, Operand.imm(o4));
    }

    public final void vdpps(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vdpps", o1, o2, o3, o4);
    }

    public final void verr(Operand o1) {
        emit("verr", o1);
    }

    public final void verw(Operand o1) {
        emit("verw", o1);
    }

    public final void vextractf128(Operand o1, Operand o2, long o3) {
        emit("vextractf128", o1, o2, Operand.imm(o3));
    }

    public final void vextractf128(Operand o1, Operand o2, Operand o3) {
        emit("vextractf128", o1, o2, o3);
    }

    public final void vextracti128(Operand o1, Operand o2, long o3) {
        emit("vextracti128", o1, o2, Operand.imm(o3));
    }

    public final void vextracti128(Operand o1, Operand o2, Operand o3) {
        emit("vextracti128", o1, o2, o3);
    }

    public final void vextractps(Operand o1, Operand o2, long o3) {
        emit("vextractps", o1, o2, Operand.imm(o3));
    }

    public final void vextractps(Operand o1, Operand o2, Operand o3) {
        emit("vextractps", o1, o2, o3);
    }

    public final void vfmadd132pd(Operand o1, Operand o2, Operand o3) {
        emit("vfmadd132pd", o1, o2, o3);
    }

    public final void vfmadd132ps(Operand o1, Operand o2, Operand o3) {
        emit("vfmadd132ps", o1, o2, o3);
    }

    public final void vfmadd132sd(Operand o1, Operand o2, Operand o3) {
        emit("vfmadd132sd", o1, o2, o3);
    }

    public final void vfmadd132ss(Operand o1, Operand o2, Operand o3) {
        emit("vfmadd132ss", o1, o2, o3);
    }

    public final void vfmadd213pd(Operand o1, Operand o2, Operand o3) {
        emit("vfmadd213pd", o1, o2, o3);
    }

    public final void vfmadd213ps(Operand o1, Operand o2, Operand o3) {
        emit("vfmadd213ps", o1, o2, o3);
    }

    public final void vfmadd213sd(Operand o1, Operand o2, Operand o3) {
        emit("vfmadd213sd", o1, o2, o3);
    }

    public final void vfmadd213ss(Operand o1, Operand o2, Operand o3) {
        emit("vfmadd213ss", o1, o2, o3);
    }

    public final void vfmadd231pd(Operand o1, Operand o2, Operand o3) {
        emit("vfmadd231pd", o1, o2, o3);
    }

    public final void vfmadd231ps(Operand o1, Operand o2, Operand o3) {
        emit("vfmadd231ps", o1, o2, o3);
    }

    public final void vfmadd231sd(Operand o1, Operand o2, Operand o3) {
        emit("vfmadd231sd", o1, o2, o3);
    }

    public final void vfmadd231ss(Operand o1, Operand o2, Operand o3) {
        emit("vfmadd231ss", o1, o2, o3);
    }

    public final void vfmaddpd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfmaddpd", o1, o2, o3, o4);
    }

    public final void vfmaddps(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfmaddps", o1, o2, o3, o4);
    }

    public final void vfmaddsd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfmaddsd", o1, o2, o3, o4);
    }

    public final void vfmaddss(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfmaddss", o1, o2, o3, o4);
    }

    public final void vfmaddsub132pd(Operand o1, Operand o2, Operand o3) {
        emit("vfmaddsub132pd", o1, o2, o3);
    }

    public final void vfmaddsub132ps(Operand o1, Operand o2, Operand o3) {
        emit("vfmaddsub132ps", o1, o2, o3);
    }

    public final void vfmaddsub213pd(Operand o1, Operand o2, Operand o3) {
        emit("vfmaddsub213pd", o1, o2, o3);
    }

    public final void vfmaddsub213ps(Operand o1, Operand o2, Operand o3) {
        emit("vfmaddsub213ps", o1, o2, o3);
    }

    public final void vfmaddsub231pd(Operand o1, Operand o2, Operand o3) {
        emit("vfmaddsub231pd", o1, o2, o3);
    }

    public final void vfmaddsub231ps(Operand o1, Operand o2, Operand o3) {
        emit("vfmaddsub231ps", o1, o2, o3);
    }

    public final void vfmaddsubpd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfmaddsubpd", o1, o2, o3, o4);
    }

    public final void vfmaddsubps(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfmaddsubps", o1, o2, o3, o4);
    }

    public final void vfmsub132pd(Operand o1, Operand o2, Operand o3) {
        emit("vfmsub132pd", o1, o2, o3);
    }

    public final void vfmsub132ps(Operand o1, Operand o2, Operand o3) {
        emit("vfmsub132ps", o1, o2, o3);
    }

    public final void vfmsub132sd(Operand o1, Operand o2, Operand o3) {
        emit("vfmsub132sd", o1, o2, o3);
    }

    public final void vfmsub132ss(Operand o1, Operand o2, Operand o3) {
        emit("vfmsub132ss", o1, o2, o3);
    }

    public final void vfmsub213pd(Operand o1, Operand o2, Operand o3) {
        emit("vfmsub213pd", o1, o2, o3);
    }

    public final void vfmsub213ps(Operand o1, Operand o2, Operand o3) {
        emit("vfmsub213ps", o1, o2, o3);
    }

    public final void vfmsub213sd(Operand o1, Operand o2, Operand o3) {
        emit("vfmsub213sd", o1, o2, o3);
    }

    public final void vfmsub213ss(Operand o1, Operand o2, Operand o3) {
        emit("vfmsub213ss", o1, o2, o3);
    }

    public final void vfmsub231pd(Operand o1, Operand o2, Operand o3) {
        emit("vfmsub231pd", o1, o2, o3);
    }

    public final void vfmsub231ps(Operand o1, Operand o2, Operand o3) {
        emit("vfmsub231ps", o1, o2, o3);
    }

    public final void vfmsub231sd(Operand o1, Operand o2, Operand o3) {
        emit("vfmsub231sd", o1, o2, o3);
    }

    public final void vfmsub231ss(Operand o1, Operand o2, Operand o3) {
        emit("vfmsub231ss", o1, o2, o3);
    }

    public final void vfmsubadd132pd(Operand o1, Operand o2, Operand o3) {
        emit("vfmsubadd132pd", o1, o2, o3);
    }

    public final void vfmsubadd132ps(Operand o1, Operand o2, Operand o3) {
        emit("vfmsubadd132ps", o1, o2, o3);
    }

    public final void vfmsubadd213pd(Operand o1, Operand o2, Operand o3) {
        emit("vfmsubadd213pd", o1, o2, o3);
    }

    public final void vfmsubadd213ps(Operand o1, Operand o2, Operand o3) {
        emit("vfmsubadd213ps", o1, o2, o3);
    }

    public final void vfmsubadd231pd(Operand o1, Operand o2, Operand o3) {
        emit("vfmsubadd231pd", o1, o2, o3);
    }

    public final void vfmsubadd231ps(Operand o1, Operand o2, Operand o3) {
        emit("vfmsubadd231ps", o1, o2, o3);
    }

    public final void vfmsubaddpd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfmsubaddpd", o1, o2, o3, o4);
    }

    public final void vfmsubaddps(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfmsubaddps", o1, o2, o3, o4);
    }

    public final void vfmsubpd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfmsubpd", o1, o2, o3, o4);
    }

    public final void vfmsubps(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfmsubps", o1, o2, o3, o4);
    }

    public final void vfmsubsd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfmsubsd", o1, o2, o3, o4);
    }

    public final void vfmsubss(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfmsubss", o1, o2, o3, o4);
    }

    public final void vfnmadd132pd(Operand o1, Operand o2, Operand o3) {
        emit("vfnmadd132pd", o1, o2, o3);
    }

    public final void vfnmadd132ps(Operand o1, Operand o2, Operand o3) {
        emit("vfnmadd132ps", o1, o2, o3);
    }

    public final void vfnmadd132sd(Operand o1, Operand o2, Operand o3) {
        emit("vfnmadd132sd", o1, o2, o3);
    }

    public final void vfnmadd132ss(Operand o1, Operand o2, Operand o3) {
        emit("vfnmadd132ss", o1, o2, o3);
    }

    public final void vfnmadd213pd(Operand o1, Operand o2, Operand o3) {
        emit("vfnmadd213pd", o1, o2, o3);
    }

    public final void vfnmadd213ps(Operand o1, Operand o2, Operand o3) {
        emit("vfnmadd213ps", o1, o2, o3);
    }

    public final void vfnmadd213sd(Operand o1, Operand o2, Operand o3) {
        emit("vfnmadd213sd", o1, o2, o3);
    }

    public final void vfnmadd213ss(Operand o1, Operand o2, Operand o3) {
        emit("vfnmadd213ss", o1, o2, o3);
    }

    public final void vfnmadd231pd(Operand o1, Operand o2, Operand o3) {
        emit("vfnmadd231pd", o1, o2, o3);
    }

    public final void vfnmadd231ps(Operand o1, Operand o2, Operand o3) {
        emit("vfnmadd231ps", o1, o2, o3);
    }

    public final void vfnmadd231sd(Operand o1, Operand o2, Operand o3) {
        emit("vfnmadd231sd", o1, o2, o3);
    }

    public final void vfnmadd231ss(Operand o1, Operand o2, Operand o3) {
        emit("vfnmadd231ss", o1, o2, o3);
    }

    public final void vfnmaddpd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfnmaddpd", o1, o2, o3, o4);
    }

    public final void vfnmaddps(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfnmaddps", o1, o2, o3, o4);
    }

    public final void vfnmaddsd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfnmaddsd", o1, o2, o3, o4);
    }

    public final void vfnmaddss(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfnmaddss", o1, o2, o3, o4);
    }

    public final void vfnmsub132pd(Operand o1, Operand o2, Operand o3) {
        emit("vfnmsub132pd", o1, o2, o3);
    }

    public final void vfnmsub132ps(Operand o1, Operand o2, Operand o3) {
        emit("vfnmsub132ps", o1, o2, o3);
    }

    public final void vfnmsub132sd(Operand o1, Operand o2, Operand o3) {
        emit("vfnmsub132sd", o1, o2, o3);
    }

    public final void vfnmsub132ss(Operand o1, Operand o2, Operand o3) {
        emit("vfnmsub132ss", o1, o2, o3);
    }

    public final void vfnmsub213pd(Operand o1, Operand o2, Operand o3) {
        emit("vfnmsub213pd", o1, o2, o3);
    }

    public final void vfnmsub213ps(Operand o1, Operand o2, Operand o3) {
        emit("vfnmsub213ps", o1, o2, o3);
    }

    public final void vfnmsub213sd(Operand o1, Operand o2, Operand o3) {
        emit("vfnmsub213sd", o1, o2, o3);
    }

    public final void vfnmsub213ss(Operand o1, Operand o2, Operand o3) {
        emit("vfnmsub213ss", o1, o2, o3);
    }

    public final void vfnmsub231pd(Operand o1, Operand o2, Operand o3) {
        emit("vfnmsub231pd", o1, o2, o3);
    }

    public final void vfnmsub231ps(Operand o1, Operand o2, Operand o3) {
        emit("vfnmsub231ps", o1, o2, o3);
    }

    public final void vfnmsub231sd(Operand o1, Operand o2, Operand o3) {
        emit("vfnmsub231sd", o1, o2, o3);
    }

    public final void vfnmsub231ss(Operand o1, Operand o2, Operand o3) {
        emit("vfnmsub231ss", o1, o2, o3);
    }

    public final void vfnmsubpd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfnmsubpd", o1, o2, o3, o4);
    }

    public final void vfnmsubps(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfnmsubps", o1, o2, o3, o4);
    }

    public final void vfnmsubsd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfnmsubsd", o1, o2, o3, o4);
    }

    public final void vfnmsubss(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vfnmsubss", o1, o2, o3, o4);
    }

    public final void vgf2p8affineinvqb(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vgf2p8affineinvqb", o1, o2, o3, Operand.imm(o4));
    }

    public final void vgf2p8affineinvqb(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vgf2p8affineinvqb", o1, o2, o3, o4);
    }

    public final void vgf2p8affineqb(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vgf2p8affineqb", o1, o2, o3, Operand.imm(o4));
    }

    public final void vgf2p8affineqb(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vgf2p8affineqb", o1, o2, o3, o4);
    }

    public final void vgf2p8mulb(Operand o1, Operand o2, Operand o3) {
        emit("vgf2p8mulb", o1, o2, o3);
    }

    public final void vhaddpd(Operand o1, Operand o2, Operand o3) {
        emit("vhaddpd", o1, o2, o3);
    }

    public final void vhaddps(Operand o1, Operand o2, Operand o3) {
        emit("vhaddps", o1, o2, o3);
    }

    public final void vhsubpd(Operand o1, Operand o2, Operand o3) {
        emit("vhsubpd", o1, o2, o3);
    }

    public final void vhsubps(Operand o1, Operand o2, Operand o3) {
        emit("vhsubps", o1, o2, o3);
    }

    public final void vinsertf128(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vinsertf128", o1, o2, o3, Operand.imm(o4));
    }

    public final void vinsertf128(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vinsertf128", o1, o2, o3, o4);
    }

    public final void vinserti128(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vinserti128", o1, o2, o3, Operand.imm(o4));
    }

    public final void vinserti128(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vinserti128", o1, o2, o3, o4);
    }

    public final void vinsertps(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vinsertps", o1, o2, o3, Operand.imm(o4));
    }

    public final void vinsertps(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vinsertps", o1, o2, o3, o4);
    }

    public final void vlddqu(Operand o1, Operand o2) {
        emit("vlddqu", o1, o2);
    }

    public final void vldmxcsr(Operand o1) {
        emit("vldmxcsr", o1);
    }

    public final void vmaskmovdqu(Operand o1, Operand o2) {
        emit("vmaskmovdqu", o1, o2);
    }

    public final void vmaskmovpd(Operand o1, Operand o2, Operand o3) {
        emit("vmaskmovpd", o1, o2, o3);
    }

    public final void vmaskmovps(Operand o1, Operand o2, Operand o3) {
        emit("vmaskmovps", o1, o2, o3);
    }

    public final void vmaxpd(Operand o1, Operand o2, Operand o3) {
        emit("vmaxpd", o1, o2, o3);
    }

    public final void vmaxps(Operand o1, Operand o2, Operand o3) {
        emit("vmaxps", o1, o2, o3);
    }

    public final void vmaxsd(Operand o1, Operand o2, Operand o3) {
        emit("vmaxsd", o1, o2, o3);
    }

    public final void vmaxss(Operand o1, Operand o2, Operand o3) {
        emit("vmaxss", o1, o2, o3);
    }

    public final void vmcall() {
        emit("vmcall");
    }

    public final void vmclear(Operand o1) {
        emit("vmclear", o1);
    }

    public final void vmfunc() {
        emit("vmfunc");
    }

    public final void vmgexit() {
        emit("vmgexit");
    }

    public final void vminpd(Operand o1, Operand o2, Operand o3) {
        emit("vminpd", o1, o2, o3);
    }

    public final void vminps(Operand o1, Operand o2, Operand o3) {
        emit("vminps", o1, o2, o3);
    }

    public final void vminsd(Operand o1, Operand o2, Operand o3) {
        emit("vminsd", o1, o2, o3);
    }

    public final void vminss(Operand o1, Operand o2, Operand o3) {
        emit("vminss", o1, o2, o3);
    }

    public final void vmlaunch() {
        emit("vmlaunch");
    }

    public final void vmload() {
        emit("vmload");
    }

    public final void vmmcall() {
        emit("vmmcall");
    }

    public final void vmovapd(Operand o1, Operand o2) {
        emit("vmovapd", o1, o2);
    }

    public final void vmovaps(Operand o1, Operand o2) {
        emit("vmovaps", o1, o2);
    }

    public final void vmovd(Operand o1, Operand o2) {
        emit("vmovd", o1, o2);
    }

    public final void vmovddup(Operand o1, Operand o2) {
        emit("vmovddup", o1, o2);
    }

    public final void vmovdqa(Operand o1, Operand o2) {
        emit("vmovdqa", o1, o2);
    }

    public final void vmovdqu(Operand o1, Operand o2) {
        emit("vmovdqu", o1, o2);
    }

    public final void vmovhlps(Operand o1, Operand o2, Operand o3) {
        emit("vmovhlps", o1, o2, o3);
    }

    public final void vmovhpd(Operand o1, Operand o2) {
        emit("vmovhpd", o1, o2);
    }

    public final void vmovhpd(Operand o1, Operand o2, Operand o3) {
        emit("vmovhpd", o1, o2, o3);
    }

    public final void vmovhps(Operand o1, Operand o2) {
        emit("vmovhps", o1, o2);
    }

    public final void vmovhps(Operand o1, Operand o2, Operand o3) {
        emit("vmovhps", o1, o2, o3);
    }

    public final void vmovlhps(Operand o1, Operand o2, Operand o3) {
        emit("vmovlhps", o1, o2, o3);
    }

    public final void vmovlpd(Operand o1, Operand o2) {
        emit("vmovlpd", o1, o2);
    }

    public final void vmovlpd(Operand o1, Operand o2, Operand o3) {
        emit("vmovlpd", o1, o2, o3);
    }

    public final void vmovlps(Operand o1, Operand o2) {
        emit("vmovlps", o1, o2);
    }

    public final void vmovlps(Operand o1, Operand o2, Operand o3) {
        emit("vmovlps", o1, o2, o3);
    }

    public final void vmovmskpd(Operand o1, Operand o2) {
        emit("vmovmskpd", o1, o2);
    }

    public final void vmovmskps(Operand o1, Operand o2) {
        emit("vmovmskps", o1, o2);
    }

    public final void vmovntdq(Operand o1, Operand o2) {
        emit("vmovntdq", o1, o2);
    }

    public final void vmovntdqa(Operand o1, Operand o2) {
        emit("vmovntdqa", o1, o2);
    }

    public final void vmovntpd(Operand o1, Operand o2) {
        emit("vmovntpd", o1, o2);
    }

    public final void vmovntps(Operand o1, Operand o2) {
        emit("vmovntps", o1, o2);
    }

    public final void vmovq(Operand o1, Operand o2) {
        emit("vmovq", o1, o2);
    }

    public final void vmovsd(Operand o1, Operand o2) {
        emit("vmovsd", o1, o2);
    }

    public final void vmovsd(Operand o1, Operand o2, Operand o3) {
        emit("vmovsd", o1, o2, o3);
    }

    public final void vmovshdup(Operand o1, Operand o2) {
        emit("vmovshdup", o1, o2);
    }

    public final void vmovsldup(Operand o1, Operand o2) {
        emit("vmovsldup", o1, o2);
    }

    public final void vmovss(Operand o1, Operand o2) {
        emit("vmovss", o1, o2);
    }

    public final void vmovss(Operand o1, Operand o2, Operand o3) {
        emit("vmovss", o1, o2, o3);
    }

    public final void vmovupd(Operand o1, Operand o2) {
        emit("vmovupd", o1, o2);
    }

    public final void vmovups(Operand o1, Operand o2) {
        emit("vmovups", o1, o2);
    }

    public final void vmpsadbw(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vmpsadbw", o1, o2, o3, Operand.imm(o4));
    }

    public final void vmpsadbw(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vmpsadbw", o1, o2, o3, o4);
    }

    public final void vmptrld(Operand o1) {
        emit("vmptrld", o1);
    }

    public final void vmptrst(Operand o1) {
        emit("vmptrst", o1);
    }

    public final void vmread(Operand o1, Operand o2) {
        emit("vmread", o1, o2);
    }

    public final void vmresume() {
        emit("vmresume");
    }

    public final void vmrun() {
        emit("vmrun");
    }

    public final void vmsave() {
        emit("vmsave");
    }

    public final void vmulpd(Operand o1, Operand o2, Operand o3) {
        emit("vmulpd", o1, o2, o3);
    }

    public final void vmulps(Operand o1, Operand o2, Operand o3) {
        emit("vmulps", o1, o2, o3);
    }

    public final void vmulsd(Operand o1, Operand o2, Operand o3) {
        emit("vmulsd", o1, o2, o3);
    }

    public final void vmulss(Operand o1, Operand o2, Operand o3) {
        emit("vmulss", o1, o2, o3);
    }

    public final void vmwrite(Operand o1, Operand o2) {
        emit("vmwrite", o1, o2);
    }

    public final void vmxoff() {
        emit("vmxoff");
    }

    public final void vmxon(Operand o1) {
        emit("vmxon", o1);
    }

    public final void vorpd(Operand o1, Operand o2, Operand o3) {
        emit("vorpd", o1, o2, o3);
    }

    public final void vorps(Operand o1, Operand o2, Operand o3) {
        emit("vorps", o1, o2, o3);
    }

    public final void vpabsb(Operand o1, Operand o2) {
        emit("vpabsb", o1, o2);
    }

    public final void vpabsd(Operand o1, Operand o2) {
        emit("vpabsd", o1, o2);
    }

    public final void vpabsw(Operand o1, Operand o2) {
        emit("vpabsw", o1, o2);
    }

    public final void vpackssdw(Operand o1, Operand o2, Operand o3) {
        emit("vpackssdw", o1, o2, o3);
    }

    public final void vpacksswb(Operand o1, Operand o2, Operand o3) {
        emit("vpacksswb", o1, o2, o3);
    }

    public final void vpackusdw(Operand o1, Operand o2, Operand o3) {
        emit("vpackusdw", o1, o2, o3);
    }

    public final void vpackuswb(Operand o1, Operand o2, Operand o3) {
        emit("vpackuswb", o1, o2, o3);
    }

    public final void vpaddb(Operand o1, Operand o2, Operand o3) {
        emit("vpaddb", o1, o2, o3);
    }

    public final void vpaddd(Operand o1, Operand o2, Operand o3) {
        emit("vpaddd", o1, o2, o3);
    }

    public final void vpaddq(Operand o1, Operand o2, Operand o3) {
        emit("vpaddq", o1, o2, o3);
    }

    public final void vpaddsb(Operand o1, Operand o2, Operand o3) {
        emit("vpaddsb", o1, o2, o3);
    }

    public final void vpaddsw(Operand o1, Operand o2, Operand o3) {
        emit("vpaddsw", o1, o2, o3);
    }

    public final void vpaddusb(Operand o1, Operand o2, Operand o3) {
        emit("vpaddusb", o1, o2, o3);
    }

    public final void vpaddusw(Operand o1, Operand o2, Operand o3) {
        emit("vpaddusw", o1, o2, o3);
    }

    public final void vpaddw(Operand o1, Operand o2, Operand o3) {
        emit("vpaddw", o1, o2, o3);
    }

    public final void vpalignr(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vpalignr", o1, o2, o3, Operand.imm(o4));
    }

    public final void vpalignr(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vpalignr", o1, o2, o3, o4);
    }

    public final void vpand(Operand o1, Operand o2, Operand o3) {
        emit("vpand", o1, o2, o3);
    }

    public final void vpandn(Operand o1, Operand o2, Operand o3) {
        emit("vpandn", o1, o2, o3);
    }

    public final void vpavgb(Operand o1, Operand o2, Operand o3) {
        emit("vpavgb", o1, o2, o3);
    }

    public final void vpavgw(Operand o1, Operand o2, Operand o3) {
        emit("vpavgw", o1, o2, o3);
    }

    public final void vpblendd(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vpblendd", o1, o2, o3, Operand.imm(o4));
    }

    public final void vpblendd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vpblendd", o1, o2, o3, o4);
    }

    public final void vpblendvb(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vpblendvb", o1, o2, o3, o4);
    }

    public final void vpblendw(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vpblendw", o1, o2, o3, Operand.imm(o4));
    }

    public final void vpblendw(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vpblendw", o1, o2, o3, o4);
    }

    public final void vpbroadcastb(Operand o1, Operand o2) {
        emit("vpbroadcastb", o1, o2);
    }

    public final void vpbroadcastd(Operand o1, Operand o2) {
        emit("vpbroadcastd", o1, o2);
    }

    public final void vpbroadcastq(Operand o1, Operand o2) {
        emit("vpbroadcastq", o1, o2);
    }

    public final void vpbroadcastw(Operand o1, Operand o2) {
        emit("vpbroadcastw", o1, o2);
    }

    public final void vpclmulqdq(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vpclmulqdq", o1, o2, o3, Operand.imm(o4));
    }

    public final void vpclmulqdq(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vpclmulqdq", o1, o2, o3, o4);
    }

    public final void vpcmpeqb(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpeqb", o1, o2, o3);
    }

    public final void vpcmpeqd(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpeqd", o1, o2, o3);
    }

    public final void vpcmpeqq(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpeqq", o1, o2, o3);
    }

    public final void vpcmpeqw(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpeqw", o1, o2, o3);
    }

    public final void vpcmpestri(Operand o1, Operand o2, long o3) {
        emit("vpcmpestri", o1, o2, Operand.imm(o3));
    }

    public final void vpcmpestri(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpestri", o1, o2, o3);
    }

    public final void vpcmpestriq(Operand o1, Operand o2, long o3) {
        emit("vpcmpestriq", o1, o2, Operand.imm(o3));
    }

    public final void vpcmpestriq(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpestriq", o1, o2, o3);
    }

    public final void vpcmpestrm(Operand o1, Operand o2, long o3) {
        emit("vpcmpestrm", o1, o2, Operand.imm(o3));
    }

    public final void vpcmpestrm(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpestrm", o1, o2, o3);
    }

    public final void vpcmpestrmq(Operand o1, Operand o2, long o3) {
        emit("vpcmpestrmq", o1, o2, Operand.imm(o3));
    }

    public final void vpcmpestrmq(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpestrmq", o1, o2, o3);
    }

    public final void vpcmpgtb(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpgtb", o1, o2, o3);
    }

    public final void vpcmpgtd(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpgtd", o1, o2, o3);
    }

    public final void vpcmpgtq(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpgtq", o1, o2, o3);
    }

    public final void vpcmpgtw(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpgtw", o1, o2, o3);
    }

    public final void vpcmpistri(Operand o1, Operand o2, long o3) {
        emit("vpcmpistri", o1, o2, Operand.imm(o3));
    }

    public final void vpcmpistri(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpistri", o1, o2, o3);
    }

    public final void vpcmpistrm(Operand o1, Operand o2, long o3) {
        emit("vpcmpistrm", o1, o2, Operand.imm(o3));
    }

    public final void vpcmpistrm(Operand o1, Operand o2, Operand o3) {
        emit("vpcmpistrm", o1, o2, o3);
    }

    public final void vpdpbssd(Operand o1, Operand o2, Operand o3) {
        emit("vpdpbssd", o1, o2, o3);
    }

    public final void vpdpbssds(Operand o1, Operand o2, Operand o3) {
        emit("vpdpbssds", o1, o2, o3);
    }

    public final void vpdpbsud(Operand o1, Operand o2, Operand o3) {
        emit("vpdpbsud", o1, o2, o3);
    }

    public final void vpdpbsuds(Operand o1, Operand o2, Operand o3) {
        emit("vpdpbsuds", o1, o2, o3);
    }

    public final void vpdpbusd(Operand o1, Operand o2, Operand o3) {
        emit("vpdpbusd", o1, o2, o3);
    }

    public final void vpdpbusds(Operand o1, Operand o2, Operand o3) {
        emit("vpdpbusds", o1, o2, o3);
    }

    public final void vpdpbuud(Operand o1, Operand o2, Operand o3) {
        emit("vpdpbuud", o1, o2, o3);
    }

    public final void vpdpbuuds(Operand o1, Operand o2, Operand o3) {
        emit("vpdpbuuds", o1, o2, o3);
    }

    public final void vpdpwssd(Operand o1, Operand o2, Operand o3) {
        emit("vpdpwssd", o1, o2, o3);
    }

    public final void vpdpwssds(Operand o1, Operand o2, Operand o3) {
        emit("vpdpwssds", o1, o2, o3);
    }

    public final void vperm2f128(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vperm2f128", o1, o2, o3, Operand.imm(o4));
    }

    public final void vperm2f128(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vperm2f128", o1, o2, o3, o4);
    }

    public final void vperm2i128(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vperm2i128", o1, o2, o3, Operand.imm(o4));
    }

    public final void vperm2i128(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vperm2i128", o1, o2, o3, o4);
    }

    public final void vpermd(Operand o1, Operand o2, Operand o3) {
        emit("vpermd", o1, o2, o3);
    }

    public final void vpermilpd(Operand o1, Operand o2, long o3) {
        emit("vpermilpd", o1, o2, Operand.imm(o3));
    }

    public final void vpermilpd(Operand o1, Operand o2, Operand o3) {
        emit("vpermilpd", o1, o2, o3);
    }

    public final void vpermilps(Operand o1, Operand o2, long o3) {
        emit("vpermilps", o1, o2, Operand.imm(o3));
    }

    public final void vpermilps(Operand o1, Operand o2, Operand o3) {
        emit("vpermilps", o1, o2, o3);
    }

    public final void vpermpd(Operand o1, Operand o2, long o3) {
        emit("vpermpd", o1, o2, Operand.imm(o3));
    }

    public final void vpermpd(Operand o1, Operand o2, Operand o3) {
        emit("vpermpd", o1, o2, o3);
    }

    public final void vpermps(Operand o1, Operand o2, Operand o3) {
        emit("vpermps", o1, o2, o3);
    }

    public final void vpermq(Operand o1, Operand o2, long o3) {
        emit("vpermq", o1, o2, Operand.imm(o3));
    }

    public final void vpermq(Operand o1, Operand o2, Operand o3) {
        emit("vpermq", o1, o2, o3);
    }

    public final void vpextrb(Operand o1, Operand o2, long o3) {
        emit("vpextrb", o1, o2, Operand.imm(o3));
    }

    public final void vpextrb(Operand o1, Operand o2, Operand o3) {
        emit("vpextrb", o1, o2, o3);
    }

    public final void vpextrd(Operand o1, Operand o2, long o3) {
        emit("vpextrd", o1, o2, Operand.imm(o3));
    }

    public final void vpextrd(Operand o1, Operand o2, Operand o3) {
        emit("vpextrd", o1, o2, o3);
    }

    public final void vpextrq(Operand o1, Operand o2, long o3) {
        emit("vpextrq", o1, o2, Operand.imm(o3));
    }

    public final void vpextrq(Operand o1, Operand o2, Operand o3) {
        emit("vpextrq", o1, o2, o3);
    }

    public final void vpextrw(Operand o1, Operand o2, long o3) {
        emit("vpextrw", o1, o2, Operand.imm(o3));
    }

    public final void vpextrw(Operand o1, Operand o2, Operand o3) {
        emit("vpextrw", o1, o2, o3);
    }

    public final void vphaddd(Operand o1, Operand o2, Operand o3) {
        emit("vphaddd", o1, o2, o3);
    }

    public final void vphaddsw(Operand o1, Operand o2, Operand o3) {
        emit("vphaddsw", o1, o2, o3);
    }

    public final void vphaddw(Operand o1, Operand o2, Operand o3) {
        emit("vphaddw", o1, o2, o3);
    }

    public final void vphminposuw(Operand o1, Operand o2) {
        emit("vphminposuw", o1, o2);
    }

    public final void vphsubd(Operand o1, Operand o2, Operand o3) {
        emit("vphsubd", o1, o2, o3);
    }

    public final void vphsubsw(Operand o1, Operand o2, Operand o3) {
        emit("vphsubsw", o1, o2, o3);
    }

    public final void vphsubw(Operand o1, Operand o2, Operand o3) {
        emit("vphsubw", o1, o2, o3);
    }

    public final void vpinsrb(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vpinsrb", o1, o2, o3, Operand.imm(o4));
    }

    public final void vpinsrb(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vpinsrb", o1, o2, o3, o4);
    }

    public final void vpinsrd(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vpinsrd", o1, o2, o3, Operand.imm(o4));
    }

    public final void vpinsrd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vpinsrd", o1, o2, o3, o4);
    }

    public final void vpinsrq(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vpinsrq", o1, o2, o3, Operand.imm(o4));
    }

    public final void vpinsrq(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vpinsrq", o1, o2, o3, o4);
    }

    public final void vpinsrw(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vpinsrw", o1, o2, o3, Operand.imm(o4));
    }

    public final void vpinsrw(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vpinsrw", o1, o2, o3, o4);
    }

    public final void vpmadd52huq(Operand o1, Operand o2, Operand o3) {
        emit("vpmadd52huq", o1, o2, o3);
    }

    public final void vpmadd52luq(Operand o1, Operand o2, Operand o3) {
        emit("vpmadd52luq", o1, o2, o3);
    }

    public final void vpmaddubsw(Operand o1, Operand o2, Operand o3) {
        emit("vpmaddubsw", o1, o2, o3);
    }

    public final void vpmaddwd(Operand o1, Operand o2, Operand o3) {
        emit("vpmaddwd", o1, o2, o3);
    }

    public final void vpmaskmovd(Operand o1, Operand o2, Operand o3) {
        emit("vpmaskmovd", o1, o2, o3);
    }

    public final void vpmaskmovq(Operand o1, Operand o2, Operand o3) {
        emit("vpmaskmovq", o1, o2, o3);
    }

    public final void vpmaxsb(Operand o1, Operand o2, Operand o3) {
        emit("vpmaxsb", o1, o2, o3);
    }

    public final void vpmaxsd(Operand o1, Operand o2, Operand o3) {
        emit("vpmaxsd", o1, o2, o3);
    }

    public final void vpmaxsw(Operand o1, Operand o2, Operand o3) {
        emit("vpmaxsw", o1, o2, o3);
    }

    public final void vpmaxub(Operand o1, Operand o2, Operand o3) {
        emit("vpmaxub", o1, o2, o3);
    }

    public final void vpmaxud(Operand o1, Operand o2, Operand o3) {
        emit("vpmaxud", o1, o2, o3);
    }

    public final void vpmaxuw(Operand o1, Operand o2, Operand o3) {
        emit("vpmaxuw", o1, o2, o3);
    }

    public final void vpminsb(Operand o1, Operand o2, Operand o3) {
        emit("vpminsb", o1, o2, o3);
    }

    public final void vpminsd(Operand o1, Operand o2, Operand o3) {
        emit("vpminsd", o1, o2, o3);
    }

    public final void vpminsw(Operand o1, Operand o2, Operand o3) {
        emit("vpminsw", o1, o2, o3);
    }

    public final void vpminub(Operand o1, Operand o2, Operand o3) {
        emit("vpminub", o1, o2, o3);
    }

    public final void vpminud(Operand o1, Operand o2, Operand o3) {
        emit("vpminud", o1, o2, o3);
    }

    public final void vpminuw(Operand o1, Operand o2, Operand o3) {
        emit("vpminuw", o1, o2, o3);
    }

    public final void vpmovmskb(Operand o1, Operand o2) {
        emit("vpmovmskb", o1, o2);
    }

    public final void vpmovsxbd(Operand o1, Operand o2) {
        emit("vpmovsxbd", o1, o2);
    }

    public final void vpmovsxbq(Operand o1, Operand o2) {
        emit("vpmovsxbq", o1, o2);
    }

    public final void vpmovsxbw(Operand o1, Operand o2) {
        emit("vpmovsxbw", o1, o2);
    }

    public final void vpmovsxdq(Operand o1, Operand o2) {
        emit("vpmovsxdq", o1, o2);
    }

    public final void vpmovsxwd(Operand o1, Operand o2) {
        emit("vpmovsxwd", o1, o2);
    }

    public final void vpmovsxwq(Operand o1, Operand o2) {
        emit("vpmovsxwq", o1, o2);
    }

    public final void vpmovzxbd(Operand o1, Operand o2) {
        emit("vpmovzxbd", o1, o2);
    }

    public final void vpmovzxbq(Operand o1, Operand o2) {
        emit("vpmovzxbq", o1, o2);
    }

    public final void vpmovzxbw(Operand o1, Operand o2) {
        emit("vpmovzxbw", o1, o2);
    }

    public final void vpmovzxdq(Operand o1, Operand o2) {
        emit("vpmovzxdq", o1, o2);
    }

    public final void vpmovzxwd(Operand o1, Operand o2) {
        emit("vpmovzxwd", o1, o2);
    }

    public final void vpmovzxwq(Operand o1, Operand o2) {
        emit("vpmovzxwq", o1, o2);
    }

    public final void vpmuldq(Operand o1, Operand o2, Operand o3) {
        emit("vpmuldq", o1, o2, o3);
    }

    public final void vpmulhrsw(Operand o1, Operand o2, Operand o3) {
        emit("vpmulhrsw", o1, o2, o3);
    }

    public final void vpmulhuw(Operand o1, Operand o2, Operand o3) {
        emit("vpmulhuw", o1, o2, o3);
    }

    public final void vpmulhw(Operand o1, Operand o2, Operand o3) {
        emit("vpmulhw", o1, o2, o3);
    }

    public final void vpmulld(Operand o1, Operand o2, Operand o3) {
        emit("vpmulld", o1, o2, o3);
    }

    public final void vpmullw(Operand o1, Operand o2, Operand o3) {
        emit("vpmullw", o1, o2, o3);
    }

    public final void vpmuludq(Operand o1, Operand o2, Operand o3) {
        emit("vpmuludq", o1, o2, o3);
    }

    public final void vpor(Operand o1, Operand o2, Operand o3) {
        emit("vpor", o1, o2, o3);
    }

    public final void vpsadbw(Operand o1, Operand o2, Operand o3) {
        emit("vpsadbw", o1, o2, o3);
    }

    public final void vpshufb(Operand o1, Operand o2, Operand o3) {
        emit("vpshufb", o1, o2, o3);
    }

    public final void vpshufd(Operand o1, Operand o2, long o3) {
        emit("vpshufd", o1, o2, Operand.imm(o3));
    }

    public final void vpshufd(Operand o1, Operand o2, Operand o3) {
        emit("vpshufd", o1, o2, o3);
    }

    public final void vpshufhw(Operand o1, Operand o2, long o3) {
        emit("vpshufhw", o1, o2, Operand.imm(o3));
    }

    public final void vpshufhw(Operand o1, Operand o2, Operand o3) {
        emit("vpshufhw", o1, o2, o3);
    }

    public final void vpshuflw(Operand o1, Operand o2, long o3) {
        emit("vpshuflw", o1, o2, Operand.imm(o3));
    }

    public final void vpshuflw(Operand o1, Operand o2, Operand o3) {
        emit("vpshuflw", o1, o2, o3);
    }

    public final void vpsignb(Operand o1, Operand o2, Operand o3) {
        emit("vpsignb", o1, o2, o3);
    }

    public final void vpsignd(Operand o1, Operand o2, Operand o3) {
        emit("vpsignd", o1, o2, o3);
    }

    public final void vpsignw(Operand o1, Operand o2, Operand o3) {
        emit("vpsignw", o1, o2, o3);
    }

    public final void vpslld(Operand o1, Operand o2, long o3) {
        emit("vpslld", o1, o2, Operand.imm(o3));
    }

    public final void vpslld(Operand o1, Operand o2, Operand o3) {
        emit("vpslld", o1, o2, o3);
    }

    public final void vpslldq(Operand o1, Operand o2, long o3) {
        emit("vpslldq", o1, o2, Operand.imm(o3));
    }

    public final void vpslldq(Operand o1, Operand o2, Operand o3) {
        emit("vpslldq", o1, o2, o3);
    }

    public final void vpsllq(Operand o1, Operand o2, long o3) {
        emit("vpsllq", o1, o2, Operand.imm(o3));
    }

    public final void vpsllq(Operand o1, Operand o2, Operand o3) {
        emit("vpsllq", o1, o2, o3);
    }

    public final void vpsllvd(Operand o1, Operand o2, Operand o3) {
        emit("vpsllvd", o1, o2, o3);
    }

    public final void vpsllvq(Operand o1, Operand o2, Operand o3) {
        emit("vpsllvq", o1, o2, o3);
    }

    public final void vpsllw(Operand o1, Operand o2, long o3) {
        emit("vpsllw", o1, o2, Operand.imm(o3));
    }

    public final void vpsllw(Operand o1, Operand o2, Operand o3) {
        emit("vpsllw", o1, o2, o3);
    }

    public final void vpsrad(Operand o1, Operand o2, long o3) {
        emit("vpsrad", o1, o2, Operand.imm(o3));
    }

    public final void vpsrad(Operand o1, Operand o2, Operand o3) {
        emit("vpsrad", o1, o2, o3);
    }

    public final void vpsravd(Operand o1, Operand o2, Operand o3) {
        emit("vpsravd", o1, o2, o3);
    }

    public final void vpsraw(Operand o1, Operand o2, long o3) {
        emit("vpsraw", o1, o2, Operand.imm(o3));
    }

    public final void vpsraw(Operand o1, Operand o2, Operand o3) {
        emit("vpsraw", o1, o2, o3);
    }

    public final void vpsrld(Operand o1, Operand o2, long o3) {
        emit("vpsrld", o1, o2, Operand.imm(o3));
    }

    public final void vpsrld(Operand o1, Operand o2, Operand o3) {
        emit("vpsrld", o1, o2, o3);
    }

    public final void vpsrldq(Operand o1, Operand o2, long o3) {
        emit("vpsrldq", o1, o2, Operand.imm(o3));
    }

    public final void vpsrldq(Operand o1, Operand o2, Operand o3) {
        emit("vpsrldq", o1, o2, o3);
    }

    public final void vpsrlq(Operand o1, Operand o2, long o3) {
        emit("vpsrlq", o1, o2, Operand.imm(o3));
    }

    public final void vpsrlq(Operand o1, Operand o2, Operand o3) {
        emit("vpsrlq", o1, o2, o3);
    }

    public final void vpsrlvd(Operand o1, Operand o2, Operand o3) {
        emit("vpsrlvd", o1, o2, o3);
    }

    public final void vpsrlvq(Operand o1, Operand o2, Operand o3) {
        emit("vpsrlvq", o1, o2, o3);
    }

    public final void vpsrlw(Operand o1, Operand o2, long o3) {
        emit("vpsrlw", o1, o2, Operand.imm(o3));
    }

    public final void vpsrlw(Operand o1, Operand o2, Operand o3) {
        emit("vpsrlw", o1, o2, o3);
    }

    public final void vpsubb(Operand o1, Operand o2, Operand o3) {
        emit("vpsubb", o1, o2, o3);
    }

    public final void vpsubd(Operand o1, Operand o2, Operand o3) {
        emit("vpsubd", o1, o2, o3);
    }

    public final void vpsubq(Operand o1, Operand o2, Operand o3) {
        emit("vpsubq", o1, o2, o3);
    }

    public final void vpsubsb(Operand o1, Operand o2, Operand o3) {
        emit("vpsubsb", o1, o2, o3);
    }

    public final void vpsubsw(Operand o1, Operand o2, Operand o3) {
        emit("vpsubsw", o1, o2, o3);
    }

    public final void vpsubusb(Operand o1, Operand o2, Operand o3) {
        emit("vpsubusb", o1, o2, o3);
    }

    public final void vpsubusw(Operand o1, Operand o2, Operand o3) {
        emit("vpsubusw", o1, o2, o3);
    }

    public final void vpsubw(Operand o1, Operand o2, Operand o3) {
        emit("vpsubw", o1, o2, o3);
    }

    public final void vptest(Operand o1, Operand o2) {
        emit("vptest", o1, o2);
    }

    public final void vpunpckhbw(Operand o1, Operand o2, Operand o3) {
        emit("vpunpckhbw", o1, o2, o3);
    }

    public final void vpunpckhdq(Operand o1, Operand o2, Operand o3) {
        emit("vpunpckhdq", o1, o2, o3);
    }

    public final void vpunpckhqdq(Operand o1, Operand o2, Operand o3) {
        emit("vpunpckhqdq", o1, o2, o3);
    }

    public final void vpunpckhwd(Operand o1, Operand o2, Operand o3) {
        emit("vpunpckhwd", o1, o2, o3);
    }

    public final void vpunpcklbw(Operand o1, Operand o2, Operand o3) {
        emit("vpunpcklbw", o1, o2, o3);
    }

    public final void vpunpckldq(Operand o1, Operand o2, Operand o3) {
        emit("vpunpckldq", o1, o2, o3);
    }

    public final void vpunpcklqdq(Operand o1, Operand o2, Operand o3) {
        emit("vpunpcklqdq", o1, o2, o3);
    }

    public final void vpunpcklwd(Operand o1, Operand o2, Operand o3) {
        emit("vpunpcklwd", o1, o2, o3);
    }

    public final void vpxor(Operand o1, Operand o2, Operand o3) {
        emit("vpxor", o1, o2, o3);
    }

    public final void vrcpps(Operand o1, Operand o2) {
        emit("vrcpps", o1, o2);
    }

    public final void vrcpss(Operand o1, Operand o2, Operand o3) {
        emit("vrcpss", o1, o2, o3);
    }

    public final void vroundpd(Operand o1, Operand o2, long o3) {
        emit("vroundpd", o1, o2, Operand.imm(o3));
    }

    public final void vroundpd(Operand o1, Operand o2, Operand o3) {
        emit("vroundpd", o1, o2, o3);
    }

    public final void vroundps(Operand o1, Operand o2, long o3) {
        emit("vroundps", o1, o2, Operand.imm(o3));
    }

    public final void vroundps(Operand o1, Operand o2, Operand o3) {
        emit("vroundps", o1, o2, o3);
    }

    public final void vroundsd(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vroundsd", o1, o2, o3, Operand.imm(o4));
    }

    public final void vroundsd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vroundsd", o1, o2, o3, o4);
    }

    public final void vroundss(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vroundss", o1, o2, o3, Operand.imm(o4));
    }

    public final void vroundss(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vroundss", o1, o2, o3, o4);
    }

    public final void vrsqrtps(Operand o1, Operand o2) {
        emit("vrsqrtps", o1, o2);
    }

    public final void vrsqrtss(Operand o1, Operand o2, Operand o3) {
        emit("vrsqrtss", o1, o2, o3);
    }

    public final void vshufpd(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vshufpd", o1, o2, o3, Operand.imm(o4));
    }

    public final void vshufpd(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vshufpd", o1, o2, o3, o4);
    }

    public final void vshufps(Operand o1, Operand o2, Operand o3, long o4) {
        emit("vshufps", o1, o2, o3, Operand.imm(o4));
    }

    public final void vshufps(Operand o1, Operand o2, Operand o3, Operand o4) {
        emit("vshufps", o1, o2, o3, o4);
    }

    public final void vsqrtpd(Operand o1, Operand o2) {
        emit("vsqrtpd", o1, o2);
    }

    public final void vsqrtps(Operand o1, Operand o2) {
        emit("vsqrtps", o1, o2);
    }

    public final void vsqrtsd(Operand o1, Operand o2, Operand o3) {
        emit("vsqrtsd", o1, o2, o3);
    }

    public final void vsqrtss(Operand o1, Operand o2, Operand o3) {
        emit("vsqrtss", o1, o2, o3);
    }

    public final void vstmxcsr(Operand o1) {
        emit("vstmxcsr", o1);
    }

    public final void vsubpd(Operand o1, Operand o2, Operand o3) {
        emit("vsubpd", o1, o2, o3);
    }

    public final void vsubps(Operand o1, Operand o2, Operand o3) {
        emit("vsubps", o1, o2, o3);
    }

    public final void vsubsd(Operand o1, Operand o2, Operand o3) {
        emit("vsubsd", o1, o2, o3);
    }

    public final void vsubss(Operand o1, Operand o2, Operand o3) {
        emit("vsubss", o1, o2, o3);
    }

    public final void vtestpd(Operand o1, Operand o2) {
        emit("vtestpd", o1, o2);
    }

    public final void vtestps(Operand o1, Operand o2) {
        emit("vtestps", o1, o2);
    }

    public final void vucomisd(Operand o1, Operand o2) {
        emit("vucomisd", o1, o2);
    }

    public final void vucomiss(Operand o1, Operand o2) {
        emit("vucomiss", o1, o2);
    }

    public final void vunpckhpd(Operand o1, Operand o2, Operand o3) {
        emit("vunpckhpd", o1, o2, o3);
    }

    public final void vunpckhps(Operand o1, Operand o2, Operand o3) {
        emit("vunpckhps", o1, o2, o3);
    }

    public final void vunpcklpd(Operand o1, Operand o2, Operand o3) {
        emit("vunpcklpd", o1, o2, o3);
    }

    public final void vunpcklps(Operand o1, Operand o2, Operand o3) {
        emit("vunpcklps", o1, o2, o3);
    }

    public final void vxorpd(Operand o1, Operand o2, Operand o3) {
        emit("vxorpd", o1, o2, o3);
    }

    public final void vxorps(Operand o1, Operand o2, Operand o3) {
        emit("vxorps", o1, o2, o3);
    }

    public final void vzeroall() {
        emit("vzeroall");
    }

    public final void vzeroupper() {
        emit("vzeroupper");
    }

    public final void wbinvd() {
        emit("wbinvd");
    }

    public final void wbnoinvd() {
        emit("wbnoinvd");
    }

    public final void wrfsbase(Operand o1) {
        emit("wrfsbase", o1);
    }

    public final void wrgsbase(Operand o1) {
        emit("wrgsbase", o1);
    }

    public final void wrmsr() {
        emit("wrmsr");
    }

    public final void wrmsrlist() {
        emit("wrmsrlist");
    }

    public final void wrmsrns() {
        emit("wrmsrns");
    }

    public final void wrpkru() {
        emit("wrpkru");
    }

    public final void wrssd(Operand o1, Operand o2) {
        emit("wrssd", o1, o2);
    }

    public final void wrssq(Operand o1, Operand o2) {
        emit("wrssq", o1, o2);
    }

    public final void wrussd(Operand o1, Operand o2) {
        emit("wrussd", o1, o2);
    }

    public final void wrussq(Operand o1, Operand o2) {
        emit("wrussq", o1, o2);
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

    public final void xend() {
        emit("xend");
    }

    public final void xgetbv() {
        emit("xgetbv");
    }

    public final void xlat() {
        emit("xlat");
    }

    public final void xlat(Operand o1) {
        emit("xlat", o1);
    }

    public final void xor(Operand o1, long o2) {
        emit("xor", o1, Operand.imm(o2));
    }

    public final void xor(Operand o1, Operand o2) {
        emit("xor", o1, o2);
    }

    public final void xorpd(Operand o1, Operand o2) {
        emit("xorpd", o1, o2);
    }

    public final void xorps(Operand o1, Operand o2) {
        emit("xorps", o1, o2);
    }

    public final void xresldtrk() {
        emit("xresldtrk");
    }

    public final void xrstor(Operand o1) {
        emit("xrstor", o1);
    }

    public final void xrstor64(Operand o1) {
        emit("xrstor64", o1);
    }

    public final void xrstors(Operand o1) {
        emit("xrstors", o1);
    }

    public final void xrstors64(Operand o1) {
        emit("xrstors64", o1);
    }

    public final void xsave(Operand o1) {
        emit("xsave", o1);
    }

    public final void xsave64(Operand o1) {
        emit("xsave64", o1);
    }

    public final void xsavec(Operand o1) {
        emit("xsavec", o1);
    }

    public final void xsavec64(Operand o1) {
        emit("xsavec64", o1);
    }

    public final void xsaveopt(Operand o1) {
        emit("xsaveopt", o1);
    }

    public final void xsaveopt64(Operand o1) {
        emit("xsaveopt64", o1);
    }

    public final void xsaves(Operand o1) {
        emit("xsaves", o1);
    }

    public final void xsaves64(Operand o1) {
        emit("xsaves64", o1);
    }

    public final void xsetbv() {
        emit("xsetbv");
    }

    public final void xsusldtrk() {
        emit("xsusldtrk");
    }

    public final void xtest() {
        emit("xtest");
    }
}
