package io.github.nhstendertracker.alerts;

import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.search.SavedSearches.NewEvents;
import io.github.nhstendertracker.search.SavedSearches.Saved;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The e-mails alerts send, each in plain text and HTML (from the templates under
 * {@code alerts/mail/}) and each with a one-click unsubscribe link, also in the
 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} headers (RFC 8058). An
 * e-mail is written once for everyone it goes to; only the unsubscribe token differs.
 */
@Component
class AlertMails {

	/** Where each recipient's own unsubscribe token goes in a written e-mail. */
	private static final String TOKEN = "{token}";

	private final ObjectProvider<JavaMailSender> sender;

	private final ITemplateEngine templates;

	private final AlertSettings settings;

	AlertMails(ObjectProvider<JavaMailSender> sender, ITemplateEngine templates, AlertSettings settings) {
		this.sender = sender;
		this.templates = templates;
		this.settings = settings;
	}

	/** The e-mail that asks an address to confirm its subscription. */
	Written confirmation(Saved search, String confirmToken) {
		Map<String, Object> model = Map.of("filters", search.filters(), "searchUrl", searchUrl(search), "confirmUrl",
				this.settings.link("/alerts/confirm/" + confirmToken));
		return write("Confirm your e-mail alerts from NHS Tender Tracker", "confirm", model);
	}

	/** The e-mail of a search's new events. */
	Written digest(Saved search, NewEvents events) {
		String subject = (events.total() == 1) ? "1 new event" : events.total() + " new events";
		Map<String, Object> model = Map.of("filters", search.filters(), "searchUrl", searchUrl(search), "events",
				events, "tenderUrl", this.settings.link("/tenders/"));
		return write(subject + " in your NHS Tender Tracker search", "digest", model);
	}

	/** A written e-mail, addressed, with the recipient's own unsubscribe link. */
	MimeMessage message(String to, Written written, String unsubscribeToken) {
		String unsubscribeUrl = unsubscribeUrl(unsubscribeToken);
		try {
			MimeMessage message = this.sender.getObject().createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.settings.from());
			helper.setTo(to);
			helper.setSubject(written.subject());
			helper.setText(written.text().replace(TOKEN, unsubscribeToken),
					written.html().replace(TOKEN, unsubscribeToken));
			message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Could not address an alert e-mail", ex);
		}
	}

	/** Sends the e-mails over one connection. */
	void send(List<MimeMessage> messages) {
		this.sender.getObject().send(messages.toArray(MimeMessage[]::new));
	}

	private Written write(String subject, String template, Map<String, Object> model) {
		Context context = new Context();
		context.setVariables(model);
		context.setVariable("unsubscribeUrl", unsubscribeUrl(TOKEN));
		return new Written(subject, this.templates.process("alerts/mail/" + template + "-text", context),
				this.templates.process("alerts/mail/" + template, context));
	}

	private String unsubscribeUrl(String token) {
		return this.settings.link("/alerts/unsubscribe/" + token);
	}

	private String searchUrl(Saved search) {
		return this.settings.link(search.at("/tenders"));
	}

	/** An e-mail written for everyone it goes to, but for their unsubscribe tokens. */
	record Written(String subject, String text, String html) {
	}

}
