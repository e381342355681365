package org.servicemind.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.servicemind.PostgresTestConfiguration;
import org.servicemind.agents.AgentManagement;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.agents.NewAgent;
import org.servicemind.agents.PresenceStatus;
import org.servicemind.ticketing.MacroManagement;
import org.servicemind.ticketing.MacroView;
import org.servicemind.ticketing.OpenTicket;
import org.servicemind.ticketing.Priority;
import org.servicemind.ticketing.TicketChanges;
import org.servicemind.ticketing.TicketManagement;
import org.servicemind.ticketing.TicketSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Clicks through the main agent flow in a real Chromium: sign in, inbox, open a ticket, reply, see it in the thread,
 * see a colleague's collision hint, and make sure a script in a customer message is shown, never run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PostgresTestConfiguration.class)
@ActiveProfiles("test")
class BrowserFlowIntegrationTests {

	static final Path SCREENSHOTS = Paths.get("docs", "screenshots");

	static final Path DEBIAN_CHROMIUM = Paths.get("/usr/bin/chromium");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	AgentManagement agents;

	@Autowired
	TicketManagement tickets;

	@Autowired
	MacroManagement macros;

	@BeforeAll
	static void launchBrowser() {
		boolean debian = Files.isExecutable(DEBIAN_CHROMIUM);
		playwright = debian
				? Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
				: Playwright.create();
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking"));
		if (debian) {
			options.setExecutablePath(DEBIAN_CHROMIUM);
		}
		browser = playwright.chromium().launch(options);
		// a busy build machine can take longer than the default 5 s for one htmx round trip
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void agentRepliesToATicketAndSeesAColleagueWriting(TestInfo info) throws Exception {
		String suffix = Long.toString(System.nanoTime(), 36);
		AgentView agent = agent("maya" + suffix, "Maya Okafor", List.of("Support " + suffix));
		AgentView colleague = agent("jon" + suffix, "Jon Bergstrom", List.of("Support " + suffix));
		TicketSummary xss = tickets.open(OpenTicket.plain("Export button does nothing", "lena." + suffix + "@example.com",
				"Lena Fischer", "Hi, when I click Export nothing happens.\n<script>window.__xss=1</script>\nCan you help?",
				Priority.HIGH, List.of("export"), "email"));
		seedInbox(agent, colleague, suffix);
		awaitAnalysis(xss.number());
		tickets.update(xss.number(), new TicketChanges(null, null, agent.id(), false, null, null), agent.id());
		signal(xss.number(), 0.62);
		MacroView macro = macros.create("Thanks, looking into it " + suffix,
				"Hi {{customer.firstName}},\n\nthanks for the report — I'm on it and will update you today.\n\n{{agent.name}}",
				null, null);

		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
			.setTimezoneId("Asia/Tokyo")
			.setLocale("en-GB"));
		Page page = context.newPage();
		List<String> blockedByPolicy = new java.util.concurrent.CopyOnWriteArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				blockedByPolicy.add(message.text());
			}
		});
		try {
			signIn(page, agent.username());
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/inbox.*"));
			assertThat(context.cookies()).filteredOn(cookie -> cookie.name.equals("JSESSIONID"))
				.singleElement()
				.satisfies(cookie -> {
					org.assertj.core.api.Assertions.assertThat(cookie.sameSite)
						.isEqualTo(com.microsoft.playwright.options.SameSiteAttribute.LAX);
					org.assertj.core.api.Assertions.assertThat(cookie.httpOnly).isTrue();
				});
			Locator row = page.locator("#row-" + xss.number());
			assertThat(row).containsText("Export button does nothing");
			assertThat(row).containsText("High");
			assertThat(row).containsText("angry");
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("inbox.png")));

			page.keyboard().press("/");
			page.keyboard().type("cracked screen");
			assertThat(page.locator("#ticket-list .ticket-row")).hasCount(1);
			assertThat(page.locator("#ticket-list")).containsText("Shipment arrived with a cracked screen");
			page.getByLabel("Search tickets").press("Control+a");
			page.getByLabel("Search tickets").press("Backspace");
			page.getByLabel("Search tickets").press("Escape");
			assertThat(row).isVisible();
			for (int presses = 0; presses < 10 && !Boolean.TRUE
				.equals(row.evaluate("r => r.classList.contains('is-selected')")); presses++) {
				page.keyboard().press("j");
			}
			assertThat(row).hasClass(java.util.regex.Pattern.compile(".*is-selected.*"));
			page.keyboard().press("Enter");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Export button does nothing")))
				.isVisible();
			Locator customerMessage = page.locator(".message-customer .message-text").first();
			assertThat(customerMessage).containsText("<script>window.__xss=1</script>");
			assertThat(page.evaluate("() => typeof window.__xss").toString()).isEqualTo("undefined");
			assertThat(page.locator(".message-time").first())
				.hasAttribute("title", java.util.regex.Pattern.compile("GMT\\+9"));

			page.getByLabel("Macro", new Page.GetByLabelOptions().setExact(true)).selectOption(macro.id().toString());
			assertThat(page.locator("#composer-body")).hasValue(java.util.regex.Pattern.compile("Hi Lena,[\\s\\S]*Maya Okafor"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reply")).click();
			assertThat(page.locator(".flash-ok")).containsText("Reply sent");
			Locator reply = page.locator(".message-reply").last();
			assertThat(reply).containsText("thanks for the report");
			assertThat(reply).containsText("Sent from a macro, unchanged.");

			BrowserContext colleagueContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
			Page colleaguePage = colleagueContext.newPage();
			signIn(colleaguePage, colleague.username());
			colleaguePage.navigate(base() + "/tickets/" + xss.number());
			colleaguePage.keyboard().press("n");
			colleaguePage.locator("#composer-body").pressSequentially("Checked the logs, export job failed");
			assertThat(page.locator("#presence")).containsText("Jon Bergstrom is writing an internal note",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(12_000));
			assertThat(page.evaluate("() => typeof window.__xss").toString()).isEqualTo("undefined");
			page.evaluate("() => document.querySelector('.pane-reading').scrollTo(0, 0)");
			assertThat(page.evaluate("() => window.scrollY").toString()).as("the panes scroll, not the page").isEqualTo("0");
			assertThat(page.locator(".message-customer .sentiment").first()).containsText("negative");
			page.evaluate("() => document.querySelectorAll('.flash').forEach(f => f.remove())"); // keep the title in view
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ticket.png")));
			colleagueContext.close();

			assertThat(page.locator("[data-presence-badge]")).hasText("Online");
			page.getByLabel("Account menu").click();
			page.getByLabel("Your status").selectOption("on_break");
			assertThat(page.locator("[data-presence-hint]")).hasText("Saved: you are on a break.");
			assertThat(page.locator("[data-presence-badge]")).hasText("On a break");
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "presence-menu.png")));
			org.assertj.core.api.Assertions.assertThat(agents.get(agent.id()).presence()).isEqualTo(PresenceStatus.ON_BREAK);
			page.getByLabel("Account menu").click();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Customers").setExact(true)).click();
			page.getByLabel("Search customers").pressSequentially("lena." + suffix);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lena Fischer")).click();
			assertThat(page.locator(".history-list")).containsText("#" + xss.number());
			page.getByLabel("Notes about this customer").fill("Prefers short answers, works nights.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save notes")).click();
			assertThat(page.locator(".flash-ok")).containsText("Notes about Lena Fischer saved.");
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "customer.png")));

			page.navigate(base() + "/tickets/999999999");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("We could not find that page")))
				.isVisible();
			assertThat(page.locator(".mainnav")).containsText("Customers");
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "not-found.png")));
			page.navigate(base() + "/inbox");
			page.keyboard().press("?");
			assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Keyboard shortcuts");
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "shortcuts.png")));
			page.keyboard().press("Escape");
			assertThat(page.getByRole(AriaRole.DIALOG)).isHidden();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Irate customers")).click();
			assertThat(page.locator("#row-" + xss.number())).isVisible();
			assertThat(page.locator("#ticket-list")).not().containsText("Shipment arrived with a cracked screen");
			reviewOnSmallerScreens(xss.number(), agent.username());
			assertThat(blockedByPolicy).as("nothing the pages use is blocked by the Content-Security-Policy").isEmpty();
		}
		catch (Throwable failure) {
			blockedByPolicy.forEach(blocked -> failure.addSuppressed(new AssertionError("blocked: " + blocked)));
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(SCREENSHOTS.resolve(info.getTestMethod().orElseThrow().getName() + "-failure.png")));
			throw failure;
		}
		finally {
			context.close();
		}
	}

	/** One pane at a time on a phone, two on a laptop; kept under target/ for review, not for the README. */
	private void reviewOnSmallerScreens(long number, String username) {
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = phone.newPage();
			signIn(page, username);
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "phone-inbox.png")));
			page.navigate(base() + "/tickets/" + number);
			assertThat(page.locator(".pane-list")).isHidden();
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "phone-ticket.png"))
				.setFullPage(true));
		}
		try (BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768))) {
			Page page = laptop.newPage();
			signIn(page, username);
			page.navigate(base() + "/tickets/" + number);
			assertThat(page.locator("#ticket-list")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "laptop-ticket.png")));
		}
	}

	private void signIn(Page page, String username) {
		page.navigate(base() + "/login");
		page.getByLabel("User name").fill(username);
		page.getByLabel("Password").fill("correct horse");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.locator(".user-menu")).isVisible();
	}

	private AgentView agent(String username, String name, List<String> teams) {
		return agents.create(new NewAgent(username, name, username + "@servicemind.test", "correct horse",
				Set.of(AgentRole.AGENT), teams, List.of(), List.of("en")));
	}

	/** A few more tickets, so the inbox looks like a working day. */
	private void seedInbox(AgentView agent, AgentView colleague, String suffix) {
		Object[][] seeds = { { "Invoice shows the wrong VAT number", "Priya Nair", Priority.NORMAL, 0.12, "billing" },
				{ "Cannot log in after password reset", "Tom Becker", Priority.URGENT, 0.86, "login" },
				{ "Feature idea: dark mode for reports", "Ines Duarte", Priority.LOW, 0.05, "idea" },
				{ "Shipment arrived with a cracked screen", "Marco Rossi", Priority.HIGH, 0.41, "shipping" },
				{ "How do I add a second admin?", "Aiko Tanaka", Priority.NORMAL, null, "how-to" } };
		for (Object[] seed : seeds) {
			String name = (String) seed[1];
			TicketSummary opened = tickets.open(OpenTicket.plain((String) seed[0],
					name.toLowerCase().replace(' ', '.') + "." + suffix + "@example.com", name,
					"Hello,\n" + seed[0] + ". Could you take a look?\nThanks", (Priority) seed[2],
					List.of((String) seed[4]), "email"));
			awaitAnalysis(opened.number());
			tickets.update(opened.number(), new TicketChanges(null, null, agent.id(), false, null, null), agent.id());
			if (seed[3] != null) {
				signal(opened.number(), (Double) seed[3]);
			}
		}
	}

	/**
	 * The text engine analyses each new customer message after commit on its own thread and then updates the
	 * ticket; waiting for it keeps the seeding from racing it, and keeps the signals set here from being overwritten.
	 */
	private void awaitAnalysis(long number) {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
		while (tickets.get(number).messages().get(0).anger() == null && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void signal(long number, double anger) {
		tickets.recordCustomerSignals(tickets.get(number).messages().get(0).id(), -anger, anger, false);
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
