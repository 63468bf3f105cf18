package org.dateline.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.article.ArticleImports;
import org.dateline.article.Author;
import org.dateline.article.SectionService;
import org.dateline.article.Slugs;
import org.dateline.comment.CommentService;
import org.dateline.media.MediaService;
import org.dateline.site.SiteSettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * {@code ./dateline import wordpress}: a WordPress export into this site. The file is
 * read twice, streaming: first whole, to refuse a broken file before anything is written
 * and to learn its authors, categories and attachments; then post by post. Each post is
 * imported in its own savepoint, so a bad one is reported and skipped, never half
 * written; posts are committed in batches, so 10,000 of them do not cost 10,000 fsyncs. A
 * re-run updates what changed and creates nothing twice (see {@link ImportSources}).
 */
@Service
public class WordPressImport {

	private static final Logger log = LoggerFactory.getLogger(WordPressImport.class);

	static final int BATCH = 500;

	static final Set<String> STORIES = Set.of("post", "page");

	private final ArticleImports articles;

	private final SectionService sections;

	private final CommentService comments;

	private final MediaService media;

	private final ImportSources sources;

	private final SiteSettingsService settings;

	private final PlatformTransactionManager transactions;

	private final Clock clock;

	WordPressImport(ArticleImports articles, SectionService sections, CommentService comments, MediaService media,
			ImportSources sources, SiteSettingsService settings, PlatformTransactionManager transactions, Clock clock) {
		this.articles = articles;
		this.sections = sections;
		this.comments = comments;
		this.media = media;
		this.sources = sources;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @param mediaFolder where the export's uploads are (the {@code wp-content/uploads}
	 * folder), or null to keep attachments as links
	 * @throws ImportRefusedException when the file is not a readable WordPress export;
	 * nothing is written then
	 */
	public ImportReport run(Path file, Path mediaFolder, Progress progress) {
		if (!Files.isRegularFile(file)) {
			throw new ImportRefusedException("There is no file " + file + ".");
		}
		if (size(file) == 0) {
			throw new ImportRefusedException(
					file.getFileName() + " is empty, not a WordPress export. Nothing was imported.");
		}
		if (mediaFolder != null && !Files.isDirectory(mediaFolder)) {
			throw new ImportRefusedException("The media folder " + mediaFolder + " does not exist.");
		}
		Scan scan = new Scan();
		WxrReader.read(file, scan);
		String source = "wordpress:" + (scan.baseUrl.isBlank() ? file.getFileName().toString() : scan.baseUrl);
		Path folder = mediaFolder == null ? null : mediaFolder.toAbsolutePath().normalize();
		WordPressMedia photos = new WordPressMedia(this.media, this.sources, source, folder);
		scan.attachments.forEach(photos::add);
		ImportReport report = new ImportReport();
		Instant now = this.clock.instant();
		progress.total(scan.stories + photos.size());
		Map<String, Long> authorIds = inTransaction(() -> {
			// every category is a section, even one no post is filed in yet
			for (Wxr.Term category : scan.categories.values()) {
				String slug = Slugs.slugify(category.slug().isBlank() ? category.name() : category.slug());
				if (!slug.isEmpty() && this.sections.bySlug(slug).isEmpty()) {
					this.sections.create(slug, category.name().isBlank() ? slug : category.name(),
							WordPressMedia.text(category.description()));
				}
			}
			return authors(scan.authors, report);
		});
		inBatches(photos.all(), progress, report, (attachment) -> photos.importPhoto(attachment, report, now),
				Wxr.Item::label);
		WordPressPosts posts = new WordPressPosts(
				new WordPressPosts.Context(source, scan.baseUrl, this.settings.current().zone(), this.articles,
						this.sections, this.comments, this.sources, photos, authorIds, scan.categories, now));
		Batches batches = new Batches(progress, report);
		try {
			WxrReader.read(file, new WxrReader.Handler() {
				@Override
				public void item(Wxr.Item item) {
					if (STORIES.contains(item.type())) {
						batches.run(() -> posts.importItem(item, report), item.label());
					}
				}
			});
			batches.commit();
		}
		finally {
			batches.rollbackIfOpen();
		}
		progress.finish();
		for (Map.Entry<String, Integer> skipped : scan.otherTypes.entrySet()) {
			report.add(ImportReport.Outcome.SKIPPED, skipped.getValue() + " items of type " + skipped.getKey(),
					"not stories (menus, revisions, blocks and other WordPress internals)");
		}
		log.info("Imported {} from {}", file.getFileName(), source);
		return report;
	}

	private Map<String, Long> authors(List<Wxr.Author> authors, ImportReport report) {
		Map<String, Long> ids = new HashMap<>();
		for (Wxr.Author author : authors) {
			String name = !author.displayName().isBlank() ? author.displayName()
					: (author.firstName() + " " + author.lastName()).strip();
			String slug = Slugs.slugify(author.login().isBlank() ? name : author.login());
			if (slug.isEmpty()) {
				report.add(ImportReport.Outcome.SKIPPED, "author '" + author.login() + "'", "no usable name");
				continue;
			}
			Author byline = this.articles.author(slug, name.isBlank() ? author.login() : name, author.description());
			ids.put(author.login(), byline.id());
		}
		return ids;
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		TransactionStatus status = this.transactions.getTransaction(new DefaultTransactionDefinition());
		try {
			T result = work.get();
			this.transactions.commit(status);
			return result;
		}
		catch (RuntimeException ex) {
			this.transactions.rollback(status);
			throw ex;
		}
	}

	private <T> void inBatches(Iterable<T> items, Progress progress, ImportReport report,
			java.util.function.Consumer<T> work, java.util.function.Function<T, String> label) {
		Batches batches = new Batches(progress, report);
		try {
			for (T item : items) {
				batches.run(() -> work.accept(item), label.apply(item));
			}
			batches.commit();
		}
		finally {
			batches.rollbackIfOpen();
		}
	}

	/**
	 * An outer transaction per {@link #BATCH} items and a savepoint per item: a failing
	 * item is rolled back alone and reported.
	 */
	private final class Batches {

		private final Progress progress;

		private final ImportReport report;

		private TransactionStatus batch;

		private int inBatch;

		Batches(Progress progress, ImportReport report) {
			this.progress = progress;
			this.report = report;
		}

		void run(Runnable item, String label) {
			if (this.batch == null) {
				this.batch = WordPressImport.this.transactions.getTransaction(new DefaultTransactionDefinition());
			}
			TransactionStatus savepoint = WordPressImport.this.transactions
				.getTransaction(new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
			try {
				item.run();
				WordPressImport.this.transactions.commit(savepoint);
			}
			catch (RuntimeException ex) {
				WordPressImport.this.transactions.rollback(savepoint);
				this.report.add(ImportReport.Outcome.SKIPPED, label, reason(ex));
			}
			this.progress.step();
			if (++this.inBatch >= BATCH) {
				commit();
			}
		}

		void commit() {
			if (this.batch != null) {
				WordPressImport.this.transactions.commit(this.batch);
				this.batch = null;
				this.inBatch = 0;
			}
		}

		void rollbackIfOpen() {
			if (this.batch != null) {
				WordPressImport.this.transactions.rollback(this.batch);
				this.batch = null;
			}
		}

	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static String reason(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.strip().lines().findFirst().orElse(message) + "; nothing of it was imported";
	}

	/** The first pass: everything but the posts, and how many posts there are. */
	private static final class Scan implements WxrReader.Handler {

		String baseUrl = "";

		final List<Wxr.Author> authors = new java.util.ArrayList<>();

		final Map<String, Wxr.Term> categories = new HashMap<>();

		final List<Wxr.Item> attachments = new java.util.ArrayList<>();

		final Map<String, Integer> otherTypes = new java.util.TreeMap<>();

		long stories;

		@Override
		public void site(String baseUrl) {
			this.baseUrl = baseUrl;
		}

		@Override
		public void author(Wxr.Author author) {
			this.authors.add(author);
		}

		@Override
		public void term(Wxr.Term term) {
			if (term.taxonomy().equals("category")) {
				this.categories.put(term.slug(), term);
			}
		}

		@Override
		public void item(Wxr.Item item) {
			if (STORIES.contains(item.type())) {
				this.stories++;
			}
			else if (item.type().equals("attachment")) {
				// the content and comments of an attachment are not needed: keep it small
				this.attachments.add(new Wxr.Item(item.postId(), item.type(), item.title(), item.link(), item.guid(),
						item.creator(), "", item.excerpt(), item.postName(), item.status(), item.postDate(),
						item.postDateGmt(), item.pubDate(), item.commentStatus(), item.parent(), item.attachmentUrl(),
						item.meta(), List.of(), List.of()));
			}
			else {
				this.otherTypes.merge(item.type(), 1, Integer::sum);
			}
		}

	}

}
