package org.dateline.media;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.properties.XMPProperty;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a photo's own file says about it: the fields a photo agency fills in (IPTC, XMP,
 * EXIF), read with metadata-extractor to prefill the library's caption, credit, creator,
 * copyright and alt text, and the EXIF orientation the camera recorded. XMP is preferred
 * where both it and the older IPTC record are present: it is always Unicode, while IPTC
 * text may be in any character set. A file whose metadata cannot be read simply prefills
 * nothing.
 */
final class PhotoMetadata {

	static final String DC = "http://purl.org/dc/elements/1.1/";

	static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";

	static final String IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";

	/**
	 * The most a PNG's compressed chunks (text, colour profile) may inflate to before the
	 * metadata reader is let at them: it inflates them in full, and a few kilobytes can
	 * say "a gigabyte of zeros".
	 */
	static final long MAX_INFLATED_PNG_METADATA = 4L * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(PhotoMetadata.class);

	private PhotoMetadata() {
	}

	/** The details and orientation found in the file; empty details when it has none. */
	static Found read(byte[] bytes, ImageFormat format) {
		if (format == ImageFormat.PNG && !PngChunks.compressedWithin(bytes, MAX_INFLATED_PNG_METADATA)) {
			log.info("Skipped the metadata of a PNG whose compressed chunks inflate to more than {} bytes",
					MAX_INFLATED_PNG_METADATA);
			return Found.NOTHING;
		}
		Metadata metadata;
		try {
			metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
		}
		catch (Exception | StackOverflowError ex) {
			log.info("Could not read the metadata of an uploaded {}: {}", format.label(), ex.toString());
			return Found.NOTHING;
		}
		Fields fields = new Fields(metadata);
		String creator = fields.first(fields::xmpCreators, () -> fields.iptcList(IptcDirectory.TAG_BY_LINE),
				() -> fields.exif(ExifIFD0Directory.TAG_ARTIST));
		String creditLine = fields.first(() -> fields.xmp(PHOTOSHOP, "Credit"),
				() -> fields.iptc(IptcDirectory.TAG_CREDIT));
		PhotoDetails details = new PhotoDetails(fields.first(() -> fields.xmpText(IPTC_CORE, "AltTextAccessibility")),
				fields.first(() -> fields.xmpText(DC, "description"), () -> fields.iptc(IptcDirectory.TAG_CAPTION)),
				credit(creditLine, creator), creator,
				fields.first(() -> fields.xmpText(DC, "rights"), () -> fields.iptc(IptcDirectory.TAG_COPYRIGHT_NOTICE),
						() -> fields.exif(ExifIFD0Directory.TAG_COPYRIGHT)));
		return new Found(details.limited(), fields.orientation());
	}

	/**
	 * The credit as the site prints it: {@code Photo: Agency / Photographer} when the
	 * file names both an agency (its credit line) and a photographer. A credit line that
	 * already names the photographer, or comes without one, is kept as the agency wrote
	 * it; a photographer without a credit line is credited alone.
	 */
	static String credit(String creditLine, String creator) {
		String line = clean(creditLine);
		String by = clean(creator);
		if (line.isEmpty()) {
			return by.isEmpty() ? "" : "Photo: " + by;
		}
		if (by.isEmpty() || line.toLowerCase(Locale.ROOT).contains(by.toLowerCase(Locale.ROOT))) {
			return line;
		}
		String agency = line.regionMatches(true, 0, "Photo:", 0, 6) ? line : "Photo: " + line;
		return agency + " / " + by;
	}

	/**
	 * One line of plain text: control characters and runs of white space become single
	 * spaces.
	 */
	static String clean(String value) {
		if (value == null) {
			return "";
		}
		return value.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
	}

	record Found(PhotoDetails details, int orientation) {

		static final Found NOTHING = new Found(new PhotoDetails("", "", "", "", ""), 1);

	}

	/** Looks fields up in the directories metadata-extractor found. */
	private record Fields(Metadata metadata) {

		@SafeVarargs
		final String first(Supplier<String>... candidates) {
			for (Supplier<String> candidate : candidates) {
				String value;
				try {
					value = clean(candidate.get());
				}
				catch (RuntimeException ex) {
					value = "";
				}
				if (!value.isEmpty()) {
					return value;
				}
			}
			return "";
		}

		String iptc(int tag) {
			return string(IptcDirectory.class, tag);
		}

		/** A repeatable IPTC field, such as one By-line per photographer. */
		String iptcList(int tag) {
			for (IptcDirectory directory : this.metadata.getDirectoriesOfType(IptcDirectory.class)) {
				String[] values = directory.getStringArray(tag);
				if (values != null && values.length > 0) {
					return String.join(", ", values);
				}
			}
			return null;
		}

		String exif(int tag) {
			return string(ExifIFD0Directory.class, tag);
		}

		private String string(Class<? extends Directory> type, int tag) {
			for (Directory directory : this.metadata.getDirectoriesOfType(type)) {
				String value = directory.getString(tag);
				if (value != null && !value.isBlank()) {
					return value;
				}
			}
			return null;
		}

		String xmp(String namespace, String property) {
			return fromXmp((xmp) -> {
				XMPProperty value = xmp.getProperty(namespace, property);
				return value == null ? null : value.getValue();
			});
		}

		/** A language alternative ({@code rdf:Alt}): the default language's text. */
		String xmpText(String namespace, String property) {
			return fromXmp((xmp) -> {
				XMPProperty value = xmp.getLocalizedText(namespace, property, null, "x-default");
				return value == null ? null : value.getValue();
			});
		}

		/** {@code dc:creator} is an ordered list of names. */
		String xmpCreators() {
			return fromXmp((xmp) -> {
				List<String> names = new ArrayList<>();
				int count = xmp.doesPropertyExist(DC, "creator") ? xmp.countArrayItems(DC, "creator") : 0;
				for (int i = 1; i <= Math.min(count, 20); i++) {
					XMPProperty name = xmp.getArrayItem(DC, "creator", i);
					if (name != null && !clean(name.getValue()).isEmpty()) {
						names.add(clean(name.getValue()));
					}
				}
				return names.isEmpty() ? null : String.join(", ", names);
			});
		}

		private String fromXmp(XmpQuery query) {
			for (XmpDirectory directory : this.metadata.getDirectoriesOfType(XmpDirectory.class)) {
				XMPMeta xmp = directory.getXMPMeta();
				if (xmp == null) {
					continue;
				}
				try {
					String value = query.apply(xmp);
					if (value != null && !value.isBlank()) {
						return value;
					}
				}
				catch (XMPException ex) {
					// a malformed property: look in the next packet, or at IPTC and EXIF
				}
			}
			return null;
		}

		int orientation() {
			for (ExifIFD0Directory directory : this.metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
				Integer value = directory.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
				if (value != null && value >= 1 && value <= 8) {
					return value;
				}
			}
			return 1;
		}

	}

	@FunctionalInterface
	private interface XmpQuery {

		String apply(XMPMeta xmp) throws XMPException;

	}

}
