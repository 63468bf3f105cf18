package org.dateline.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.Thumbnails;

import org.dateline.data.DurableFiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The publication's logo: shown in the masthead and given to search engines as the
 * publisher's logo. An upload is checked by its content (PNG, JPEG or GIF; SVG is refused
 * because it can carry script), scaled to at most {@value #MAX_SIDE} pixels a side and
 * stored as PNG under {@code DATA/site/}, named by its hash so it can be cached for ever.
 */
@Service
public class SiteLogo {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_SIDE = 1200;

	private static final long MAX_PIXELS = 40_000_000L;

	private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif");

	private static final Pattern FILE = Pattern.compile("logo-[0-9a-f]{16}\\.png");

	private static final String SETTING = "logo";

	private final Path directory;

	private final SiteSettingsService settings;

	SiteLogo(@Value("${dateline.data-dir}") Path dataDirectory, SiteSettingsService settings) {
		this.directory = dataDirectory.resolve("site");
		this.settings = settings;
	}

	/** The logo, if the site has one. */
	public Optional<Logo> current() {
		return Optional.ofNullable(this.settings.current().logo());
	}

	static Logo parse(String stored) {
		if (stored == null || stored.isBlank()) {
			return null;
		}
		String[] parts = stored.split(";");
		return new Logo("/site/" + parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
	}

	/**
	 * Checks, scales and stores an uploaded logo, and makes it the site's.
	 * @throws IllegalArgumentException with a message for the admin when the file cannot
	 * be used
	 */
	public Logo replace(byte[] upload) {
		if (upload.length == 0) {
			throw new IllegalArgumentException("Choose an image file for the logo.");
		}
		if (upload.length > MAX_BYTES) {
			throw new IllegalArgumentException("The logo file is larger than 2 MB; a logo needs far less.");
		}
		BufferedImage image = read(upload);
		try {
			if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
				image = Thumbnails.of(image).size(MAX_SIDE, MAX_SIDE).asBufferedImage();
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			byte[] bytes = png.toByteArray();
			String file = "logo-" + HexFormat.of().formatHex(sha256(bytes), 0, 8) + ".png";
			DurableFiles.write(this.directory.resolve(file), bytes);
			this.settings.putAll(Map.of(SETTING, file + ";" + image.getWidth() + ";" + image.getHeight()));
			return current().orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the logo in " + this.directory, ex);
		}
	}

	/** Goes back to the site's name in type. */
	public void remove() {
		this.settings.putAll(Map.of(SETTING, ""));
	}

	/** The stored file with this name, if it is a logo's. */
	public Optional<Path> file(String name) {
		if (!FILE.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = this.directory.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	private static BufferedImage read(byte[] upload) {
		ImageReader reader = null;
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			reader = readers.hasNext() ? readers.next() : null;
			String format = reader == null ? "" : reader.getFormatName().toLowerCase(Locale.ROOT);
			if (!FORMATS.contains(format.equals("jpg") ? "jpeg" : format)) {
				throw new IllegalArgumentException("The logo should be a PNG, JPEG or GIF image. (SVG files are not "
						+ "accepted: they can carry scripts.)");
			}
			reader.setInput(input, true, true);
			long width;
			long height;
			BufferedImage image;
			try {
				width = reader.getWidth(0);
				height = reader.getHeight(0);
				image = (width * height > MAX_PIXELS) ? null : reader.read(0);
			}
			catch (IOException | RuntimeException ex) {
				throw new IllegalArgumentException("The logo file is damaged or not an image we can read.");
			}
			if (image == null) {
				throw new IllegalArgumentException("The logo image has too many pixels to open safely.");
			}
			if (width < 16 || height < 16) {
				throw new IllegalArgumentException(
						"The logo is too small to read: use one at least 112 pixels wide, as search engines ask.");
			}
			return image;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("The logo file is damaged or not an image we can read.");
		}
		finally {
			if (reader != null) {
				reader.dispose();
			}
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A logo's address and size. */
	public record Logo(String path, int width, int height) {
	}

}
