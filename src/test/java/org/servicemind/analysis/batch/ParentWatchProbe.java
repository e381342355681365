package org.servicemind.analysis.batch;

/** A stand-in child for {@link SizedJvmTests}: watches its parent like the analyze child, then waits a minute. */
final class ParentWatchProbe {

	private ParentWatchProbe() {
	}

	public static void main(String[] args) throws InterruptedException {
		SizedJvm.stopWithParent();
		System.out.println("watching");
		Thread.sleep(60_000);
	}
}
