package org.dateline.comment;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.comment.spam.LearnedFilter;
import org.dateline.comment.spam.Submission;
import org.dateline.mail.MailOutbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do with comments: the queue, decisions one by one or in bulk, edits,
 * staff replies, a commenter's history, and the personal-data tools. Every action is
 * logged with who did it, and every approve or spam decision teaches the learned filter.
 * The screens are {@code newsroom}'s.
 */
@Service
public class CommentModeration {

	public enum View {

		PENDING, FLAGGED, APPROVED, SPAM, TRASH

	}

	public enum Action {

		APPROVE, SPAM, TRASH

	}

	/** How many comments a commenter's address has in each state. */
	public record History(long approved, long pending, long spam, long trash) {
	}

	/**
	 * How far the learned filter has got: decisions seen of each kind, and how many it
	 * needs to act.
	 */
	public record FilterProgress(long spam, long ham, int needed) {

		public boolean acting() {
			return this.spam >= this.needed && this.ham >= this.needed;
		}

	}

	private final CommentRepository comments;

	private final SpamTokenRepository tokens;

	private final CommentWriter writer;

	private final CommentProperties properties;

	private final MailOutbox outbox;

	private final SubscriberRepository subscribers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommentModeration(CommentRepository comments, SpamTokenRepository tokens, CommentWriter writer,
			CommentProperties properties, MailOutbox outbox, SubscriberRepository subscribers,
			ApplicationEventPublisher events, Clock clock) {
		this.comments = comments;
		this.tokens = tokens;
		this.writer = writer;
		this.properties = properties;
		this.outbox = outbox;
		this.subscribers = subscribers;
		this.events = events;
		this.clock = clock;
	}

	public List<ModeratedComment> queue(View view, int limit, int offset) {
		return switch (view) {
			case FLAGGED -> this.comments.flagged(limit, offset);
			default -> this.comments.byStatus(CommentStatus.valueOf(view.name()), limit, offset);
		};
	}

	public Map<View, Long> counts() {
		Map<CommentStatus, Long> byStatus = this.comments.counts();
		Map<View, Long> counts = new LinkedHashMap<>();
		counts.put(View.PENDING, byStatus.get(CommentStatus.PENDING));
		counts.put(View.FLAGGED, this.comments.flaggedCount());
		counts.put(View.APPROVED, byStatus.get(CommentStatus.APPROVED));
		counts.put(View.SPAM, byStatus.get(CommentStatus.SPAM));
		counts.put(View.TRASH, byStatus.get(CommentStatus.TRASH));
		return counts;
	}

	public ModeratedComment comment(long id) {
		return this.comments.find(id).orElseThrow(() -> new CommentNotFoundException(id));
	}

	public List<String> reports(long id) {
		return this.comments.flagReasons(id);
	}

	public History history(String email) {
		return histories(List.of(email)).getOrDefault(email, new History(0, 0, 0, 0));
	}

	/** The histories of several commenters in one query, keyed by address. */
	public Map<String, History> histories(Collection<String> emails) {
		Map<String, History> histories = new LinkedHashMap<>();
		this.comments.histories(emails)
			.forEach((email, counts) -> histories.put(email,
					new History(counts.getOrDefault(CommentStatus.APPROVED, 0L),
							counts.getOrDefault(CommentStatus.PENDING, 0L), counts.getOrDefault(CommentStatus.SPAM, 0L),
							counts.getOrDefault(CommentStatus.TRASH, 0L))));
		return histories;
	}

	public FilterProgress filterProgress() {
		long[] totals = this.tokens.totals();
		return new FilterProgress(totals[0], totals[1], this.properties.learnedMinimum());
	}

	/**
	 * What the learned filter thinks of a comment now, with the words that weighed most.
	 */
	public SpamScore score(ModeratedComment comment) {
		Set<String> found = LearnedFilter.tokens(submission(comment));
		long[] totals = this.tokens.totals();
		return LearnedFilter.score(found, this.tokens.counts(found), totals[0], totals[1],
				this.properties.learnedMinimum());
	}

	/** Applies a decision to several comments; returns how many changed. */
	@Transactional
	public int decide(Collection<Long> ids, Action action, String actor) {
		int changed = 0;
		for (long id : ids) {
			if (decide(id, action, actor)) {
				changed++;
			}
		}
		return changed;
	}

	private boolean decide(long id, Action action, String actor) {
		ModeratedComment comment = this.comments.find(id).orElse(null);
		if (comment == null) {
			return false;
		}
		CommentStatus target = switch (action) {
			case APPROVE -> CommentStatus.APPROVED;
			case SPAM -> CommentStatus.SPAM;
			case TRASH -> CommentStatus.TRASH;
		};
		boolean flagged = comment.openFlags() > 0;
		if (comment.status() == target && !(action == Action.APPROVE && flagged)) {
			return false;
		}
		this.comments.setStatus(id, target);
		if (action == Action.APPROVE) {
			this.comments.resolveFlags(id);
		}
		this.comments.log(id, actor, action.name().toLowerCase(), "was " + comment.status().name().toLowerCase(),
				this.clock.instant());
		if (action != Action.TRASH && !comment.staff()) {
			learn(comment, action == Action.SPAM);
		}
		if (target == CommentStatus.APPROVED && comment.status() != CommentStatus.APPROVED) {
			this.events.publishEvent(new CommentEvents.CommentApproved(id, comment.articleId(), comment.parentId()));
		}
		else if (comment.status() == CommentStatus.APPROVED) {
			this.events.publishEvent(new CommentEvents.CommentChanged(id, comment.articleId()));
		}
		return true;
	}

	private void learn(ModeratedComment comment, boolean spam) {
		this.tokens.learned(comment.id()).ifPresent((learned) -> this.tokens.unlearn(comment.id(), learned));
		this.tokens.learn(comment.id(), spam, LearnedFilter.tokens(submission(comment)));
	}

	@Transactional
	public void edit(long id, String name, String website, String body, String actor) {
		ModeratedComment comment = comment(id);
		CommentForm form = new CommentForm(name, comment.authorEmail(), website, body, null, "", "", false, false);
		Map<String, String> errors = form.validate(this.properties.maxLength(), this.properties.maxName());
		errors.remove("email");
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException(String.join(" ", errors.values()));
		}
		this.comments.edit(id, form.name(), form.website(), form.body(), this.clock.instant());
		this.comments.log(id, actor, "edit", "", this.clock.instant());
		if (comment.status() == CommentStatus.APPROVED) {
			this.events.publishEvent(new CommentEvents.CommentChanged(id, comment.articleId()));
		}
	}

	/** Replies on behalf of the newsroom: published at once, marked as staff. */
	public long replyAsStaff(long parentId, String name, String email, String body, long staffUserId, String actor) {
		ModeratedComment parent = comment(parentId);
		if (parent.status() != CommentStatus.APPROVED) {
			throw new IllegalArgumentException("Approve the comment before replying to it.");
		}
		CommentForm form = new CommentForm(name, email, "", body, parentId, "", "", false, false);
		Map<String, String> errors = form.validate(this.properties.maxLength(), this.properties.maxName());
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException(String.join(" ", errors.values()));
		}
		long id = this.writer.write(new NewComment(parent.articleId(), parentId, form.name(), form.normalizedEmail(),
				"", form.body(), CommentStatus.APPROVED, "staff:" + staffUserId + ":" + this.clock.millis(),
				this.clock.instant(), "", "", "", "staff reply", null, "", false, staffUserId));
		this.comments.log(id, actor, "reply", "to comment " + parentId, this.clock.instant());
		this.events.publishEvent(new CommentEvents.CommentApproved(id, parent.articleId(), parentId));
		return id;
	}

	public List<ModerationLogEntry> log(int limit) {
		return this.comments.recentLog(limit);
	}

	/**
	 * Everything stored about a commenter's comments, for a personal-data request.
	 * Handing personal data out is a moderation action like any other, so it is logged
	 * against each comment it covered.
	 */
	@Transactional
	public List<Map<String, Object>> export(String email, String actor) {
		List<ModeratedComment> theirs = this.comments.byEmail(email.strip().toLowerCase(java.util.Locale.ROOT));
		for (ModeratedComment comment : theirs) {
			this.comments.log(comment.id(), actor, "export", "personal data exported on request", this.clock.instant());
		}
		return theirs.stream().map((c) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", c.id());
			row.put("article", c.articleId());
			row.put("inReplyTo", c.parentId());
			row.put("name", c.authorName());
			row.put("email", c.authorEmail());
			row.put("website", c.authorUrl());
			row.put("text", c.body());
			row.put("status", c.status().name().toLowerCase());
			row.put("postedAt", c.createdAt().toString());
			row.put("ip", c.ip());
			row.put("userAgent", c.userAgent());
			return row;
		}).toList();
	}

	/**
	 * Erases a commenter's personal data: name, address, website, IP and browser are
	 * removed from their comments (the text stays, as "Anonymous", so replies keep their
	 * context), and unsent mail to them is dropped. The learned filter forgets the words
	 * it took from their name, address and website, but keeps the moderators' decisions,
	 * relearned from what is left of the comments.
	 */
	@Transactional
	public int erase(String email, String actor) {
		String normalized = email.strip().toLowerCase(java.util.Locale.ROOT);
		List<ModeratedComment> theirs = this.comments.byEmail(normalized);
		Map<Long, Boolean> decisions = new LinkedHashMap<>();
		for (ModeratedComment comment : theirs) {
			this.tokens.learned(comment.id()).ifPresent((learned) -> {
				this.tokens.unlearn(comment.id(), learned);
				decisions.put(comment.id(), learned.spam());
			});
		}
		int erased = this.comments.anonymize(normalized);
		decisions.forEach((id, spam) -> this.comments.find(id)
			.ifPresent((anonymous) -> this.tokens.learn(id, spam, LearnedFilter.tokens(submission(anonymous)))));
		this.outbox.forget(normalized);
		this.subscribers.forget(normalized);
		for (ModeratedComment comment : theirs) {
			this.comments.log(comment.id(), actor, "erase", "personal data erased on request", this.clock.instant());
			if (comment.status() == CommentStatus.APPROVED) {
				this.events.publishEvent(new CommentEvents.CommentChanged(comment.id(), comment.articleId()));
			}
		}
		return erased;
	}

	static Submission submission(ModeratedComment comment) {
		return new Submission(comment.articleId(), comment.authorName(), comment.authorEmail(), comment.authorUrl(),
				comment.body(), comment.ip(), comment.userAgent(), "", null, comment.createdAt(), null);
	}

}
