package io.github.nhstendertracker.alerts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * What {@code tracker.alerts.*} and {@code spring.mail.host} say about e-mail alerts.
 * Sending is off while no SMTP host is set: the form then says alerts are not available
 * and the digest does nothing.
 *
 * @param smtpHost the SMTP server ({@code spring.mail.host}); empty turns sending off
 * @param from the address alerts come from
 * @param siteUrl the site's public address, without a trailing slash, for the links in
 * e-mails
 * @param maxEvents the most events one digest lists; the rest are counted and linked to
 * @param pendingFor how long an address has to confirm before its subscription is deleted
 * @param batchSize how many e-mails go over one SMTP connection
 * @param connections how many SMTP connections the digest sends over at once
 */
@ConfigurationProperties("tracker.alerts")
record AlertSettings(String smtpHost, @DefaultValue("alerts@localhost") String from,
		@DefaultValue("http://localhost:8080") String siteUrl, @DefaultValue("50") int maxEvents,
		@DefaultValue("P7D") Duration pendingFor, @DefaultValue("100") int batchSize,
		@DefaultValue("4") int connections) {

	boolean sending() {
		return StringUtils.hasText(this.smtpHost);
	}

	/** An absolute link to a path of the site. */
	String link(String path) {
		return this.siteUrl.replaceAll("/+$", "") + path;
	}

}
