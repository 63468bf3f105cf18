package org.dateline.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.mail.Mail;
import org.dateline.mail.MailOutbox;
import org.dateline.site.SiteSecrets;
import org.dateline.web.Pages;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail about comments, queued in the outbox so no reader waits for it:
 * <ul>
 * <li>to a commenter who asked to hear about replies, a confirmation link first, and only
 * once their comment is published, so the form can never be used to mail a stranger (at
 * most one confirmation a day per address);</li>
 * <li>to a confirmed commenter, each published reply to their comment, with a one-click
 * unsubscribe;</li>
 * <li>to moderators, when the queue grows, at most once per
 * {@code notifications.moderators-every}.</li>
 * </ul>
 */
@Component
class CommentNotifications {

	private static final Duration CONFIRMATION_PAUSE = Duration.ofDays(1);

	private final CommentRepository comments;

	private final SubscriberRepository subscribers;

	private final CommentTargets targets;

	private final StaffService staff;

	private final MailOutbox outbox;

	private final SiteSecrets secrets;

	private final Pages pages;

	private final CommentProperties properties;

	private final Clock clock;

	private final AtomicReference<Instant> moderatorsTold = new AtomicReference<>(Instant.EPOCH);

	CommentNotifications(CommentRepository comments, SubscriberRepository subscribers, CommentTargets targets,
			StaffService staff, MailOutbox outbox, SiteSecrets secrets, Pages pages, CommentProperties properties,
			Clock clock) {
		this.comments = comments;
		this.subscribers = subscribers;
		this.targets = targets;
		this.staff = staff;
		this.outbox = outbox;
		this.secrets = secrets;
		this.pages = pages;
		this.properties = properties;
		this.clock = clock;
	}

	// No transaction here: on SQLite every transaction takes the write lock, and this
	// runs for each new comment.
	@EventListener
	void approved(CommentEvents.CommentApproved event) {
		Optional<String> author = this.comments.replyWatcher(event.commentId());
		author.ifPresent((email) -> confirmIfNeeded(email, event.commentId()));
		if (event.parentId() == null) {
			return;
		}
		Optional<String> watcher = this.comments.replyWatcher(event.parentId());
		String replier = this.comments.emailOf(event.commentId()).orElse("");
		if (watcher.isEmpty() || watcher.get().equals(replier)) {
			return;
		}
		Optional<SubscriberRepository.Subscriber> subscriber = this.subscribers.byEmail(watcher.get());
		Optional<CommentTarget> article = this.targets.find(event.articleId());
		Optional<Comment> reply = this.comments.findPublic(event.commentId());
		if (subscriber.isEmpty() || !subscriber.get().receivesReplies() || article.isEmpty() || reply.isEmpty()) {
			return;
		}
		String unsubscribe = this.pages
			.absolute("/comments/subscription/unsubscribe?token=" + subscriber.get().token());
		String link = this.pages.absolute(article.get().path() + "#comment-" + event.commentId());
		this.outbox.queue(new Mail(watcher.get(), "New reply to your comment on \"" + article.get().headline() + "\"",
				reply.get().authorName() + " replied to your comment on \"" + article.get().headline() + "\":\n\n"
						+ reply.get().body() + "\n\nRead it and reply: " + link + "\n\n"
						+ "You get this because you asked to hear about replies. Stop these emails: " + unsubscribe
						+ "\n",
				unsubscribe));
	}

	/**
	 * Asks the address to confirm, unless it already receives replies. A reader who
	 * unsubscribed and then ticks the box again on a new comment is asked again (double
	 * opt-in once more); an older comment published later is no new request.
	 */
	private void confirmIfNeeded(String email, long commentId) {
		SubscriberRepository.Subscriber subscriber = this.subscribers.findOrCreate(email, this.secrets.randomToken());
		Instant now = this.clock.instant();
		if (subscriber.receivesReplies()) {
			return;
		}
		if (subscriber.unsubscribedAt() != null && this.comments.findPublic(commentId)
			.map((comment) -> !comment.createdAt().isAfter(subscriber.unsubscribedAt()))
			.orElse(true)) {
			return;
		}
		if ((subscriber.confirmationSent() != null
				&& subscriber.confirmationSent().plus(CONFIRMATION_PAUSE).isAfter(now))) {
			return;
		}
		String site = this.pages.site().name();
		String confirm = this.pages.absolute("/comments/subscription/confirm?token=" + subscriber.token());
		this.outbox.queue(new Mail(email, "Confirm replies to your comments on " + site,
				"You asked " + site + " to email you when someone replies to your comments.\n\n"
						+ "Confirm with this link: " + confirm + "\n\n"
						+ "If it was not you, ignore this email: nothing more will be sent.\n"));
		this.subscribers.confirmationSent(email, now);
	}

	@EventListener
	void held(CommentEvents.CommentHeld event) {
		if (!this.properties.notifications().moderators()) {
			return;
		}
		Instant now = this.clock.instant();
		Instant last = this.moderatorsTold.get();
		if (last.plus(this.properties.notifications().moderatorsEvery()).isAfter(now)
				|| !this.moderatorsTold.compareAndSet(last, now)) {
			return;
		}
		long waiting = this.comments.counts().get(CommentStatus.PENDING);
		String queue = this.pages.absolute("/newsroom/comments");
		for (StaffUser moderator : this.staff.moderators()) {
			this.outbox.queue(new Mail(moderator.email(),
					waiting + (waiting == 1 ? " comment is" : " comments are") + " waiting for moderation",
					"The moderation queue of " + this.pages.site().name() + " has " + waiting + " comment"
							+ (waiting == 1 ? "" : "s") + " waiting.\n\nReview them: " + queue + "\n"));
		}
	}

	@Transactional
	boolean confirm(String token) {
		if (this.subscribers.byToken(token).isEmpty()) {
			return false;
		}
		this.subscribers.confirm(token, this.clock.instant());
		return true;
	}

	@Transactional
	boolean unsubscribe(String token) {
		if (this.subscribers.byToken(token).isEmpty()) {
			return false;
		}
		this.subscribers.unsubscribe(token, this.clock.instant());
		return true;
	}

}
