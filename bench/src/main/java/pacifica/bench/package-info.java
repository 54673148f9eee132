/**
 * JMH benchmarks for Pacifica. Build with {@code ./mvnw -pl bench -am package -DskipTests} and run
 * {@code java -jar bench/target/benchmarks.jar}.
 */
package pacifica.bench;
