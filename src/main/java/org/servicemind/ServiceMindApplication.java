package org.servicemind;

import java.util.OptionalInt;
import org.servicemind.analysis.batch.AnalyzeCommand;
import org.servicemind.analysis.batch.SizedJvm;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * ServiceMind: a helpdesk that coaches its agents and looks after them.
 *
 * <p>{@code java -jar servicemind.jar} starts the web application; {@code java -jar servicemind.jar analyze ...}
 * runs the offline batch analysis without starting the web server or touching a database (in a child JVM with a heap
 * limit sized for the engine when none was given, see {@link SizedJvm}); {@code --help} (or
 * {@code -h}, {@code help}) as the first argument prints both usages and starts nothing.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ServiceMindApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "analyze".equals(args[0])) {
			SizedJvm.stopWithParent();
			OptionalInt sized = SizedJvm.runInChild(args);
			System.exit(sized.isPresent() ? sized.getAsInt() : AnalyzeCommand.run(args, System.in, System.out, System.err));
		}
		if (AnalyzeCommand.isHelp(args)) {
			AnalyzeCommand.printApplicationHelp(System.out);
			return;
		}
		SpringApplication.run(ServiceMindApplication.class, args);
	}
}
