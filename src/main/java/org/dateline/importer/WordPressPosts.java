package org.dateline.importer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.dateline.article.ArticleImports;
import org.dateline.article.ArticleStatus;
import org.dateline.article.Correction;
import org.dateline.article.NewArticle;
import org.dateline.article.Section;
import org.dateline.article.SectionService;
import org.dateline.article.Slugs;
import org.dateline.comment.CommentService;
import org.dateline.comment.CommentStatus;
import org.dateline.comment.ImportedComment;
import org.jsoup.Jsoup;

/**
 * One WordPress post or page as a Dateline article, with its comments and old addresses.
 * A post written by Dateline's own export carries the original Markdown, dateline,
 * corrections and update time in {@code _dateline_*} post meta, so a round trip loses
 * nothing; other posts are converted by {@link WordPressBody}.
 */
final class WordPressPosts {

	static final String ARTICLE = "article";

	static final String PAGES_SECTION = "pages";

	static final String DEFAULT_SECTION = "news";

	private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Context(String source, String baseUrl, ZoneId zone, ArticleImports articles, SectionService sections,
			CommentService comments, ImportSources sources, WordPressMedia media, Map<String, Long> authors,
			Map<String, Wxr.Term> categories, Instant now) {
	}

	private final Context c;

	private final Map<String, Long> sectionIds = new HashMap<>();

	WordPressPosts(Context context) {
		this.c = context;
	}

	/** Imports one post or page; runs inside the item's own (nested) transaction. */
	void importItem(Wxr.Item item, ImportReport report) {
		ArticleStatus status = status(item.status());
		if (status == null) {
			report.add(ImportReport.Outcome.SKIPPED, item.label(), "status '" + item.status() + "' is not imported");
			return;
		}
		String hash = ImportSources.hash(item, this.c.media().destination(item.meta("_thumbnail_id")));
		Optional<ImportSources.Known> known = this.c.sources().find(this.c.source(), ARTICLE, item.postId());
		if (known.isPresent() && known.get().hash().equals(hash)) {
			report.add(ImportReport.Outcome.UNCHANGED, item.label(), "");
			return;
		}
		List<String> warnings = new ArrayList<>();
		NewArticle article = article(item, status, warnings);
		long id;
		if (known.isPresent()) {
			id = known.get().localId();
			this.c.articles().replace(id, article);
		}
		else {
			id = this.c.articles().create(article);
		}
		comments(item, id, known.isEmpty(), warnings);
		redirects(item, id);
		this.c.sources().remember(this.c.source(), ARTICLE, item.postId(), id, hash, this.c.now());
		report.add(known.isPresent() ? ImportReport.Outcome.UPDATED : ImportReport.Outcome.CREATED, item.label(),
				"article " + id + (status == ArticleStatus.PUBLISHED ? "" : ", " + status.name().toLowerCase()));
		for (String warning : warnings) {
			report.add(ImportReport.Outcome.WARNING, item.label(), warning);
		}
	}

	/** The nearest Dateline status; null for what is not imported (trash, revisions). */
	static ArticleStatus status(String wordpress) {
		return switch (wordpress) {
			case "publish" -> ArticleStatus.PUBLISHED;
			case "future" -> ArticleStatus.SCHEDULED;
			case "draft", "pending", "private", "auto-draft" -> ArticleStatus.DRAFT;
			default -> null;
		};
	}

	private NewArticle article(Wxr.Item item, ArticleStatus status, List<String> warnings) {
		if (item.status().equals("private")) {
			warnings.add("private in WordPress: imported as a draft, so readers do not see it");
		}
		// WordPress keeps seconds; a Dateline export adds the exact time
		Instant published = item.meta("_dateline_published_at").isBlank()
				? date(item.postDateGmt(), item.postDate(), item.pubDate())
				: Instant.parse(item.meta("_dateline_published_at"));
		if (status != ArticleStatus.DRAFT && published == null) {
			throw new IllegalArgumentException("it has no publication date");
		}
		if (item.title().isBlank()) {
			throw new IllegalArgumentException("it has no title");
		}
		Set<String> tags = new LinkedHashSet<>();
		Long section = null;
		List<Long> bylines = new ArrayList<>();
		for (Wxr.ItemTerm term : item.terms()) {
			switch (term.domain()) {
				case "category" -> {
					if (section == null && !item.type().equals("page")) {
						section = section(term.slug(), term.name());
					}
					else {
						tags.add(term.name());
					}
				}
				case "post_tag" -> tags.add(term.name());
				case "author" -> { // Co-Authors Plus: nicename "cap-login"
					Long author = this.c.authors().get(term.slug().replaceFirst("^cap-", ""));
					if (author != null) {
						bylines.add(author);
					}
				}
				default -> {
				}
			}
		}
		if (section == null) {
			section = item.type().equals("page") ? section(PAGES_SECTION, "Pages") : section(DEFAULT_SECTION, "News");
		}
		if (bylines.isEmpty() && this.c.authors().containsKey(item.creator())) {
			bylines.add(this.c.authors().get(item.creator()));
		}
		else if (bylines.isEmpty() && !item.creator().isBlank()) {
			warnings.add("author '" + item.creator() + "' is not in the export's author list: no byline");
		}
		String body = body(item, warnings);
		Long hero = null;
		String thumbnail = item.meta("_thumbnail_id");
		if (!thumbnail.isBlank()) {
			hero = this.c.media().photo(thumbnail).orElse(null);
			if (hero == null) {
				String url = this.c.media().destination(thumbnail);
				warnings.add(url == null ? "featured image " + thumbnail + " is not in the export"
						: "featured image kept as a link (its file was not imported)");
				if (url != null) {
					String alt = this.c.media()
						.attachment(thumbnail)
						.map((a) -> a.meta("_wp_attachment_image_alt"))
						.orElse("");
					body = "![" + HtmlMarkdown.escape(alt) + "](" + url + ")\n\n" + body;
				}
			}
		}
		String slug = item.postName().isBlank() ? item.title() : item.postName();
		return new NewArticle(slug, section, item.title(), WordPressMedia.text(item.excerpt()),
				item.meta("_dateline_dateline"), body, status, hero, !"closed".equals(item.commentStatus()),
				status == ArticleStatus.DRAFT && !item.meta("_dateline_published").equals("1") ? null : published,
				parseInstant(item.meta("_dateline_updated_at")), bylines, List.copyOf(tags), corrections(item));
	}

	private String body(Wxr.Item item, List<String> warnings) {
		String markdown = item.meta("_dateline_markdown");
		if (!markdown.isEmpty()) {
			// Dateline's own export: photos are named by attachment id; one that did not
			// come along is photo 0, which shows nothing, as the missing photo did
			return java.util.regex.Pattern.compile("\\]\\(wp-attachment:(\\d+)").matcher(markdown).replaceAll((m) -> {
				String destination = this.c.media().destination(m.group(1));
				return java.util.regex.Matcher.quoteReplacement("](" + (destination == null ? "photo:0" : destination));
			});
		}
		WordPressBody.Result converted = new WordPressBody(this.c.media()::destination, this.c.media()::destination)
			.convert(item.content());
		if (!converted.unknownShortcodes().isEmpty()) {
			warnings
				.add("unknown shortcodes kept as text: [" + String.join("], [", converted.unknownShortcodes()) + "]");
		}
		return converted.markdown();
	}

	private List<NewArticle.NewCorrection> corrections(Wxr.Item item) {
		String json = item.meta("_dateline_corrections");
		if (json.isBlank()) {
			return List.of();
		}
		List<Map<String, String>> list = JSON.readValue(json, new TypeReference<List<Map<String, String>>>() {
		});
		return list.stream()
			.map((m) -> new NewArticle.NewCorrection(Correction.Kind.valueOf(m.get("kind")), m.get("text"),
					Instant.parse(m.get("published_at"))))
			.toList();
	}

	private long section(String wpSlug, String name) {
		String slug = Slugs.slugify(wpSlug.isBlank() ? name : wpSlug);
		String key = slug.isEmpty() ? DEFAULT_SECTION : slug;
		return this.sectionIds.computeIfAbsent(key, (s) -> {
			Optional<Section> existing = this.c.sections().bySlug(s);
			if (existing.isPresent()) {
				return existing.get().id();
			}
			Wxr.Term term = this.c.categories().get(wpSlug);
			return this.c.sections()
				.create(s, name.isBlank() ? s : name, term == null ? "" : WordPressMedia.text(term.description()))
				.id();
		});
	}

	/**
	 * @param allNew the article is new, so none of its comments can be known yet
	 */
	private void comments(Wxr.Item item, long articleId, boolean allNew, List<String> warnings) {
		Map<String, Long> local = new HashMap<>();
		Set<String> keys = new java.util.HashSet<>();
		int pings = 0;
		List<Wxr.Comment> ordered = new ArrayList<>(item.comments());
		ordered.sort(Comparator.comparingLong((Wxr.Comment cm) -> number(cm.id())));
		for (Wxr.Comment comment : ordered) {
			if (comment.type().equals("pingback") || comment.type().equals("trackback")) {
				pings++;
				continue;
			}
			Long parent = comment.parent().isBlank() || comment.parent().equals("0") ? null
					: local.get(comment.parent());
			if (parent == null && !(comment.parent().isBlank() || comment.parent().equals("0"))) {
				warnings.add("comment " + comment.id() + " answers comment " + comment.parent()
						+ ", which is not in the export: shown as a new thread");
			}
			Instant at = comment.exactDate().isBlank() ? date(comment.dateGmt(), comment.date(), "")
					: Instant.parse(comment.exactDate());
			ImportedComment imported = new ImportedComment(articleId, parent, comment.author(), comment.email(),
					comment.url(), commentText(comment.content()), commentStatus(comment.approved()),
					at == null ? this.c.now() : at);
			// a comment's key in its source is its submission id here (unique): no
			// import_source row is needed, and a re-run finds it by that key
			String key = this.c.source() + ":" + comment.id();
			keys.add(key);
			Optional<Long> known = allNew ? Optional.empty() : this.c.comments().imported(key);
			long id;
			if (known.isPresent()) {
				id = known.get();
				this.c.comments().replaceImported(id, imported);
			}
			else {
				id = this.c.comments().addImported(imported, key);
			}
			local.put(comment.id(), id);
		}
		if (pings > 0) {
			warnings.add(pings + " pingbacks and trackbacks not imported");
		}
		if (!allNew) {
			int gone = this.c.comments().trashImportedGone(articleId, this.c.source(), keys);
			if (gone > 0) {
				warnings.add(gone + (gone == 1 ? " comment" : " comments")
						+ " no longer in the export moved to the trash (a moderator can restore them)");
			}
		}
	}

	static CommentStatus commentStatus(String approved) {
		return switch (approved) {
			case "1", "approve", "approved" -> CommentStatus.APPROVED;
			case "spam" -> CommentStatus.SPAM;
			case "trash", "post-trashed" -> CommentStatus.TRASH;
			default -> CommentStatus.PENDING;
		};
	}

	/** Comments are plain text here: markup becomes text, paragraphs blank lines. */
	static String commentText(String content) {
		if (!content.contains("<")) {
			return content; // exactly as written, as a Dateline export carries it
		}
		String marked = content.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>", "\n\n");
		return Jsoup.parse(marked).wholeText().replaceAll("\n{3,}", "\n\n").strip();
	}

	/**
	 * Old addresses: the permalink, {@code ?p=ID} (and {@code ?page_id=}), and the bare
	 * slug.
	 */
	private void redirects(Wxr.Item item, long articleId) {
		Set<String> paths = new LinkedHashSet<>();
		paths.add(LegacyLinks.normalize(pathOf(item.link())));
		paths.add("/?p=" + item.postId());
		if (item.type().equals("page")) {
			paths.add("/?page_id=" + item.postId());
		}
		if (!item.postName().isBlank()) {
			paths.add(LegacyLinks.normalize("/" + item.postName()));
		}
		String guid = pathOf(item.guid());
		if (guid.startsWith("/?")) {
			paths.add(guid);
		}
		for (String path : paths) {
			if (path != null && path.length() > 1) {
				this.c.sources().redirect(path, articleId);
			}
		}
	}

	/** The path and query of a URL of the old site (or of any site, for links). */
	static String pathOf(String url) {
		if (url == null || url.isBlank()) {
			return "";
		}
		String rest = url.strip().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*", "").replaceFirst("#.*$", "");
		return rest.isEmpty() ? "/" : rest.startsWith("/") ? rest : "/" + rest;
	}

	private Instant date(String gmt, String local, String rfc) {
		try {
			if (!gmt.isBlank() && !gmt.startsWith("0000")) {
				return LocalDateTime.parse(gmt, WP_DATE).toInstant(ZoneOffset.UTC);
			}
			if (!local.isBlank() && !local.startsWith("0000")) {
				return LocalDateTime.parse(local, WP_DATE).atZone(this.c.zone()).toInstant();
			}
			if (!rfc.isBlank()) {
				return ZonedDateTime.parse(rfc, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			}
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("its date '" + ex.getParsedString() + "' is not a date");
		}
		return null;
	}

	private static Instant parseInstant(String iso) {
		return iso == null || iso.isBlank() ? null : Instant.parse(iso);
	}

	private static long number(String id) {
		try {
			return Long.parseLong(id.strip());
		}
		catch (NumberFormatException ex) {
			return Long.MAX_VALUE;
		}
	}

}
