package org.dateline.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dateline.comment.spam.Submission;
import org.dateline.comment.spam.Verdict;
import org.dateline.web.ContentChanged;
import org.dateline.web.SurrogateKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reader comments: the section under each article, posting through the checks, and
 * reporting. Moderators work through {@link CommentModeration}.
 */
@Service
public class CommentService {

	private static final Logger log = LoggerFactory.getLogger(CommentService.class);

	private final CommentRepository comments;

	private final CommentWriter writer;

	private final CheckPipeline checks;

	private final CommentTokens tokens;

	private final CommentProperties properties;

	private final CommentRulesService rules;

	private final ApplicationEventPublisher events;

	private final RejectionLog rejections;

	private final Clock clock;

	CommentService(CommentRepository comments, CommentWriter writer, CheckPipeline checks, CommentTokens tokens,
			CommentProperties properties, CommentRulesService rules, ApplicationEventPublisher events,
			RejectionLog rejections, Clock clock) {
		this.comments = comments;
		this.writer = writer;
		this.checks = checks;
		this.tokens = tokens;
		this.properties = properties;
		this.rules = rules;
		this.events = events;
		this.rejections = rejections;
		this.clock = clock;
	}

	/**
	 * The comment section of an article: approved comments, plus those of the reader's
	 * own comments still waiting for a moderator, and an empty form (replying to
	 * {@code replyTo} when given).
	 */
	public CommentSection section(CommentTarget target, Set<Long> pendingIds, Long replyTo) {
		Long parent = replyTo == null ? null
				: approved(replyTo).filter((c) -> c.articleId() == target.articleId()).map(Comment::id).orElse(null);
		CommentForm empty = new CommentForm("", "", "", "", parent, "", "", false, false);
		return section(target, pendingIds, empty, Map.of(), null);
	}

	/** The comment section showing the form as the reader sent it, with what to fix. */
	public CommentSection section(CommentTarget target, Set<Long> pendingIds, CommentForm form,
			Map<String, String> errors, String message) {
		List<Comment> shown = new ArrayList<>(this.comments.approvedFor(target.articleId()));
		shown.addAll(this.comments.pendingFor(target.articleId(), pendingIds));
		shown.sort(Comparator.comparing(Comment::createdAt).thenComparing(Comment::id));
		CommentThread thread = CommentThread.of(shown, this.properties.maxDepth());
		String replyTo = form.parentId() == null ? null
				: shown.stream()
					.filter((c) -> c.id() == form.parentId())
					.map(Comment::authorName)
					.findFirst()
					.orElse(null);
		CommentSection.Form view = new CommentSection.Form(target.articleId(), target.path(),
				replyTo == null ? null : form.parentId(), replyTo, form, errors, message,
				this.tokens.formToken(target.articleId()), this.properties.maxLength());
		return new CommentSection(thread, closedBecause(target), view);
	}

	/** Why readers cannot comment on the article now, or {@code null} when they can. */
	public String closedBecause(CommentTarget target) {
		if (!target.published()) {
			return "This article is not published.";
		}
		if (!target.commentsOpen()) {
			return "Comments are closed for this article.";
		}
		int days = this.rules.current().closeAfterDays();
		if (days > 0 && target.publishedAt() != null
				&& this.clock.instant().isAfter(target.publishedAt().plus(Duration.ofDays(days)))) {
			return "Comments are closed for this article; they close " + (days == 1 ? "a day" : days + " days")
					+ " after publication.";
		}
		return null;
	}

	/** A fresh form token, for pages served from a cache to refresh theirs. */
	public String freshToken(long articleId) {
		return this.tokens.formToken(articleId);
	}

	public Set<Long> pendingIds(String cookie) {
		return this.tokens.pendingIds(cookie);
	}

	public String pendingCookie(Set<Long> ids) {
		return this.tokens.pendingCookie(ids);
	}

	/**
	 * The approved comments of an article, oldest first: what its page, its comments feed
	 * and the content API show to everyone.
	 */
	public List<Comment> approvedFor(long articleId) {
		return this.comments.approvedFor(articleId);
	}

	public Optional<Comment> approved(long id) {
		return this.comments.findPublic(id).filter((c) -> !c.pending());
	}

	/**
	 * Validates, checks and stores a reader's comment. The reader is answered only after
	 * the comment is committed; the same form sent twice stores one comment.
	 */
	public SubmitResult submit(CommentTarget target, CommentForm form, Requester requester) {
		Map<String, String> errors = form.validate(this.properties.maxLength(), this.properties.maxName());
		if (!errors.isEmpty()) {
			return new SubmitResult.Invalid(errors);
		}
		if (form.parentId() != null
				&& approved(form.parentId()).filter((c) -> c.articleId() == target.articleId()).isEmpty()) {
			return new SubmitResult.Refused("You can only reply to a published comment on this article.", 422);
		}
		String submissionId = this.tokens.submissionId(form.token(), target.articleId(), form.parentId(), form);
		Optional<SubmitResult.Accepted> seen = alreadyStored(submissionId);
		if (seen.isPresent()) {
			// the same form sent again (a double click, a reload): answer as the first
			// time, store nothing
			return seen.get();
		}
		Instant now = this.clock.instant();
		Submission submission = new Submission(target.articleId(), form.name(), form.normalizedEmail(), form.website(),
				form.body(), requester.ip(), requester.userAgent(), form.homepage(),
				this.tokens.formIssuedAt(form.token(), target.articleId()).orElse(null), now, closedBecause(target));
		CheckPipeline.Result result = this.checks.run(submission);
		Verdict rejection = result.rejection();
		if (rejection != null) {
			// The same form sent twice at once: the other request may have stored it
			// while this one ran the checks, which then see it as a duplicate.
			Optional<SubmitResult.Accepted> meanwhile = alreadyStored(submissionId);
			if (meanwhile.isPresent()) {
				return meanwhile.get();
			}
			log.info("Comment on article {} rejected by {}: {}", target.articleId(), rejection.check(),
					rejection.reason());
			this.rejections.record(submission, rejection, result.summary());
			return refusal(rejection);
		}
		CommentStatus status = result.held() ? CommentStatus.PENDING : CommentStatus.APPROVED;
		var score = result.score();
		long id = this.writer.write(new NewComment(target.articleId(), form.parentId(), form.name(),
				form.normalizedEmail(), form.website(), form.body(), status, submissionId, now, requester.ip(),
				requester.userAgent(), result.holdReasons(), result.summary(),
				score.scored() ? score.probability() : null, score.evidence(), form.notifyReplies(), null));
		CommentStatus stored = this.comments.status(id).orElse(status);
		if (stored == CommentStatus.APPROVED) {
			this.events.publishEvent(new CommentEvents.CommentApproved(id, target.articleId(), form.parentId()));
		}
		else if (stored == CommentStatus.PENDING) {
			this.events.publishEvent(new CommentEvents.CommentHeld(id, target.articleId()));
		}
		return new SubmitResult.Accepted(id, stored == CommentStatus.PENDING);
	}

	private Optional<SubmitResult.Accepted> alreadyStored(String submissionId) {
		return this.comments.idForSubmission(submissionId)
			.map((id) -> new SubmitResult.Accepted(id,
					this.comments.status(id).orElse(CommentStatus.PENDING) == CommentStatus.PENDING));
	}

	private static SubmitResult.Refused refusal(Verdict rejection) {
		return switch (rejection.check()) {
			case "article-open" -> new SubmitResult.Refused(rejection.reason(), 403);
			case "rate" ->
				rejection.reason().startsWith("duplicate")
						? new SubmitResult.Refused("It looks as though you have already said that.", 409)
						: new SubmitResult.Refused(
								"You are sending comments faster than we allow. Please wait a minute and try again.",
								429);
			case "honeypot-and-timing" -> rejection.reason().startsWith("sent")
					? new SubmitResult.Refused("That was quicker than we expect from a person. "
							+ "Please wait a few seconds and send your comment again.", 422)
					: new SubmitResult.Refused("Your comment could not be posted.", 422);
			default -> new SubmitResult.Refused("Your comment could not be posted.", 422);
		};
	}

	/**
	 * Records a reader's report. Once {@code flagThreshold} different readers reported a
	 * published comment, it goes back to the moderation queue and off the page until a
	 * moderator decides.
	 * @return whether this was the reader's first report of the comment
	 */
	@Transactional
	public boolean flag(long commentId, String reason, String detail, String ip) {
		Comment comment = approved(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
		boolean counted = this.comments.flag(commentId, this.tokens.reporter(ip), reason,
				detail == null ? "" : detail.strip(), this.clock.instant());
		int threshold = this.rules.current().flagThreshold();
		if (counted && this.comments.openFlags(commentId) >= threshold) {
			this.comments.setStatus(commentId, CommentStatus.PENDING);
			this.comments.log(commentId, "readers", "pulled", "reported by " + threshold + " readers",
					this.clock.instant());
			this.events.publishEvent(new CommentEvents.CommentChanged(commentId, comment.articleId()));
			this.events.publishEvent(new CommentEvents.CommentHeld(commentId, comment.articleId()));
		}
		return counted;
	}

	/**
	 * Adds an already approved comment, as an import or the demo site does; readers'
	 * comments go through checks.
	 */
	public long addApproved(long articleId, Long parentId, String name, String email, String website, String body,
			Instant createdAt) {
		String submission = "import:" + articleId + ":" + createdAt.toEpochMilli() + ":" + name.hashCode() + ":"
				+ body.hashCode();
		// the page changes, but nobody is notified: an imported conversation is old news
		this.events.publishEvent(ContentChanged.of(SurrogateKeys.article(articleId)));
		return this.writer.write(new NewComment(articleId, parentId, name, email.toLowerCase(java.util.Locale.ROOT),
				website == null ? "" : website, body, CommentStatus.APPROVED, submission, createdAt, "", "", "", "",
				null, "", false, null));
	}

	/**
	 * Adds a comment an import brought in, with the status, thread and time it had on the
	 * old site. It passes no checks and notifies nobody: it is an old conversation.
	 * @param sourceKey the comment's identity in its source, so the same comment is never
	 * stored twice
	 */
	public long addImported(ImportedComment comment, String sourceKey) {
		// no event: the import made or changed the article in the same transaction, and
		// that purges its page
		return this.writer.write(new NewComment(comment.articleId(), comment.parentId(), comment.name(),
				comment.email().toLowerCase(java.util.Locale.ROOT), comment.website(), comment.body(), comment.status(),
				"import:" + sourceKey, comment.createdAt(), "", "", "", "", null, "", false, null));
	}

	/** The comment an import stored under this source key before, if any. */
	public Optional<Long> imported(String sourceKey) {
		return this.comments.idForSubmission("import:" + sourceKey);
	}

	/**
	 * Moves to the trash the comments an earlier import brought to this article that its
	 * source no longer has (deleted there since), and records it in the moderation log.
	 * The trash, not a deletion: a moderator can still bring one back.
	 * @param source the import's source, as {@link #addImported} was given it before the
	 * colon
	 * @param keptKeys the source keys of the comments the source still has
	 * @return how many were moved
	 */
	@Transactional
	public int trashImportedGone(long articleId, String source, Set<String> keptKeys) {
		String prefix = "import:" + source + ":";
		int moved = 0;
		for (Map.Entry<String, Long> known : this.comments.importedOf(articleId, prefix).entrySet()) {
			if (!keptKeys.contains(known.getKey().substring("import:".length()))) {
				this.comments.trash(known.getValue());
				this.comments.log(known.getValue(), "import", "trash", "no longer in " + source, this.clock.instant());
				moved++;
			}
		}
		if (moved > 0) {
			this.events.publishEvent(ContentChanged.of(SurrogateKeys.article(articleId)));
		}
		return moved;
	}

	/** Overwrites an imported comment with what its source says now. */
	@Transactional
	public void replaceImported(long id, ImportedComment comment) {
		this.comments.replaceImported(id, comment);
		this.events.publishEvent(ContentChanged.of(SurrogateKeys.article(comment.articleId())));
	}

	/**
	 * Every comment of an article whatever its status, oldest first, addresses included:
	 * for the site's own exports, never for a page.
	 */
	public List<ModeratedComment> allFor(long articleId) {
		return this.comments.allFor(articleId);
	}

}
