package org.servicemind.analysis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.batch.SizedJvm.Launch;

class SizedJvmTests {

	private static final String[] ARGS = { "analyze", "in.jsonl", "--out", "out.jsonl" };

	private static Launch launch(List<String> jvmArguments) {
		return new Launch(jvmArguments, "/opt/jdk/bin/java", "target/servicemind.jar", true, false, false, 4242);
	}

	@Test
	void aJarStartedWithoutHeapLimitIsRunAgainWithTheEngineSizedHeapAndTheSameArguments() {
		assertThat(SizedJvm.childCommand(launch(List.of("-Dfile.encoding=UTF-8")), ARGS)).hasValue(List.of(
				"/opt/jdk/bin/java", "-Xmx96m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
				"-Dservicemind.analyze.child=4242", "-jar", "target/servicemind.jar", "analyze", "in.jsonl", "--out",
				"out.jsonl"));
	}

	@Test
	void aHeapOrMemoryOptionGivenByTheUserIsRespected() {
		for (String option : List.of("-Xmx2g", "-Xms64m", "-XX:MaxHeapSize=1g", "-XX:MaxRAMPercentage=10",
				"-XX:InitialRAMPercentage=5", "-xmx1g")) {
			assertThat(SizedJvm.childCommand(launch(List.of(option)), ARGS)).as(option).isEmpty();
		}
	}

	@Test
	void agentsAndDebuggersKeepTheRunInTheirJvm() {
		for (String option : List.of("-javaagent:/tmp/a.jar",
				"-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-agentpath:/tmp/libp.so")) {
			assertThat(SizedJvm.childCommand(launch(List.of(option)), ARGS)).as(option).isEmpty();
		}
	}

	@Test
	void theChildTheOptOutAndNonJarClassPathsRunInProcess() {
		assertThat(SizedJvm.childCommand(new Launch(List.of(), "java", "app.jar", true, false, true, 1), ARGS))
			.as("child").isEmpty();
		assertThat(SizedJvm.childCommand(new Launch(List.of(), "java", "app.jar", true, true, false, 1), ARGS))
			.as("opt-out").isEmpty();
		assertThat(SizedJvm.childCommand(new Launch(List.of(), "java", "target/classes", false, false, false, 1), ARGS))
			.as("classes folder").isEmpty();
		assertThat(SizedJvm.childCommand(new Launch(List.of(), "java", "a.jar:b.jar", false, false, false, 1), ARGS))
			.as("several jars").isEmpty();
		assertThat(SizedJvm.childCommand(new Launch(List.of(), "java", "gone.jar", false, false, false, 1), ARGS))
			.as("missing jar").isEmpty();
	}

	@Test
	void theTestJvmItselfIsNeverRelaunched() {
		assertThat(SizedJvm.childCommand(Launch.current(), ARGS)).isEmpty();
	}

	@Test
	void theChildStopsWhenItsParentIsKilled() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process parent = new ProcessBuilder("sleep", "120").start();
		Process child = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
				"-D" + SizedJvm.CHILD_PROPERTY + "=" + parent.pid(), ParentWatchProbe.class.getName())
			.redirectErrorStream(true).start();
		try {
			assertThat(new String(child.getInputStream().readNBytes(8))).isEqualTo("watching");
			assertThat(child.isAlive()).isTrue();
			parent.destroyForcibly().waitFor();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended after its parent was killed").isTrue();
			assertThat(child.exitValue()).isEqualTo(1);
		}
		finally {
			child.destroyForcibly();
			parent.destroyForcibly();
		}
	}

	@Test
	void theChildsExitCodeIsReturnedAndAnUnstartableCommandFallsBack() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		assertThat(SizedJvm.run(List.of(java, "-Xshare:auto", "-version"))).hasValue(0);
		assertThat(SizedJvm.run(List.of(java, "-XX:+NoSuchOptionForServiceMind", "-version"))).hasValue(1);
		assertThat(SizedJvm.run(List.of("/nonexistent/servicemind/java", "-version"))).isEmpty();
	}
}
