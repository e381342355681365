package org.servicemind.customers;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.shared.EmailAddress;

@Entity
@Table(name = "customers")
class Customer {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private String name;

	private @Nullable String organisation;

	@Column(name = "time_zone")
	private String timeZone;

	private String language;

	private @Nullable String notes;

	@Column(name = "detail_preference")
	private double detailPreference;

	@Column(name = "detail_samples")
	private int detailSamples;

	/** Weight of one new message in the detail preference once the profile has five of them. */
	static final double RECENT_WEIGHT = 0.2;

	@Column(name = "created_at")
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "customer_emails", joinColumns = @JoinColumn(name = "customer_id"))
	@Column(name = "email")
	private List<String> emails = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected Customer() {
	}

	Customer(String name, EmailAddress email, @Nullable String organisation, @Nullable String timeZone,
			@Nullable String language) {
		this.id = UUID.randomUUID();
		this.name = CustomerProfileRules.name(name.isBlank() ? email.value() : name);
		this.emails.add(email.value());
		this.organisation = CustomerProfileRules.organisation(organisation);
		this.timeZone = CustomerProfileRules.timeZone(timeZone, "UTC");
		this.language = CustomerProfileRules.language(language, "en");
		this.createdAt = Instant.now();
	}

	UUID id() {
		return id;
	}

	/** @throws IllegalArgumentException when a field is too long or not a known zone or language tag */
	void edit(String name, @Nullable String organisation, @Nullable String timeZone, @Nullable String language,
			@Nullable String notes) {
		String checkedName = CustomerProfileRules.name(name);
		String checkedOrganisation = CustomerProfileRules.organisation(organisation);
		String checkedZone = CustomerProfileRules.timeZone(timeZone, "UTC");
		String checkedLanguage = CustomerProfileRules.language(language, this.language);
		String checkedNotes = CustomerProfileRules.notes(notes);
		this.name = checkedName;
		this.organisation = checkedOrganisation;
		this.timeZone = checkedZone;
		this.language = checkedLanguage;
		this.notes = checkedNotes;
	}

	void addEmail(EmailAddress email) {
		if (!emails.contains(email.value())) {
			emails.add(email.value());
		}
	}

	/**
	 * Folds one message's detail-preference signal (-1..1, clamped) into the profile: the first five messages count
	 * equally (a plain mean), each later one with weight {@value #RECENT_WEIGHT} (an exponential moving average), so the profile follows a customer whose style changes within a few messages instead of
	 * freezing after many.
	 */
	void recordDetailPreference(double signal) {
		double clamped = Math.max(-1, Math.min(1, signal));
		detailSamples++;
		double weight = Math.max(1.0 / detailSamples, RECENT_WEIGHT);
		detailPreference += (clamped - detailPreference) * weight;
	}

	/** Sets the preference by hand (an agent knows better than the model). */
	void overrideDetailPreference(double value) {
		detailPreference = Math.max(-1, Math.min(1, value));
	}

	CustomerView view() {
		return new CustomerView(id, name, List.copyOf(emails), organisation == null ? "" : organisation, timeZone,
				language, notes == null ? "" : notes, detailPreference, createdAt);
	}
}
