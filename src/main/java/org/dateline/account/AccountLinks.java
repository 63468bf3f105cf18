package org.dateline.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.dateline.mail.Mail;
import org.dateline.mail.MailOutbox;
import org.dateline.site.SiteSettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails one-time password links: the invitation a new colleague gets, and the link for a
 * forgotten password. Callers pass {@code absolute}, which turns a site path into the
 * address the mail links to (see the newsroom's controllers for where that address comes
 * from).
 */
@Service
public class AccountLinks {

	/** Reset links one account may be sent in {@link #RESET_WINDOW}. */
	static final int RESETS_PER_WINDOW = 3;

	static final Duration RESET_WINDOW = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(AccountLinks.class);

	private final StaffService staff;

	private final PasswordLinks links;

	private final MailOutbox outbox;

	private final SiteSettingsService site;

	private final Clock clock;

	AccountLinks(StaffService staff, PasswordLinks links, MailOutbox outbox, SiteSettingsService site, Clock clock) {
		this.staff = staff;
		this.links = links;
		this.outbox = outbox;
		this.site = site;
		this.clock = clock;
	}

	/** A new account and its invitation; the link is also returned to show the admin. */
	@Transactional
	public Invitation invite(String email, String name, Role role, UnaryOperator<String> absolute) {
		StaffUser user = this.staff.create(email, name, role, null);
		return new Invitation(user, sendInvitation(user, absolute));
	}

	/** A fresh invitation for an account that has not set its password yet. */
	@Transactional
	public String reinvite(StaffUser user, UnaryOperator<String> absolute) {
		if (user.hasPassword()) {
			throw new IllegalArgumentException(user.name() + " has already set a password; send a reset link instead.");
		}
		return sendInvitation(user, absolute);
	}

	private String sendInvitation(StaffUser user, UnaryOperator<String> absolute) {
		String link = absolute.apply(path(this.links.create(user, PasswordLinks.Purpose.SET_PASSWORD)));
		String siteName = this.site.current().name();
		this.outbox.queue(new Mail(user.email(), "Your newsroom account at " + siteName, """
				Hello %s,

				You have a %s account in the newsroom of %s. Choose your password here (the link works once, \
				for 7 days):

				%s

				Then sign in with this address, %s.
				""".formatted(user.name(), user.role().label().toLowerCase(Locale.ROOT), siteName, link,
				user.email())));
		return link;
	}

	/**
	 * Mails a reset link to the address if it belongs to an enabled account, at most
	 * {@value #RESETS_PER_WINDOW} an hour. Says nothing about whether it did, so the form
	 * tells nobody which addresses have accounts.
	 */
	@Transactional
	public void requestReset(String email, UnaryOperator<String> absolute) {
		StaffUser user = this.staff.byEmail(email).filter(StaffUser::enabled).orElse(null);
		if (user == null) {
			return;
		}
		if (this.links.createdSince(user, PasswordLinks.Purpose.RESET_PASSWORD,
				this.clock.instant().minus(RESET_WINDOW)) >= RESETS_PER_WINDOW) {
			log.info("Password reset for account #{} not sent: {} already in the last hour", user.id(),
					RESETS_PER_WINDOW);
			return;
		}
		sendReset(user, absolute);
	}

	/** Mails a reset link to the account (an admin's doing); returns the link. */
	@Transactional
	public String sendReset(StaffUser user, UnaryOperator<String> absolute) {
		String link = absolute.apply(path(this.links.create(user, PasswordLinks.Purpose.RESET_PASSWORD)));
		String siteName = this.site.current().name();
		this.outbox.queue(new Mail(user.email(), "Reset your newsroom password at " + siteName, """
				Hello %s,

				Someone (we hope you) asked to reset the password of your newsroom account at %s. Choose a new \
				one here; the link works once, for an hour:

				%s

				If it was not you, ignore this message: your password stays as it is.
				""".formatted(user.name(), siteName, link)));
		return link;
	}

	private static String path(String token) {
		return "/newsroom/password?token=" + token;
	}

	/** An account just created and the link that lets it set its password. */
	public record Invitation(StaffUser user, String link) {
	}

}
