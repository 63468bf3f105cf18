package org.dateline.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes a photo's {@link Variant}s on first request and keeps them on disk beside the
 * original. Re-encoding drops every metadata block of the original, location data
 * included; the only metadata a variant carries is the {@link XmpPacket} written here
 * (credit, creator, copyright, caption). A variant is deleted when that text changes, and
 * made again on the next request.
 */
@Component
class ImageVariants {

	private static final float JPEG_QUALITY = 0.82f;

	private final MediaStorage storage;

	private final PhotoRepository photos;

	private final ImageDecoder decoder;

	private final ConcurrentMap<Path, Object> inProgress = new ConcurrentHashMap<>();

	ImageVariants(MediaStorage storage, PhotoRepository photos, ImageDecoder decoder) {
		this.storage = storage;
		this.photos = photos;
		this.decoder = decoder;
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
		// rather than rendering again. The details are read under the same lock that
		// deleting takes, so a variant made with text that has since changed never
		// outlives the change.
		return underLock(target, () -> {
			if (Files.exists(target)) {
				return Optional.of(target);
			}
			Optional<PhotoRepository.Rendering> rendering = this.photos.findRendering(key);
			rendering.ifPresent((r) -> render(original, variant, target, r));
			return rendering.map((r) -> target);
		});
	}

	/** Deletes a photo's variants once its new details are committed. */
	@TransactionalEventListener(fallbackExecution = true)
	void detailsChanged(PhotoDetailsChanged event) {
		for (Variant variant : Variant.values()) {
			Path target = this.storage.variant(event.key(), variant);
			underLock(target, () -> {
				try {
					return Files.deleteIfExists(target);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not delete " + target, ex);
				}
			});
		}
	}

	private <T> T underLock(Path target, Supplier<T> action) {
		Object lock = this.inProgress.computeIfAbsent(target, (p) -> new Object());
		try {
			synchronized (lock) {
				return action.get();
			}
		}
		finally {
			this.inProgress.remove(target, lock);
		}
	}

	private void render(Path original, Variant variant, Path target, PhotoRepository.Rendering rendering) {
		try {
			BufferedImage source = rgb(Orientation.apply(decode(original), rendering.orientation()));
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
			ByteArrayOutputStream encoded = new ByteArrayOutputStream(256 * 1024);
			builder.outputFormat("jpg").outputQuality(JPEG_QUALITY).toOutputStream(encoded);
			byte[] jpeg = encoded.toByteArray();
			Optional<String> xmp = XmpPacket.of(rendering.details());
			if (xmp.isPresent()) {
				jpeg = XmpPacket.insert(jpeg, xmp.get());
			}
			writeDurably(jpeg, variant, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not make " + target, ex);
		}
	}

	private BufferedImage decode(Path original) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(original)) {
			head = in.readNBytes(16);
		}
		ImageFormat format = ImageFormat.sniff(head)
			.orElseThrow(() -> new IOException("The original " + original + " is not a photo"));
		try (ImageInputStream in = new FileImageInputStream(original.toFile())) {
			return this.decoder.decode(in, format, 1);
		}
	}

	/**
	 * Written in full and forced to disk before the rename: a crash never leaves a
	 * truncated variant that would then be served for a year.
	 */
	private static void writeDurably(byte[] jpeg, Variant variant, Path target) throws IOException {
		Path temporary = Files.createTempFile(target.getParent(), variant.name(), ".tmp");
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(jpeg);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Plain 8-bit RGB, which the JPEG encoder writes correctly whatever the source was:
	 * JPEG has no transparency, so transparent pixels are flattened onto white instead of
	 * turning black, and palettes (GIF), 16-bit and grey-with-alpha PNGs are converted.
	 */
	private static BufferedImage rgb(BufferedImage image) {
		int type = image.getType();
		if (!image.getColorModel().hasAlpha() && (type == BufferedImage.TYPE_3BYTE_BGR
				|| type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_BYTE_GRAY)) {
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
