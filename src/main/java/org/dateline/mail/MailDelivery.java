package org.dateline.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers queued mail over SMTP ({@code spring.mail.*}), a few seconds after it was
 * queued, retrying with growing pauses when the server fails. Without a configured mail
 * server the mail waits in the outbox.
 */
@Component
class MailDelivery {

	static final int MAX_ATTEMPTS = 8;

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final MailOutbox outbox;

	private final ObjectProvider<JavaMailSender> smtp;

	private final String from;

	private final Clock clock;

	private final AtomicBoolean warned = new AtomicBoolean();

	MailDelivery(MailOutbox outbox, ObjectProvider<JavaMailSender> smtp,
			@Value("${dateline.mail.from:Dateline <no-reply@localhost>}") String from, Clock clock) {
		this.outbox = outbox;
		this.smtp = smtp;
		this.from = from;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${dateline.mail.poll:2s}", initialDelayString = "${dateline.mail.poll:2s}")
	void deliver() {
		JavaMailSender sender = this.smtp.getIfAvailable();
		if (sender == null) {
			if (this.outbox.unsent() > 0 && this.warned.compareAndSet(false, true)) {
				log.warn("Mail is waiting in the outbox but no mail server is configured (spring.mail.host)");
			}
			return;
		}
		Instant now = this.clock.instant();
		for (MailOutbox.Queued queued : this.outbox.due(now, 50)) {
			if (!this.outbox.claim(queued, now.plus(Duration.ofMinutes(5)))) {
				continue;
			}
			try {
				sender.send(message(sender, queued.mail()));
				this.outbox.sent(queued.id(), this.clock.instant());
			}
			catch (Exception ex) {
				Duration pause = Duration.ofSeconds(30L << Math.min(queued.attempts(), 10));
				log.warn("Could not send mail {} (attempt {}): {}", queued.id(), queued.attempts() + 1,
						ex.getClass().getSimpleName());
				this.outbox.failed(queued.id(), String.valueOf(ex.getMessage()), this.clock.instant().plus(pause));
			}
		}
	}

	private MimeMessage message(JavaMailSender sender, Mail mail) throws Exception {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		if (!mail.unsubscribeUrl().isEmpty()) {
			message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return message;
	}

}
