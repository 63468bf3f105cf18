package org.dateline.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.dateline.article.ArticleService;
import org.dateline.article.ArticleStatus;
import org.dateline.article.Correction;
import org.dateline.article.NewArticle;
import org.dateline.article.Section;
import org.dateline.article.SectionService;
import org.dateline.comment.CommentService;
import org.dateline.media.MediaService;
import org.dateline.media.Photo;
import org.dateline.media.PhotoDetails;
import org.dateline.site.SiteSettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo site into a new, empty site: on the first start only (a marker in the
 * site settings remembers it), before the server takes requests, and in one transaction,
 * so a site is either fully seeded or not at all. Times are relative to the moment of
 * seeding, so the demo always looks like today's news.
 */
@Component
class DemoSite implements SmartInitializingSingleton {

	static final String INITIALIZED = "site.initialized_at";

	private static final Logger log = LoggerFactory.getLogger(DemoSite.class);

	private static final DateTimeFormatter AGENCY_DATE = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

	private final Boolean enabled;

	private final SiteSettingsService settings;

	private final SectionService sections;

	private final ArticleService articles;

	private final CommentService comments;

	private final MediaService media;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoSite(@Value("${dateline.demo.enabled:#{null}}") Boolean enabled, SiteSettingsService settings,
			SectionService sections, ArticleService articles, CommentService comments, MediaService media,
			TransactionTemplate transaction, Clock clock) {
		this.enabled = enabled;
		this.settings = settings;
		this.sections = sections;
		this.articles = articles;
		this.comments = comments;
		this.media = media;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// Only serve decides (demo or --no-demo); a command such as "user add" on a new
		// directory leaves it open.
		if (this.enabled == null || this.settings.value(INITIALIZED) != null) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			if (this.enabled && this.articles.countPublished() == 0) {
				seed(DemoContent.load());
			}
			this.settings.put(INITIALIZED, this.clock.instant().toString());
		});
	}

	private void seed(DemoContent content) {
		long started = System.nanoTime();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Map<String, Long> sectionIds = new HashMap<>();
		for (DemoContent.SectionData section : content.sections()) {
			Section created = this.sections.create(section.slug(), section.name(), section.description());
			sectionIds.put(section.slug(), created.id());
		}
		Map<String, Long> authorIds = new HashMap<>();
		for (DemoContent.AuthorData author : content.authors()) {
			authorIds.put(author.slug(), this.articles.createAuthor(author.slug(), author.name(), author.bio()));
		}
		for (DemoContent.ArticleData article : content.articles()) {
			Instant published = ago(now, article.hoursAgo());
			Photo hero = photo(article, published);
			NewArticle created = new NewArticle(article.slug(), require(sectionIds, article.section(), article),
					article.headline(), article.dek(), article.dateline(), article.body(), ArticleStatus.PUBLISHED,
					hero.id(), article.commentsOpen() == null || article.commentsOpen(), published,
					article.updatedHoursAgo() == null ? null : ago(now, article.updatedHoursAgo()),
					article.authors().stream().map((slug) -> require(authorIds, slug, article)).toList(),
					article.tags(),
					article.corrections()
						.stream()
						.map((c) -> new NewArticle.NewCorrection(Correction.Kind.valueOf(c.kind().toUpperCase()),
								c.text(), ago(now, c.hoursAgo())))
						.toList());
			long articleId = this.articles.create(created);
			Map<String, Long> commentIds = new HashMap<>();
			for (DemoContent.CommentData comment : article.comments()) {
				Long parent = comment.parent() == null ? null : commentIds.get(comment.parent());
				commentIds.put(comment.id(), this.comments.addApproved(articleId, parent, comment.name(),
						comment.email(), comment.website(), comment.text(), ago(now, comment.hoursAgo())));
			}
		}
		log.info("Seeded the demo site: {} sections, {} authors, {} articles in {} ms", content.sections().size(),
				content.authors().size(), content.articles().size(), (System.nanoTime() - started) / 1_000_000);
	}

	private Photo photo(DemoContent.ArticleData article, Instant published) {
		DemoContent.PhotoData data = article.photo();
		BufferedImage image = ScenePainter.paint(data.scene(), data.palette(), article.slug().hashCode());
		String day = AGENCY_DATE.format(published.atZone(this.settings.current().zone())).toUpperCase(Locale.ENGLISH);
		PhotoDetails details = new PhotoDetails(data.alt(), data.caption().replace("{DATE}", day), data.credit(),
				data.creator(), data.copyright());
		return this.media.add(jpeg(image), article.slug() + ".jpg", details);
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(512 * 1024);
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.88f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static Instant ago(Instant now, double hours) {
		return now.minus(Duration.ofMinutes(Math.round(hours * 60)));
	}

	private static long require(Map<String, Long> ids, String slug, DemoContent.ArticleData article) {
		Long id = ids.get(slug);
		if (id == null) {
			throw new IllegalStateException("Demo article " + article.slug() + " names unknown '" + slug + "'");
		}
		return id;
	}

}
