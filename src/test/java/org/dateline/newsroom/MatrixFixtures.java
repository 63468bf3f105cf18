package org.dateline.newsroom;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.SiteClient;
import org.dateline.account.PasswordLinks;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.article.Actor;
import org.dateline.article.ArticleDraft;
import org.dateline.article.ArticleEditing;
import org.dateline.article.AuthorDraft;
import org.dateline.article.AuthorService;
import org.dateline.comment.CommentService;
import org.dateline.media.MediaService;
import org.dateline.media.PhotoFixtures;
import org.dateline.newsroom.PermissionMatrix.Whose;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accounts and things {@link NewsroomPermissionMatrixTests} sends its requests about:
 * a signed-in desk per role, and for each desk its own draft, its own published story,
 * its own photo and its own author profile, next to another author's. They are made
 * through the services (the matrix is about the web layer) the first time a row needs
 * them, and the table's requests leave them as they were: refused input (422), a stale
 * version, an empty correction.
 */
final class MatrixFixtures {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	private final SiteClient client;

	private final StaffService staff;

	private final ArticleEditing articles;

	private final AuthorService authors;

	private final MediaService media;

	private final CommentService comments;

	private final PasswordLinks passwords;

	private final JdbcClient jdbc;

	private final Map<Role, Newsroom> desks = new HashMap<>();

	private final Map<String, Long> made = new HashMap<>();

	private final String unique = Stories.unique();

	private StaffUser other;

	private StaffUser editor;

	MatrixFixtures(SiteClient client, StaffService staff, ArticleEditing articles, AuthorService authors,
			MediaService media, CommentService comments, PasswordLinks passwords, JdbcClient jdbc) {
		this.client = client;
		this.staff = staff;
		this.articles = articles;
		this.authors = authors;
		this.media = media;
		this.comments = comments;
		this.passwords = passwords;
		this.jdbc = jdbc;
	}

	/** The signed-in browser of a role, the same for every row. */
	Newsroom desk(Role role) {
		return this.desks.computeIfAbsent(role, this::freshDesk);
	}

	/** A new account of the role, signed in for one request. */
	Newsroom freshDesk(Role role) {
		return Newsroom.as(this.client, this.staff, role);
	}

	/**
	 * The path or form value with every {@code {placeholder}} filled in for this desk
	 * ({@code null}: nobody signed in) and this kind of thing.
	 */
	String resolve(String template, Newsroom desk, Whose whose) {
		StaffUser user = desk == null ? other() : account(desk);
		Whose kind = (desk == null || whose == Whose.ANY) ? Whose.OTHERS : whose;
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(value(matcher.group(1), user, kind)));
		}
		matcher.appendTail(resolved);
		return resolved.toString();
	}

	Map<String, String> resolve(Map<String, String> form, Newsroom desk, Whose whose) {
		Map<String, String> resolved = new HashMap<>();
		form.forEach((name, value) -> resolved.put(name, resolve(value, desk, whose)));
		return resolved;
	}

	private String value(String placeholder, StaffUser user, Whose whose) {
		return switch (placeholder) {
			case "article" -> Long.toString(article(user, whose));
			case "revision" -> Long.toString(revision(article(user, whose)));
			case "photo" -> Long.toString(photo(whose == Whose.OWN ? user : other()));
			case "profile" -> Long.toString(profile(whose == Whose.OWN ? user : other()));
			case "self" -> Long.toString(user.id());
			case "spare" -> Long.toString(once("spare", () -> account(Role.CONTRIBUTOR, "spare").id()));
			case "section" -> Long.toString(section());
			case "tag" ->
				Long.toString(once("tag", () -> this.jdbc.sql("SELECT min(id) FROM tag").query(Long.class).single()));
			case "comment" -> Long.toString(once("comment", this::comment));
			case "previewToken" -> this.articles.previewLink(article(other(), Whose.OTHERS), actor(other()));
			case "passwordToken" ->
				this.passwords.create(account(Role.CONTRIBUTOR, "password"), PasswordLinks.Purpose.RESET_PASSWORD);
			default -> throw new IllegalArgumentException("No fixture for {" + placeholder + "}");
		};
	}

	/**
	 * An article: the account's own draft or own published story, or a draft of another
	 * author's.
	 */
	private long article(StaffUser user, Whose whose) {
		return switch (whose) {
			case OWN_DRAFT -> once("draft:" + user.id(), () -> draft(user));
			case OWN_PUBLISHED -> once("published:" + user.id(), () -> {
				long id = draft(user);
				Actor publisher = user.can(Role.AUTHOR) ? actor(user) : actor(editor());
				this.articles.publish(id, this.articles.load(id, publisher).version(), publisher);
				return id;
			});
			default -> once("draft:" + other().id(), () -> draft(other()));
		};
	}

	private long draft(StaffUser user) {
		ArticleDraft draft = new ArticleDraft("Matrix story by " + user.name() + " " + this.unique, "Who may touch it",
				"", section(), "LISBON, Portugal", "The first paragraph.", null, List.of(), List.of(), true, null);
		return this.articles.create(draft, actor(user));
	}

	private long revision(long article) {
		return this.jdbc.sql("SELECT max(id) FROM article_revision WHERE article_id = :id")
			.param("id", article)
			.query(Long.class)
			.single();
	}

	private long photo(StaffUser owner) {
		return once("photo:" + owner.id(),
				() -> this.media.upload(PhotoFixtures.jpeg(320, 240), "matrix-" + owner.id() + ".jpg", owner.id())
					.id());
	}

	/** The author profile linked to the account, made by an editor. */
	private long profile(StaffUser owner) {
		return once("profile:" + owner.id(),
				() -> this.authors.create(
						new AuthorDraft("Matrix " + owner.name() + " " + this.unique, "", "", "", owner.id()),
						actor(editor())));
	}

	/** An approved reader comment on a published demo story. */
	private long comment() {
		long story = this.jdbc.sql("SELECT min(id) FROM article WHERE status = 'PUBLISHED'").query(Long.class).single();
		return this.comments.addApproved(story, null, "Matrix Reader", "matrix." + this.unique + "@example.org", "",
				"Who may moderate this?", Instant.now());
	}

	private long section() {
		return once("section",
				() -> this.jdbc.sql("SELECT id FROM section WHERE slug = 'world'").query(Long.class).single());
	}

	/** Another author, whose things are "someone else's" for every desk. */
	private StaffUser other() {
		if (this.other == null) {
			this.other = account(Role.AUTHOR, "other");
		}
		return this.other;
	}

	/** An editor who publishes contributors' drafts and makes author profiles. */
	private StaffUser editor() {
		if (this.editor == null) {
			this.editor = account(Role.EDITOR, "editor");
		}
		return this.editor;
	}

	private StaffUser account(Role role, String name) {
		return this.staff.create("matrix." + name + "." + System.nanoTime() + "@newsroom.example",
				"Matrix " + name + " " + this.unique, role, null);
	}

	private StaffUser account(Newsroom desk) {
		return this.staff.byEmail(desk.email).orElseThrow();
	}

	private static Actor actor(StaffUser user) {
		return new Actor(user.id(), user.name(), user.can(Role.AUTHOR), user.can(Role.EDITOR));
	}

	private long once(String key, Supplier<Long> make) {
		Long id = this.made.get(key);
		if (id == null) {
			id = make.get();
			this.made.put(key, id);
		}
		return id;
	}

}
