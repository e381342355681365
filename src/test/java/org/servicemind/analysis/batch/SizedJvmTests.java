package org.servicemind.analysis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.batch.SizedJvm.Launch;

class SizedJvmTests {

	private static final String[] ARGS = { "analyze", "in.jsonl", "--out", "out.jsonl" };

	private static Launch launch(List<String> jvmArguments) {
		return new Launch(jvmArguments, "/opt/jdk/bin/java", "target/servicemind.jar", true, false, false);
	}

	@Test
	void aJarStartedWithoutHeapLimitIsRunAgainWithTheEngineSizedHeapAndTheSameArguments() {
		assertThat(SizedJvm.childCommand(launch(List.of("-Dfile.encoding=UTF-8")), ARGS)).hasValue(List.of(
				"/opt/jdk/bin/java", "-Xmx96m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
				"-Dservicemind.analyze.child=true", "-jar", "target/servicemind.jar", "analyze", "in.jsonl", "--out",
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
		assertThat(SizedJvm.childCommand(new Launch(List.of(), "java", "app.jar", true, false, true), ARGS))
			.as("child").isEmpty();
		assertThat(SizedJvm.childCommand(new Launch(List.of(), "java", "app.jar", true, true, false), ARGS))
			.as("opt-out").isEmpty();
		assertThat(SizedJvm.childCommand(new Launch(List.of(), "java", "target/classes", false, false, false), ARGS))
			.as("classes folder").isEmpty();
		assertThat(SizedJvm.childCommand(new Launch(List.of(), "java", "a.jar:b.jar", false, false, false), ARGS))
			.as("several jars").isEmpty();
		assertThat(SizedJvm.childCommand(new Launch(List.of(), "java", "gone.jar", false, false, false), ARGS))
			.as("missing jar").isEmpty();
	}

	@Test
	void theTestJvmItselfIsNeverRelaunched() {
		assertThat(SizedJvm.childCommand(Launch.current(), ARGS)).isEmpty();
	}

	@Test
	void theChildsExitCodeIsReturnedAndAnUnstartableCommandFallsBack() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		assertThat(SizedJvm.run(List.of(java, "-Xshare:auto", "-version"))).hasValue(0);
		assertThat(SizedJvm.run(List.of(java, "-XX:+NoSuchOptionForServiceMind", "-version"))).hasValue(1);
		assertThat(SizedJvm.run(List.of("/nonexistent/servicemind/java", "-version"))).isEmpty();
	}
}
