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
 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} headers (RFC 8058).
 */
@Component
class AlertMails {

	private final ObjectProvider<JavaMailSender> sender;

	private final ITemplateEngine templates;

	private final AlertSettings settings;

	AlertMails(ObjectProvider<JavaMailSender> sender, ITemplateEngine templates, AlertSettings settings) {
		this.sender = sender;
		this.templates = templates;
		this.settings = settings;
	}

	/** The e-mail that asks an address to confirm its subscription. */
	MimeMessage confirmation(String to, Saved search, String confirmToken, String unsubscribeToken) {
		Map<String, Object> model = Map.of("filters", search.filters(), "searchUrl", searchUrl(search), "confirmUrl",
				this.settings.link("/alerts/confirm/" + confirmToken));
		return message(to, "Confirm your e-mail alerts from NHS Tender Tracker", "confirm", model, unsubscribeToken);
	}

	/** The e-mail of a search's new events. */
	MimeMessage digest(String to, Saved search, NewEvents events, String unsubscribeToken) {
		String subject = (events.total() == 1) ? "1 new event" : events.total() + " new events";
		Map<String, Object> model = Map.of("filters", search.filters(), "searchUrl", searchUrl(search), "events",
				events, "tenderUrl", this.settings.link("/tenders/"));
		return message(to, subject + " in your NHS Tender Tracker search", "digest", model, unsubscribeToken);
	}

	/** Sends the e-mails over one connection. */
	void send(List<MimeMessage> messages) {
		this.sender.getObject().send(messages.toArray(MimeMessage[]::new));
	}

	private MimeMessage message(String to, String subject, String template, Map<String, Object> model,
			String unsubscribeToken) {
		String unsubscribeUrl = this.settings.link("/alerts/unsubscribe/" + unsubscribeToken);
		Context context = new Context();
		context.setVariables(model);
		context.setVariable("unsubscribeUrl", unsubscribeUrl);
		try {
			MimeMessage message = this.sender.getObject().createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.settings.from());
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(this.templates.process("alerts/mail/" + template + "-text", context),
					this.templates.process("alerts/mail/" + template, context));
			message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Could not write the " + template + " e-mail", ex);
		}
	}

	private String searchUrl(Saved search) {
		return this.settings.link(search.at("/tenders"));
	}

}
