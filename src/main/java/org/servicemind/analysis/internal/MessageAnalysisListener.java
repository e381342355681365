package org.servicemind.analysis.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.analysis.AnalysisContext;
import org.servicemind.analysis.BusinessCalendar;
import org.servicemind.analysis.MessageAnalysed;
import org.servicemind.analysis.MessageAnalysis;
import org.servicemind.analysis.Role;
import org.servicemind.analysis.TextAnalyzer;
import org.servicemind.customers.CustomerManagement;
import org.servicemind.customers.CustomerView;
import org.servicemind.ticketing.CustomerMessageReceived;
import org.servicemind.ticketing.NoteAdded;
import org.servicemind.ticketing.ReplySent;
import org.servicemind.ticketing.TicketManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyses every customer message, reply and note after its transaction commits, on the single low-priority
 * {@code analysisExecutor} thread (never on the request thread), stores the signals and publishes
 * {@link MessageAnalysed}. The thread uses at most {@code servicemind.analysis.max-cpu-share} (0.5) of one core,
 * so a burst of new tickets never starves request handling. Deliveries are tracked by the event publication registry, so a message whose analysis
 * was interrupted is analysed again after a restart; a message already analysed is skipped.
 */
@Component
class MessageAnalysisListener {

	private final TextAnalyzer analyzer;

	private final StoredAnalyses stored;

	private final TicketManagement tickets;

	private final CustomerManagement customers;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final CpuShareLimiter limiter;

	MessageAnalysisListener(TextAnalyzer analyzer, StoredAnalyses stored, TicketManagement tickets,
			CustomerManagement customers, ApplicationEventPublisher events, JsonMapper json, Clock clock,
			@Value("${servicemind.analysis.max-cpu-share:0.5}") double maxCpuShare) {
		this.limiter = new CpuShareLimiter(maxCpuShare);
		this.analyzer = analyzer;
		this.stored = stored;
		this.tickets = tickets;
		this.customers = customers;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Async(AnalysisConfiguration.EXECUTOR)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener
	void on(CustomerMessageReceived event) {
		CustomerView customer = customers.get(event.customerId());
		MessageAnalysis analysis = analyse(event.messageId(), event.ticketId(), event.number(), Role.CUSTOMER, null,
				event.text(), event.at(), customer);
		if (analysis != null) {
			tickets.recordCustomerSignals(event.messageId(), analysis.sentiment(), analysis.anger(),
					analysis.truncated());
			customers.recordDetailPreference(event.customerId(), analysis.detailPreference());
		}
	}

	@Async(AnalysisConfiguration.EXECUTOR)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener
	void on(ReplySent event) {
		analyse(event.messageId(), event.ticketId(), event.number(), Role.AGENT, event.agentId(), event.text(),
				event.at(), customers.get(event.customerId()));
	}

	@Async(AnalysisConfiguration.EXECUTOR)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener
	void on(NoteAdded event) {
		analyse(event.messageId(), event.ticketId(), event.number(), Role.AGENT, event.agentId(), event.text(),
				event.at(), null);
	}

	private @Nullable MessageAnalysis analyse(UUID messageId, UUID ticketId, long number, Role role,
			@Nullable UUID agentId, String text, Instant at, @Nullable CustomerView customer) {
		if (stored.existsById(messageId)) {
			return null;
		}
		ZoneId zone = customer == null ? ZoneId.of("UTC") : ZoneId.of(customer.timeZone());
		double preference = customer == null ? 0 : customer.detailPreference();
		AnalysisContext context = new AnalysisContext(role, at, zone, BusinessCalendar.standard(), preference);
		MessageAnalysis analysis = limiter.run(() -> analyzer.analyze(text, context));
		stored.save(new StoredAnalysis(messageId, ticketId, number, role, analysis,
				json.writeValueAsString(analysis.findings()), json.writeValueAsString(analysis.commitments()),
				clock.instant()));
		events.publishEvent(new MessageAnalysed(messageId, ticketId, number, role, agentId, analysis.anger(),
				analysis.sentiment(), analysis.empathy(), analysis.politeness(), analysis.findings(),
				analysis.commitments(), clock.instant()));
		return analysis;
	}
}
