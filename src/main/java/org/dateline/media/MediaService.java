package org.dateline.media;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.dateline.web.ContentChanged;
import org.dateline.web.NotFoundException;
import org.dateline.web.SurrogateKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The media library: adds photos, finds them, keeps their details. See
 * {@link MediaController} for how readers get the files, and the newsroom's
 * {@code MediaLibraryController} for the screens.
 */
@Service
public class MediaService {

	/** Photos on one page of the library's grid and of the editor's photo picker. */
	public static final int PAGE_SIZE = 24;

	private static final int MAX_SEARCH_WORDS = 8;

	private final PhotoRepository photos;

	private final MediaStorage storage;

	private final ImageCheck check;

	private final MediaProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MediaService(PhotoRepository photos, MediaStorage storage, ImageCheck check, MediaProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.photos = photos;
		this.storage = storage;
		this.check = check;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores an image with details given by the caller (the demo site, imports) and
	 * records it in the library.
	 * @throws PhotoRejectedException when the file is not a photo the library can use
	 */
	public Photo add(byte[] image, String originalName, PhotoDetails details) {
		ImageCheck.Checked checked = this.check.check(image);
		return store(image, originalName, checked, details, null, 1).photo();
	}

	/**
	 * Adds a photo a member of the newsroom uploaded, its details prefilled from what the
	 * file itself says (see {@link PhotoMetadata}).
	 * @param uploadedBy the newsroom account uploading it
	 * @throws PhotoRejectedException with a message for the uploader when the file is not
	 * a photo the library can use; nothing is stored then
	 */
	public LibraryPhoto upload(byte[] image, String originalName, long uploadedBy) {
		ImageCheck.Checked checked = this.check.check(image);
		PhotoMetadata.Found found = PhotoMetadata.read(image, checked.format());
		return store(image, originalName, checked, found.details(), uploadedBy, found.orientation());
	}

	/**
	 * The file is written before the row, so a row never points at a missing file; a file
	 * without a row (after a crash) is harmless. No transaction is held while the file is
	 * checked: the insert is a single statement.
	 */
	private LibraryPhoto store(byte[] image, String originalName, ImageCheck.Checked checked, PhotoDetails details,
			Long uploadedBy, int orientation) {
		boolean turned = Orientation.swapsSides(orientation);
		int width = turned ? checked.height() : checked.width();
		int height = turned ? checked.width() : checked.height();
		String name = fileName(originalName);
		String key = this.storage.newKey();
		this.storage.storeOriginal(key, image);
		PhotoRepository.NewPhoto photo = new PhotoRepository.NewPhoto(name, checked.format().mediaType(), width, height,
				image.length, details, uploadedBy, orientation);
		long id = this.photos.insert(key, photo, this.clock.instant());
		return this.photos.findInLibrary(id).orElseThrow();
	}

	public Optional<Photo> find(long id) {
		return this.photos.find(id);
	}

	/**
	 * The original file of a photo, as uploaded (location data included): for the site's
	 * own exports and backups, never for readers.
	 */
	public Optional<java.nio.file.Path> originalFile(long id) {
		return this.photos.find(id).map((photo) -> this.storage.original(photo.key()));
	}

	public Optional<LibraryPhoto> findInLibrary(long id) {
		return this.photos.findInLibrary(id);
	}

	/**
	 * A page of the photos whose caption, credit, creator or original file name contain
	 * every word of the query; all photos when it is blank. Newest first.
	 */
	public PhotoSearch search(String query, int page) {
		String normalized = query == null ? "" : query.strip();
		List<String> words = Arrays.stream(normalized.split("\\s+"))
			.filter((word) -> !word.isEmpty())
			.map((word) -> word.length() > 100 ? word.substring(0, 100) : word)
			.limit(MAX_SEARCH_WORDS)
			.toList();
		int number = Math.clamp(page, 1, 10_000);
		long total = this.photos.count(words);
		List<LibraryPhoto> found = this.photos.search(words, PAGE_SIZE, (number - 1) * PAGE_SIZE);
		return new PhotoSearch(normalized, found, number, PAGE_SIZE, total);
	}

	/**
	 * Saves a photo's details. When the caption, credit, creator or copyright changed,
	 * the photo's variants are deleted once the change is committed, to be made again
	 * with the new text embedded; pages showing the photo are purged from the page cache.
	 * @throws IllegalArgumentException when a field is too long (see
	 * {@link PhotoDetails#problems()})
	 */
	@Transactional
	public void updateDetails(long id, PhotoDetails details) {
		if (!details.problems().isEmpty()) {
			throw new IllegalArgumentException(String.join(" ", details.problems().values()));
		}
		LibraryPhoto photo = this.photos.findInLibrary(id).orElseThrow(() -> new NotFoundException("No photo " + id));
		this.photos.updateDetails(id, details);
		if (details.embeddedDiffers(photo.details())) {
			this.events.publishEvent(new PhotoDetailsChanged(id, photo.photo().key()));
		}
		// Article pages show the caption, credit and alt text, and lists show the hero's
		// alt text: with no index from photos to the lists that show them, a photo in use
		// empties the page cache, as a changed slug does. Photo edits are rare.
		if (!this.photos.usages(id).isEmpty()) {
			this.events.publishEvent(ContentChanged.of(SurrogateKeys.SITE));
		}
	}

	/**
	 * Whether a published article uses the photo, as hero or in its text: what readers
	 * and the content API may see. A photo only in drafts could give a story away before
	 * it runs.
	 */
	public boolean inPublishedArticle(long id) {
		return this.photos.usages(id).stream().anyMatch((usage) -> "PUBLISHED".equals(usage.status()));
	}

	/**
	 * The photos that lead published articles, newest upload first: up to {@code limit}
	 * of those uploaded before photo {@code beforeId}, or from the newest when it is
	 * null.
	 */
	public List<Photo> publishedHeroes(Long beforeId, int limit) {
		return this.photos.publishedHeroes((beforeId == null) ? Long.MAX_VALUE : beforeId, limit);
	}

	/** The articles using a photo, most recently changed first. */
	public List<PhotoUsage> usages(long id) {
		return this.photos.usages(id);
	}

	/**
	 * Why a file of this many bytes would be refused for its size, before it is read;
	 * empty when the size is fine.
	 */
	public Optional<String> sizeProblem(long bytes) {
		long max = this.properties.maxUploadSize().toBytes();
		return bytes > max ? Optional.of(ImageCheck.tooLarge(bytes, max)) : Optional.empty();
	}

	public MediaProperties properties() {
		return this.properties;
	}

	/**
	 * The name the file had on the uploader's computer, for display only: the last path
	 * segment (old browsers send whole paths), without control characters, at most 255
	 * characters.
	 */
	static String fileName(String originalName) {
		if (originalName == null) {
			return "";
		}
		String name = originalName
			.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1);
		name = PhotoMetadata.clean(name);
		return name.length() > 255 ? name.substring(0, 255) : name;
	}

}
