package org.servicemind.analysis.batch;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs {@code analyze} in a child JVM with a heap limit sized for the engine when the user set none.
 *
 * <p>The engine keeps about 30 MB of live heap, but a JVM started without {@code -Xmx} takes a quarter of the machine's
 * memory as its limit and sizes its young generation from it: on a 24 GB machine {@code analyze} of 10,000 short lines
 * then peaks at about 550 MB resident, against about 240 MB with {@code -Xmx96m -XX:+UseSerialGC}
 * (docs/benchmarks/analysis.md, "Round 10: memory"). A running JVM cannot lower its own limit, so
 * {@code java -jar servicemind.jar analyze ...} starts {@code java} again with {@link #CHILD_OPTIONS} on the same jar,
 * hands it standard input, output and error, and exits with its exit code. The small parent only waits.
 *
 * <p>No child is started, and {@code analyze} runs in this JVM, when any of these holds: the JVM was given a heap or
 * memory option ({@code -Xmx}, {@code -Xms}, {@code -XX:MaxHeapSize}, {@code -XX:MaxRAM...},
 * {@code -XX:InitialRAMPercentage}...) or an agent ({@code -javaagent}, {@code -agentlib}, {@code -agentpath}, which
 * includes a debugger); the class path is not a single jar file (an IDE, the tests); the environment variable
 * {@value #IN_PROCESS_ENV} is set; this JVM is itself the child (system property {@value #CHILD_PROPERTY}); or the
 * child cannot be started.
 */
public final class SizedJvm {

	/** JVM options of the child: a 96 MB heap (about 3× the engine's live heap) and the serial collector. */
	public static final List<String> CHILD_OPTIONS = List.of("-Xmx96m", "-XX:+UseSerialGC");

	/** Environment variable that keeps {@code analyze} in the JVM it was started in. */
	public static final String IN_PROCESS_ENV = "SERVICEMIND_ANALYZE_IN_PROCESS";

	/** System property set on the child, so that it never starts another. */
	public static final String CHILD_PROPERTY = "servicemind.analyze.child";

	private static final List<String> IN_PROCESS_OPTIONS = List.of("-xmx", "-xms", "-xmn", "-xx:maxheapsize",
			"-xx:initialheapsize", "-xx:maxram", "-xx:initialram", "-xx:minram", "-xx:maxnewsize", "-xx:newsize",
			"-javaagent", "-agentlib", "-agentpath", "-xrunjdwp");

	private SizedJvm() {
	}

	/**
	 * What decides whether and how a child is started.
	 *
	 * @param jvmArguments this JVM's input arguments (without the main class or jar and the program arguments)
	 * @param javaCommand path of the {@code java} executable running this JVM
	 * @param classPath this JVM's class path ({@code java.class.path}); {@code java -jar X} makes it {@code X}
	 * @param classPathIsFile whether that class path names an existing regular file
	 * @param inProcessRequested whether {@value #IN_PROCESS_ENV} is set
	 * @param isChild whether {@value #CHILD_PROPERTY} is set on this JVM
	 * @param pid this process's id, handed to the child so that it stops when this process is gone
	 */
	record Launch(List<String> jvmArguments, String javaCommand, String classPath, boolean classPathIsFile,
			boolean inProcessRequested, boolean isChild, long pid) {

		static Launch current() {
			String classPath = System.getProperty("java.class.path", "");
			String java = ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			return new Launch(ManagementFactory.getRuntimeMXBean().getInputArguments(), java, classPath,
					!classPath.isEmpty() && Files.isRegularFile(Path.of(classPath)),
					System.getenv(IN_PROCESS_ENV) != null, System.getProperty(CHILD_PROPERTY) != null,
					ProcessHandle.current().pid());
		}
	}

	/**
	 * The child's command line, or empty when {@code analyze} should run in this JVM (see the class comment).
	 *
	 * @param launch this JVM's situation
	 * @param args the program arguments, starting with {@code analyze}
	 * @return {@code java}, {@link #CHILD_OPTIONS}, this JVM's own arguments, {@code -D}{@value #CHILD_PROPERTY}
	 *     {@code =}this process's id,
	 *     {@code -jar}, the jar, then {@code args} unchanged
	 */
	static Optional<List<String>> childCommand(Launch launch, String[] args) {
		if (launch.inProcessRequested() || launch.isChild() || !launch.classPathIsFile()
				|| launch.classPath().contains(File.pathSeparator)
				|| !launch.classPath().toLowerCase(Locale.ROOT).endsWith(".jar")) {
			return Optional.empty();
		}
		for (String argument : launch.jvmArguments()) {
			String lower = argument.toLowerCase(Locale.ROOT);
			if (IN_PROCESS_OPTIONS.stream().anyMatch(lower::startsWith)) {
				return Optional.empty();
			}
		}
		List<String> command = new ArrayList<>();
		command.add(launch.javaCommand());
		command.addAll(CHILD_OPTIONS);
		command.addAll(launch.jvmArguments());
		command.add("-D" + CHILD_PROPERTY + "=" + launch.pid());
		command.add("-jar");
		command.add(launch.classPath());
		command.addAll(List.of(args));
		return Optional.of(command);
	}

	/**
	 * Runs {@code analyze} in a sized child JVM when {@link #childCommand} gives one.
	 *
	 * @param args the program arguments, starting with {@code analyze}
	 * @return the child's exit code, or empty when {@code analyze} should run in this JVM (also when the child could
	 *     not be started)
	 */
	public static OptionalInt runInChild(String[] args) {
		Optional<List<String>> command = childCommand(Launch.current(), args);
		return command.isPresent() ? run(command.get()) : OptionalInt.empty();
	}

	/**
	 * In the child: ends this JVM (exit code 1) as soon as the parent whose id {@value #CHILD_PROPERTY} holds is gone,
	 * also when it was killed with SIGKILL and could not stop the child itself. Does nothing in any other JVM.
	 */
	public static void stopWithParent() {
		String parent = System.getProperty(CHILD_PROPERTY);
		if (parent == null || !parent.matches("\\d{1,19}")) {
			return;
		}
		ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
				handle -> handle.onExit().thenRun(() -> Runtime.getRuntime().halt(1)),
				() -> Runtime.getRuntime().halt(1));
	}

	/**
	 * Starts {@code command} with this process's standard input, output and error, waits for it and returns its exit
	 * code; if this JVM is stopped first (Ctrl-C, SIGTERM), the child is stopped too.
	 *
	 * @return the exit code, or empty when the command could not be started
	 */
	static OptionalInt run(List<String> command) {
		Process child;
		try {
			child = new ProcessBuilder(command).inheritIO().start();
		}
		catch (IOException | RuntimeException ex) {
			return OptionalInt.empty();
		}
		Thread stopChild = new Thread(child::destroy, "analyze-child-stopper");
		Runtime.getRuntime().addShutdownHook(stopChild);
		try {
			return OptionalInt.of(child.waitFor());
		}
		catch (InterruptedException ex) {
			child.destroy();
			Thread.currentThread().interrupt();
			return OptionalInt.of(130);
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(stopChild);
			}
			catch (IllegalStateException ex) {
				// the JVM is already shutting down and the hook stops the child
			}
		}
	}
}
