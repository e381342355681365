package org.servicemind.analysis.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** How the {@code analyze} command streams: output while input is still coming, prompt stop, bounded chunks. */
class AnalyzeCommandStreamingTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private static void waitFor(ByteArrayOutputStream stream, int lines) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (stream.toString(StandardCharsets.UTF_8).lines().count() < lines && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}

	@Test
	void writesEachLineAsSoonAsItArrivesWhenInputIsSlow() throws Exception {
		PipedOutputStream typing = new PipedOutputStream();
		PipedInputStream in = new PipedInputStream(typing, 1 << 16);
		CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> AnalyzeCommand.run(
				new String[] { "analyze", "--lexical-only" }, in, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)));
		typing.write("{\"id\":\"first\",\"text\":\"hello\"}\n".getBytes(StandardCharsets.UTF_8));
		typing.flush();
		waitFor(out, 1);
		assertThat(out.toString(StandardCharsets.UTF_8)).as("output while the input is still open").contains("first");
		typing.write("{\"id\":\"second\",\"text\":\"hello again\"}\n".getBytes(StandardCharsets.UTF_8));
		typing.flush();
		waitFor(out, 2);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("second");
		typing.close();
		assertThat(code.get(30, TimeUnit.SECONDS)).isZero();
	}

	@Test
	void stopsSoonAfterTheOutputIsClosed() {
		AtomicLong read = new AtomicLong();
		byte[] line = "{\"id\":\"x\",\"text\":\"Where is my parcel? I have waited a week.\"}\n"
				.getBytes(StandardCharsets.UTF_8);
		InputStream endless = new InputStream() {

			@Override
			public int read() {
				return line[(int) (read.getAndIncrement() % line.length)];
			}

			@Override
			public int read(byte[] b, int off, int len) {
				for (int i = 0; i < len; i++) {
					b[off + i] = (byte) read();
				}
				return len;
			}

			@Override
			public int available() {
				return Integer.MAX_VALUE;
			}
		};
		OutputStream closedPipe = new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				throw new IOException("Broken pipe");
			}
		};
		int code = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> AnalyzeCommand.run(new String[] { "--lexical-only" }, endless, new PrintStream(closedPipe, true),
						new PrintStream(err, true, StandardCharsets.UTF_8)));
		assertThat(code).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write output -: standard output closed");
		assertThat(read.get()).isLessThan(5_000L * line.length);
	}

	@Test
	void writesAChunkOfLongLinesBeforeReadingOn() {
		String text = "x".repeat(3_000_000);
		StringBuilder input = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			input.append("{\"id\":").append(i).append(",\"text\":\"").append(text).append("\"}\n");
		}
		byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
		CountingInput in = new CountingInput(bytes);
		long[] readAtFirstOutput = { -1 };
		OutputStream watched = new OutputStream() {

			@Override
			public void write(int b) {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				if (readAtFirstOutput[0] < 0) {
					readAtFirstOutput[0] = in.position();
				}
				out.write(b, off, len);
			}
		};
		assertThat(AnalyzeCommand.run(new String[] { "--lexical-only" }, in, new PrintStream(watched, true),
				new PrintStream(err, true, StandardCharsets.UTF_8))).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(6);
		// lines of 3 million chars: a chunk is written once it holds 8 Mi chars, long before the end of the input
		assertThat(readAtFirstOutput[0]).isPositive().isLessThan(bytes.length * 3L / 4);
	}

	/** A byte array input that tells how far it has been read. */
	private static final class CountingInput extends ByteArrayInputStream {

		CountingInput(byte[] bytes) {
			super(bytes);
		}

		synchronized long position() {
			return pos;
		}
	}
}
