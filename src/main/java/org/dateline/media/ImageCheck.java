package org.dateline.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Decides whether an uploaded file may enter the library, in order of cost: its size,
 * what its first bytes say it is, the pixel count its header declares, and only then a
 * trial decode that finds damaged and cut-off files. Nothing is decoded before the pixel
 * count is known to be within the limit.
 */
@Component
class ImageCheck {

	private static final Logger log = LoggerFactory.getLogger(ImageCheck.class);

	/**
	 * The trial decode keeps about this many pixels across: every pixel of the file is
	 * still decoded (so damage anywhere is found), but only a thumbnail's worth is kept.
	 */
	private static final int TRIAL_WIDTH = 512;

	private final ImageDecoder decoder;

	private final MediaProperties properties;

	ImageCheck(ImageDecoder decoder, MediaProperties properties) {
		this.decoder = decoder;
		this.properties = properties;
	}

	/**
	 * The file's format and size as shown.
	 * @throws PhotoRejectedException saying what is wrong with it
	 */
	Checked check(byte[] bytes) {
		if (bytes.length == 0) {
			throw new PhotoRejectedException("The file is empty (0 bytes). Choose the photo again, or export it "
					+ "again if it was saved by another program.");
		}
		long max = this.properties.maxUploadSize().toBytes();
		if (bytes.length > max) {
			throw new PhotoRejectedException(tooLarge(bytes.length, max));
		}
		ImageFormat format = ImageFormat.sniff(bytes)
			.orElseThrow(() -> new PhotoRejectedException(ImageFormat.refusal(bytes)));
		ImageDecoder.Size size;
		try (ImageInputStream in = stream(bytes)) {
			size = this.decoder.size(in, format);
		}
		catch (IOException | RuntimeException ex) {
			throw damaged(format, ex);
		}
		if (size.width() <= 0 || size.height() <= 0) {
			throw damaged(format, null);
		}
		if (size.pixels() > this.properties.maxPixels()) {
			throw new PhotoRejectedException(String.format(Locale.ROOT,
					"The photo is %,d × %,d pixels (%s); the library takes up to %s. Scale it down and upload it "
							+ "again.",
					size.width(), size.height(), Sizes.megapixels(size.pixels()),
					Sizes.megapixels(this.properties.maxPixels())));
		}
		int step = Math.max(1, Math.max(size.width(), size.height()) / TRIAL_WIDTH);
		try (ImageInputStream in = stream(bytes)) {
			this.decoder.decode(in, format, step);
		}
		catch (IOException | RuntimeException ex) {
			throw damaged(format, ex);
		}
		return new Checked(format, size.width(), size.height());
	}

	static String tooLarge(long size, long max) {
		return "The file is " + Sizes.text(size) + "; the library takes files of up to " + Sizes.text(max)
				+ ". Export a smaller JPEG and upload that.";
	}

	private static PhotoRejectedException damaged(ImageFormat format, Exception cause) {
		log.info("Refused a damaged {} upload: {}", format.label(), cause == null ? "no size" : cause.toString());
		if (format == ImageFormat.JPEG && cause != null && String.valueOf(cause.getMessage()).contains("Unsupported")) {
			return new PhotoRejectedException("This JPEG uses CMYK colours, which are made for print and which "
					+ "browsers show wrongly. Save it in RGB (sRGB) and upload it again.");
		}
		return new PhotoRejectedException("The file is damaged or incomplete: it could not be read as a "
				+ format.label() + " from start to end. Download or export it again, then upload the new copy.");
	}

	private static ImageInputStream stream(byte[] bytes) {
		return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
	}

	record Checked(ImageFormat format, int width, int height) {
	}

}
