package com.houqin.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The bot started as its own JVM, the way an operator runs it, so a test can kill it with -9. */
public final class BotProcess implements AutoCloseable {

    private final Process process;
    private final Path output;

    private BotProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    public static BotProcess start(Map<String, String> env, String... args) throws IOException {
        return start(env, List.of("-Xmx256m"), args);
    }

    /** With these JVM options instead of the usual {@code -Xmx256m} (none: the JVM's defaults). */
    public static BotProcess start(Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("com.houqin.HouqinApplication");
        command.addAll(List.of(args));
        Path output = Files.createTempFile("houqin-process", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("HOUQIN_")
                || k.startsWith("MONGODB_"));
        builder.environment().putAll(env);
        return new BotProcess(builder.start(), output);
    }

    public long pid() {
        return process.pid();
    }

    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits for the process to end by itself; returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hooks, no last commit. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill9();
            }
        }
    }
}
