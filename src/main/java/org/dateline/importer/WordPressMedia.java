package org.dateline.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.media.MediaService;
import org.dateline.media.Photo;
import org.dateline.media.PhotoDetails;
import org.dateline.media.PhotoRejectedException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The attachments of one WordPress export: photos whose files are in the {@code --media}
 * folder go into the media library (through {@link MediaService}, so variants are made
 * and location data never published); the others stay links to where they were.
 */
final class WordPressMedia {

	static final String KIND = "photo";

	private static final Pattern WP_IMAGE_CLASS = Pattern.compile("wp-image-(\\d+)");

	private final MediaService media;

	private final ImportSources sources;

	private final String source;

	private final Path folder;

	/** Attachment id to the attachment (without its content). */
	private final Map<String, Wxr.Item> attachments = new HashMap<>();

	/** Attachment URL to attachment id, to recognise {@code <img src>}. */
	private final Map<String, String> byUrl = new HashMap<>();

	/** Attachment id to the library photo made from it. */
	private final Map<String, Long> photos = new HashMap<>();

	WordPressMedia(MediaService media, ImportSources sources, String source, Path folder) {
		this.media = media;
		this.sources = sources;
		this.source = source;
		this.folder = folder;
	}

	void add(Wxr.Item attachment) {
		this.attachments.put(attachment.postId(), attachment);
		if (!attachment.attachmentUrl().isBlank()) {
			this.byUrl.put(withoutScheme(attachment.attachmentUrl()), attachment.postId());
		}
	}

	int size() {
		return this.attachments.size();
	}

	Iterable<Wxr.Item> all() {
		return this.attachments.values();
	}

	/**
	 * Brings one attachment into the library, or updates the details of the photo it
	 * became before.
	 */
	void importPhoto(Wxr.Item attachment, ImportReport report, java.time.Instant now) {
		PhotoDetails details = details(attachment);
		Optional<Path> file = file(attachment);
		String hash = ImportSources.hash(details, file.map(WordPressMedia::size).orElse(-1L));
		Optional<ImportSources.Known> known = this.sources.find(this.source, KIND, attachment.postId());
		if (known.isPresent() && this.media.find(known.get().localId()).isPresent()) {
			this.photos.put(attachment.postId(), known.get().localId());
			if (known.get().hash().equals(hash)) {
				report.add(ImportReport.Outcome.UNCHANGED, attachment.label(), "");
			}
			else {
				this.media.updateDetails(known.get().localId(), details);
				this.sources.remember(this.source, KIND, attachment.postId(), known.get().localId(), hash, now);
				report.add(ImportReport.Outcome.UPDATED, attachment.label(), "caption, credit and alt text");
			}
			return;
		}
		if (file.isEmpty()) {
			report.add(ImportReport.Outcome.WARNING, attachment.label(),
					(this.folder == null ? "no --media folder given" : "no file for it in " + this.folder)
							+ ": kept as a link to " + attachment.attachmentUrl());
			return;
		}
		try {
			Photo photo = this.media.add(Files.readAllBytes(file.get()), file.get().getFileName().toString(), details);
			this.photos.put(attachment.postId(), photo.id());
			this.sources.remember(this.source, KIND, attachment.postId(), photo.id(), hash, now);
			report.add(ImportReport.Outcome.CREATED, attachment.label(), "photo " + photo.id());
		}
		catch (PhotoRejectedException ex) {
			report.add(ImportReport.Outcome.SKIPPED, attachment.label(),
					ex.getMessage() + " Kept as a link to " + attachment.attachmentUrl());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The library photo an attachment became, if it did. */
	Optional<Long> photo(String attachmentId) {
		return Optional.ofNullable(this.photos.get(attachmentId));
	}

	Optional<Wxr.Item> attachment(String attachmentId) {
		return Optional.ofNullable(this.attachments.get(attachmentId));
	}

	/**
	 * Where a body's reference to an attachment leads: {@code photo:12} for a library
	 * photo, else the attachment's URL; null for an unknown id.
	 */
	String destination(String attachmentId) {
		Long photo = this.photos.get(attachmentId);
		if (photo != null) {
			return "photo:" + photo;
		}
		Wxr.Item attachment = this.attachments.get(attachmentId);
		return attachment == null || attachment.attachmentUrl().isBlank() ? null : attachment.attachmentUrl();
	}

	/**
	 * An {@code <img>} of a post: a library photo when its {@code wp-image-N} class or
	 * its URL names an imported attachment, else the URL.
	 */
	String destination(Element img) {
		String src = img.attr("src").strip();
		if (src.startsWith("photo:")) {
			return src;
		}
		Matcher m = WP_IMAGE_CLASS.matcher(img.className());
		if (m.find() && this.photos.containsKey(m.group(1))) {
			return "photo:" + this.photos.get(m.group(1));
		}
		String id = this.byUrl.get(withoutScheme(src));
		if (id != null && this.photos.containsKey(id)) {
			return "photo:" + this.photos.get(id);
		}
		return src.replace(" ", "%20").replace(")", "%29");
	}

	private Optional<Path> file(Wxr.Item attachment) {
		if (this.folder == null) {
			return Optional.empty();
		}
		String attached = attachment.meta("_wp_attached_file");
		String url = attachment.attachmentUrl().replaceFirst("[?#].*$", "");
		String name = url.substring(url.lastIndexOf('/') + 1);
		for (String candidate : new String[] { attached, name }) {
			if (candidate.isBlank() || candidate.contains("..")) {
				continue;
			}
			Path path = this.folder.resolve(candidate).normalize();
			if (path.startsWith(this.folder) && Files.isRegularFile(path)) {
				return Optional.of(path);
			}
		}
		return Optional.empty();
	}

	/**
	 * Alt text from {@code _wp_attachment_image_alt}; the caption from the attachment's
	 * excerpt (where WordPress keeps it); the credit, creator and copyright from the
	 * Media Credit plugin's {@code _media_credit}, Dateline's own meta, or the IPTC
	 * fields WordPress copies into {@code _wp_attachment_metadata}.
	 */
	static PhotoDetails details(Wxr.Item attachment) {
		String metadata = attachment.meta("_wp_attachment_metadata");
		String credit = first(attachment.meta("_media_credit"), serialized(metadata, "credit"));
		String creator = first(attachment.meta("_dateline_creator"), serialized(metadata, "creator"));
		String copyright = first(attachment.meta("_dateline_copyright"), serialized(metadata, "copyright"));
		String caption = first(text(attachment.excerpt()), serialized(metadata, "caption"));
		return new PhotoDetails(attachment.meta("_wp_attachment_image_alt"), caption, credit, creator, copyright);
	}

	/**
	 * A string value of PHP's serialize() format: {@code s:6:"credit";s:5:"Reuters";}.
	 */
	static String serialized(String php, String key) {
		Matcher m = Pattern.compile("s:\\d+:\"" + Pattern.quote(key) + "\";s:\\d+:\"(.*?)\";").matcher(php);
		return m.find() ? m.group(1) : "";
	}

	static String text(String html) {
		return html == null || html.isBlank() ? "" : Jsoup.parse(html).text().strip();
	}

	private static String first(String a, String b) {
		return a != null && !a.isBlank() ? a.strip() : b == null ? "" : b.strip();
	}

	private static String withoutScheme(String url) {
		return url.replaceFirst("^https?:", "");
	}

	private static long size(Path path) {
		try {
			return Files.size(path);
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
