package org.dateline.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dateline.article.ArticleImports;
import org.dateline.article.ArticleStatus;
import org.dateline.article.NewArticle;
import org.dateline.article.Section;
import org.dateline.article.SectionService;
import org.dateline.article.Slugs;
import org.dateline.media.MediaService;
import org.dateline.media.Photo;
import org.dateline.media.PhotoDetails;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code ./dateline import wire} and {@code import ninjs}: agency stories into drafts (or
 * published stories), one transaction per file. A photo comes from the file beside the
 * story ({@code story.jpg} next to {@code story.txt}) or the ninjs picture's rendition
 * when it is a local file; pictures on other servers are not fetched. A story imported
 * before (the same file name, or the same ninjs uri) is updated, never doubled.
 */
@Service
public class WireImport {

	static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final String[] PICTURES = { ".jpg", ".jpeg", ".png", ".webp", ".gif" };

	private final ArticleImports articles;

	private final SectionService sections;

	private final MediaService media;

	private final ImportSources sources;

	private final TransactionTemplate transaction;

	private final Clock clock;

	WireImport(ArticleImports articles, SectionService sections, MediaService media, ImportSources sources,
			TransactionTemplate transaction, Clock clock) {
		this.articles = articles;
		this.sections = sections;
		this.media = media;
		this.sources = sources;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * @param ninjs read every file as ninjs; otherwise {@code .json} files are ninjs and
	 * the others plain text
	 */
	public ImportReport run(List<Path> files, boolean ninjs, boolean publish, String sectionSlug, Progress progress) {
		ImportReport report = new ImportReport();
		progress.total(files.size());
		for (Path file : files) {
			String label = file.getFileName().toString();
			try {
				boolean json = ninjs || label.toLowerCase().endsWith(".json");
				WireStory story = read(file, json);
				this.transaction
					.executeWithoutResult((status) -> save(file, story, json, publish, sectionSlug, report));
			}
			catch (RuntimeException ex) {
				report.add(ImportReport.Outcome.SKIPPED, label, WordPressImport.reason(ex));
			}
			progress.step();
		}
		progress.finish();
		return report;
	}

	private WireStory read(Path file, boolean json) {
		String text = text(file);
		return json ? NinjsReader.parse(text, (img) -> img.attr("src")) : WireCopy.parse(text);
	}

	private void save(Path file, WireStory story, boolean json, boolean publish, String sectionSlug,
			ImportReport report) {
		String label = file.getFileName().toString();
		String source = json ? "ninjs" : "wire";
		String externalId = story.externalId() != null ? story.externalId() : label;
		Optional<Path> pictureFile = pictureFile(file, story);
		String hash = ImportSources.hash(story, publish, sectionSlug, pictureFile.map(Path::toString).orElse(""));
		Optional<ImportSources.Known> known = this.sources.find(source, "article", externalId);
		if (known.isPresent() && known.get().hash().equals(hash)) {
			report.add(ImportReport.Outcome.UNCHANGED, label, "article " + known.get().localId());
			return;
		}
		List<String> notes = new ArrayList<>(story.recognized());
		Long hero = null;
		if (pictureFile.isPresent()) {
			hero = photo(pictureFile.get(), story).id();
			notes.add("photo " + hero + " from " + pictureFile.get().getFileName());
		}
		else if (story.hasPhotoDetails() || story.picture() != null) {
			report.add(ImportReport.Outcome.WARNING, label,
					"photo details found but no picture file beside the " + "story"
							+ (story.picture() == null ? "" : " (" + story.picture() + " is not fetched)")
							+ ": no hero photo");
		}
		List<Long> bylines = story.bylines()
			.stream()
			.filter((name) -> !Slugs.slugify(name).isEmpty())
			.map((name) -> this.articles.author(Slugs.slugify(name), name, "").id())
			.toList();
		Instant now = this.clock.instant();
		NewArticle article = new NewArticle(story.headline(), section(story.section(), sectionSlug), story.headline(),
				story.dek(), story.dateline(), story.bodyMarkdown(),
				publish ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT, hero, true, publish ? now : null, null,
				bylines, story.tags(), List.of());
		long id;
		if (known.isPresent()) {
			id = known.get().localId();
			this.articles.replace(id, article);
		}
		else {
			id = this.articles.create(article);
		}
		this.sources.remember(source, "article", externalId, id, hash, now);
		report.add(known.isPresent() ? ImportReport.Outcome.UPDATED : ImportReport.Outcome.CREATED, label,
				(publish ? "published" : "draft") + " article " + id + "; recognized " + String.join(", ", notes));
	}

	private Photo photo(Path file, WireStory story) {
		try {
			return this.media.add(Files.readAllBytes(file), file.getFileName().toString(),
					new PhotoDetails(story.alt(), story.caption(), story.credit(), story.creator(), story.copyright()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The picture beside the story: a ninjs rendition's local file, or the same name with
	 * a picture extension.
	 */
	private static Optional<Path> pictureFile(Path story, WireStory parsed) {
		Path folder = story.toAbsolutePath().getParent();
		if (parsed.picture() != null && !parsed.picture().matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
			// beside the story, or in the media folder next to it (as an export writes
			// them)
			Path candidate = folder.resolve(parsed.picture()).normalize();
			Path root = folder.getParent() == null ? folder : folder.getParent();
			if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
		}
		String name = story.getFileName().toString();
		String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		for (String extension : PICTURES) {
			Path candidate = folder.resolve(base + extension);
			if (Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	private long section(String fromStory, String fallback) {
		String slug = Slugs.slugify(fromStory != null ? fromStory : fallback);
		String key = slug.isEmpty() ? "wire" : slug;
		Optional<Section> existing = this.sections.bySlug(key);
		if (existing.isPresent()) {
			return existing.get().id();
		}
		String name = Character.toUpperCase(key.charAt(0)) + key.substring(1).replace('-', ' ');
		return this.sections.create(key, name, "").id();
	}

	/**
	 * The file as UTF-8 text; anything else is refused with the reason, as a whole file.
	 */
	private static String text(Path file) {
		try {
			if (!Files.isRegularFile(file)) {
				throw new IllegalArgumentException("there is no such file");
			}
			if (Files.size(file) > MAX_BYTES) {
				throw new IllegalArgumentException(
						"it is larger than " + MAX_BYTES / 1024 / 1024 + " MB, which no single story is");
			}
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("it is not UTF-8 text (save it again as UTF-8)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
