package org.servicemind.analysis.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.servicemind.analysis.MessageAnalysis;
import org.servicemind.analysis.Role;

/** The signals of one analysed ticket message (findings and commitments as JSON). */
@Entity
@Table(name = "message_analyses")
class StoredAnalysis {

	@Id
	@Column(name = "message_id")
	private UUID messageId;

	@Column(name = "ticket_id")
	private UUID ticketId;

	@Column(name = "ticket_number")
	private long ticketNumber;

	@Enumerated(EnumType.STRING)
	private Role role;

	private double sentiment;

	private double anger;

	private double politeness;

	private double empathy;

	private double dismissive;

	private double condescending;

	private double hostile;

	private double antagonize;

	private double clarity;

	private double brevity;

	@Column(name = "detail_preference")
	private double detailPreference;

	private String findings;

	private String commitments;

	@Column(name = "word_count")
	private int wordCount;

	private boolean truncated;

	@Column(name = "analysed_at")
	private Instant analysedAt;

	@SuppressWarnings("NullAway.Init")
	protected StoredAnalysis() {
	}

	StoredAnalysis(UUID messageId, UUID ticketId, long ticketNumber, Role role, MessageAnalysis a, String findings,
			String commitments, Instant analysedAt) {
		this.messageId = messageId;
		this.ticketId = ticketId;
		this.ticketNumber = ticketNumber;
		this.role = role;
		this.sentiment = a.sentiment();
		this.anger = a.anger();
		this.politeness = a.politeness();
		this.empathy = a.empathy();
		this.dismissive = a.dismissive();
		this.condescending = a.condescending();
		this.hostile = a.hostile();
		this.antagonize = a.antagonize();
		this.clarity = a.clarity();
		this.brevity = a.brevity();
		this.detailPreference = a.detailPreference();
		this.findings = findings;
		this.commitments = commitments;
		this.wordCount = a.wordCount();
		this.truncated = a.truncated();
		this.analysedAt = analysedAt;
	}

	double anger() {
		return anger;
	}
}
