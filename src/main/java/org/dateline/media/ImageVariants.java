package org.dateline.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.imageio.ImageIO;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

import org.springframework.stereotype.Component;

/**
 * Makes a photo's {@link Variant}s on first request and keeps them on disk beside the
 * original. Re-encoding drops every metadata block of the original, location data
 * included.
 */
@Component
class ImageVariants {

	private static final float JPEG_QUALITY = 0.82f;

	private final MediaStorage storage;

	private final ConcurrentMap<Path, Object> inProgress = new ConcurrentHashMap<>();

	ImageVariants(MediaStorage storage) {
		this.storage = storage;
	}

	/**
	 * The variant's file, made now if it does not exist yet; empty when the photo does
	 * not exist.
	 */
	Optional<Path> file(String key, Variant variant) {
		Path target = this.storage.variant(key, variant);
		if (Files.exists(target)) {
			return Optional.of(target);
		}
		Path original = this.storage.original(key);
		if (!Files.exists(original)) {
			return Optional.empty();
		}
		// One request renders a variant; concurrent requests for it wait for that file
		// rather than rendering again.
		Object lock = this.inProgress.computeIfAbsent(target, (p) -> new Object());
		try {
			synchronized (lock) {
				if (!Files.exists(target)) {
					render(original, variant, target);
				}
			}
		}
		finally {
			this.inProgress.remove(target, lock);
		}
		return Optional.of(target);
	}

	private static void render(Path original, Variant variant, Path target) {
		try {
			BufferedImage source = opaque(ImageIO.read(original.toFile()));
			int width = source.getWidth();
			int height = source.getHeight();
			Thumbnails.Builder<BufferedImage> builder;
			if (variant.isCrop()) {
				int cropWidth = Math.min(variant.width(), width);
				int cropHeight = cropWidth * variant.cropHeight() / variant.width();
				if (cropHeight > height) {
					cropHeight = height;
					cropWidth = cropHeight * variant.width() / variant.cropHeight();
				}
				builder = Thumbnails.of(source).size(cropWidth, cropHeight).crop(Positions.CENTER);
			}
			else {
				builder = Thumbnails.of(source).width(Math.min(variant.width(), width));
			}
			// Written in full and forced to disk before the rename: a crash never leaves
			// a truncated variant that
			// would then be served for a year.
			Path temporary = Files.createTempFile(target.getParent(), variant.name(), ".tmp");
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
					OutputStream out = Channels.newOutputStream(channel)) {
				builder.outputFormat("jpg").outputQuality(JPEG_QUALITY).toOutputStream(out);
				out.flush();
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not make " + target, ex);
		}
	}

	/**
	 * JPEG has no transparency: flatten onto white instead of letting transparent pixels
	 * turn black.
	 */
	private static BufferedImage opaque(BufferedImage image) {
		if (image == null) {
			throw new UncheckedIOException(new IOException("The original is not a readable image"));
		}
		if (!image.getColorModel().hasAlpha()) {
			return image;
		}
		BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = flat.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return flat;
	}

}
