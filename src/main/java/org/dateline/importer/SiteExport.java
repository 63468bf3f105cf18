package org.dateline.importer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import tools.jackson.databind.json.JsonMapper;

import org.dateline.article.ArticleImports;
import org.dateline.article.ArticleStatus;
import org.dateline.article.Author;
import org.dateline.article.NewArticle;
import org.dateline.article.Section;
import org.dateline.article.SectionService;
import org.dateline.comment.CommentService;
import org.dateline.comment.ModeratedComment;
import org.dateline.media.LibraryPhoto;
import org.dateline.media.MediaService;
import org.dateline.site.SiteSettings;
import org.dateline.site.SiteSettingsService;

import org.springframework.stereotype.Service;

/**
 * {@code ./dateline export}: the site, one section or a period, written so nobody is
 * locked in: {@code wordpress.xml} (a WXR file WordPress imports, which
 * {@link WordPressImport} reads back whole through Dateline's {@code _dateline_*} post
 * meta), {@code ninjs/} (one IPTC ninjs 2.1 file per story, see {@link NinjsExport}) and
 * {@code media/} (each photo's original file). Drafts, comments of every status and
 * commenters' addresses are included: an export is the operator's copy, like a backup,
 * and should be kept like one.
 */
@Service
public class SiteExport {

	/**
	 * Attachment ids are photo ids moved past any article id, as WordPress keeps posts
	 * and attachments in one table.
	 */
	static final long ATTACHMENT_BASE = 1_000_000_000L;

	private static final Pattern PHOTO = Pattern.compile("\\]\\(photo:(\\d+)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public record Summary(int articles, int photos, int comments, Path directory) {
	}

	private final ArticleImports articles;

	private final SectionService sections;

	private final CommentService comments;

	private final MediaService media;

	private final SiteSettingsService settings;

	SiteExport(ArticleImports articles, SectionService sections, CommentService comments, MediaService media,
			SiteSettingsService settings) {
		this.articles = articles;
		this.sections = sections;
		this.comments = comments;
		this.media = media;
		this.settings = settings;
	}

	/**
	 * @param sectionSlug only this section's stories, or null for all
	 * @param fromDay only stories published on or after this day (in the newsroom's
	 * zone), or null
	 * @param toDay only stories published on or before this day, or null
	 */
	public Summary run(Path directory, String sectionSlug, LocalDate fromDay, LocalDate toDay, Progress progress) {
		ZoneId zone = this.settings.current().zone();
		Instant from = fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant();
		Instant to = toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant();
		Long sectionId = null;
		if (sectionSlug != null) {
			sectionId = this.sections.bySlug(sectionSlug)
				.map(Section::id)
				.orElseThrow(() -> new ImportRefusedException("There is no section '" + sectionSlug + "'."));
		}
		List<Long> ids = this.articles.exportIds(sectionId, from, to);
		progress.total(ids.size());
		SiteSettings site = this.settings.current();
		String base = site.hasBaseUrl() ? site.baseUrl() : "http://localhost:8080";
		Map<Long, String> sectionSlugs = new LinkedHashMap<>();
		this.sections.all().forEach((s) -> sectionSlugs.put(s.id(), s.slug()));
		Map<Long, Author> authors = new LinkedHashMap<>();
		this.articles.authors().forEach((a) -> authors.put(a.id(), a));
		TreeSet<Long> photos = new TreeSet<>();
		int commentCount = 0;
		try {
			Files.createDirectories(directory.resolve("ninjs"));
			Files.createDirectories(directory.resolve("media"));
			NinjsExport ninjs = new NinjsExport(base, site, directory.resolve("ninjs"));
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(directory.resolve("wordpress.xml")));
					WxrWriter wxr = new WxrWriter(out, site.zone())) {
				wxr.start(site.name(), base, site.language());
				for (Author author : authors.values()) {
					wxr.author(author.slug(), author.name(), author.bio());
				}
				for (Section section : this.sections.all()) {
					wxr.category(section.slug(), section.name(), section.description());
				}
				for (long id : ids) {
					Optional<NewArticle> found = this.articles.exported(id);
					if (found.isEmpty()) {
						continue; // deleted while the export ran
					}
					NewArticle article = found.get();
					if (article.heroPhotoId() != null) {
						photos.add(article.heroPhotoId());
					}
					Matcher m = PHOTO.matcher(article.bodyMarkdown());
					while (m.find()) {
						photos.add(Long.parseLong(m.group(1)));
					}
					List<ModeratedComment> thread = this.comments.allFor(id);
					commentCount += thread.size();
					String html = this.articles.html(article);
					item(wxr, base, id, article, html, sectionSlugs, authors, thread);
					ninjs.write(id, article, html, sectionName(article.sectionId()),
							sectionSlugs.getOrDefault(article.sectionId(), "news"), authors,
							article.heroPhotoId() == null ? null : photo(article.heroPhotoId()).orElse(null));
					progress.step();
				}
				for (long photoId : photos) {
					Optional<LibraryPhoto> photo = photo(photoId);
					if (photo.isPresent()) {
						attachment(wxr, base, photo.get(), directory.resolve("media"));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The export could not be written: " + ex.getMessage(), ex);
		}
		progress.finish();
		return new Summary(ids.size(), photos.size(), commentCount, directory);
	}

	private void item(WxrWriter wxr, String base, long id, NewArticle a, String html, Map<Long, String> sectionSlugs,
			Map<Long, Author> authors, List<ModeratedComment> thread) throws XMLStreamException {
		wxr.startItem();
		wxr.text("title", a.headline());
		String path = this.articles.publishedPath(id).orElse("/?p=" + id);
		wxr.text("link", base + path);
		wxr.text("pubDate", WxrWriter.rfc1123(a.publishedAt()));
		Author first = a.authorIds().isEmpty() ? null : authors.get(a.authorIds().getFirst());
		wxr.element("dc", Wxr.DC_NS, "creator", first == null ? "" : first.slug());
		wxr.text("guid", base + "/?p=" + id);
		wxr.text("description", "");
		wxr.element("content", Wxr.CONTENT_NS, "encoded", html);
		wxr.element("excerpt", WxrWriter.EXCERPT, "encoded", a.dek());
		wxr.wp("post_id", Long.toString(id));
		wxr.dates("post_date", "post_date_gmt", a.publishedAt());
		wxr.wp("comment_status", a.commentsOpen() ? "open" : "closed");
		wxr.wp("ping_status", "closed");
		wxr.wp("post_name", a.slug());
		wxr.wp("status", switch (a.status()) {
			case PUBLISHED -> "publish";
			case SCHEDULED -> "future";
			case DRAFT -> "draft";
		});
		wxr.wp("post_parent", "0");
		wxr.wp("menu_order", "0");
		wxr.wp("post_type", "post");
		wxr.wp("post_password", "");
		wxr.wp("is_sticky", "0");
		String sectionSlug = sectionSlugs.getOrDefault(a.sectionId(), "news");
		wxr.term("category", sectionSlug, sectionName(a.sectionId()));
		for (String tag : a.tagNames()) {
			wxr.term("post_tag", org.dateline.article.Slugs.slugify(tag), tag);
		}
		for (long authorId : a.authorIds()) {
			Author author = authors.get(authorId);
			if (author != null) {
				// Co-Authors Plus's way of giving a post several bylines
				wxr.term("author", "cap-" + author.slug(), author.slug());
			}
		}
		if (a.heroPhotoId() != null) {
			wxr.meta("_thumbnail_id", Long.toString(ATTACHMENT_BASE + a.heroPhotoId()));
		}
		// What WXR has no field for, so that an import into Dateline loses nothing
		// a photo that no longer exists shows nothing, and must not become another one
		wxr.meta("_dateline_markdown",
				PHOTO.matcher(a.bodyMarkdown())
					.replaceAll((m) -> "](wp-attachment:"
							+ (photo(Long.parseLong(m.group(1))).isPresent() ? attachmentId(m.group(1)) : 0)));
		if (!a.dateline().isBlank()) {
			wxr.meta("_dateline_dateline", a.dateline());
		}
		if (a.publishedAt() != null) {
			wxr.meta("_dateline_published_at", a.publishedAt().toString());
		}
		if (a.updatedAt() != null) {
			wxr.meta("_dateline_updated_at", a.updatedAt().toString());
		}
		if (a.status() == ArticleStatus.DRAFT && a.publishedAt() != null) {
			wxr.meta("_dateline_published", "1");
		}
		if (!a.corrections().isEmpty()) {
			wxr.meta("_dateline_corrections",
					JSON.writeValueAsString(a.corrections()
						.stream()
						.map((c) -> Map.of("kind", c.kind().name(), "text", c.text(), "published_at",
								c.publishedAt().toString()))
						.toList()));
		}
		for (ModeratedComment c : thread) {
			wxr.startComment();
			wxr.wp("comment_id", Long.toString(c.id()));
			wxr.wp("comment_author", c.authorName());
			wxr.wp("comment_author_email", c.authorEmail());
			wxr.wp("comment_author_url", c.authorUrl());
			wxr.wp("comment_author_IP", "");
			wxr.dates("comment_date", "comment_date_gmt", c.createdAt());
			wxr.wp("comment_content", c.body());
			wxr.wp("comment_approved", switch (c.status()) {
				case APPROVED -> "1";
				case PENDING -> "0";
				case SPAM -> "spam";
				case TRASH -> "trash";
			});
			wxr.wp("comment_type", "comment");
			wxr.wp("comment_parent", c.parentId() == null ? "0" : Long.toString(c.parentId()));
			wxr.commentMeta("_dateline_created_at", c.createdAt().toString());
			wxr.endComment();
		}
		wxr.endItem();
	}

	private void attachment(WxrWriter wxr, String base, LibraryPhoto photo, Path mediaFolder)
			throws XMLStreamException, IOException {
		String file = photo.id() + "-" + safeName(photo.originalName());
		Optional<Path> original = this.media.originalFile(photo.id());
		if (original.isPresent() && Files.isRegularFile(original.get())) {
			Files.copy(original.get(), mediaFolder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		long id = ATTACHMENT_BASE + photo.id();
		wxr.startItem();
		wxr.text("title", photo.originalName());
		// WordPress fetches the file from here: the largest published variant, without
		// location data
		String url = base + photo.photo().url(org.dateline.media.Variant.W1600);
		wxr.text("link", url);
		wxr.text("guid", url);
		wxr.element("content", Wxr.CONTENT_NS, "encoded", "");
		wxr.element("excerpt", WxrWriter.EXCERPT, "encoded", photo.photo().caption());
		wxr.wp("post_id", Long.toString(id));
		wxr.wp("post_name", "photo-" + photo.id());
		wxr.wp("status", "inherit");
		wxr.wp("post_parent", "0");
		wxr.wp("post_type", "attachment");
		wxr.wp("attachment_url", url);
		wxr.meta("_wp_attached_file", file);
		wxr.meta("_wp_attachment_image_alt", photo.photo().alt());
		wxr.meta("_media_credit", photo.photo().credit());
		wxr.meta("_dateline_creator", photo.photo().creator());
		wxr.meta("_dateline_copyright", photo.photo().copyright());
		wxr.endItem();
	}

	private Optional<LibraryPhoto> photo(long id) {
		return this.media.findInLibrary(id);
	}

	private String sectionName(long sectionId) {
		return this.sections.byId(sectionId).map(Section::name).orElse("News");
	}

	static long attachmentId(String photoId) {
		return ATTACHMENT_BASE + Long.parseLong(photoId);
	}

	static String safeName(String name) {
		String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
		return cleaned.isBlank() || cleaned.startsWith(".") ? "photo" + cleaned : cleaned;
	}

}
