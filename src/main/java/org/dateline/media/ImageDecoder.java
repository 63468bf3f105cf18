package org.dateline.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

/**
 * Reads photos with ImageIO, always in the same careful way: the reader is chosen by the
 * format the file's bytes show (never whatever reader claims the file first); the size
 * comes from the header, and nothing is decoded when it is above the pixel limit; a
 * decoder's warning (a JPEG that ends too soon) counts as damage rather than being
 * quietly painted grey; and only a few photos are decoded at once, so a burst of uploads
 * or of first requests for variants cannot take more memory than a handful of the largest
 * photos allowed.
 */
@Component
class ImageDecoder {

	private final Semaphore decoding = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

	private final long maxPixels;

	ImageDecoder(MediaProperties properties) {
		this.maxPixels = properties.maxPixels();
	}

	/** The size a file's header declares; nothing is decoded. */
	Size size(ImageInputStream in, ImageFormat format) throws IOException {
		ImageReader reader = reader(in, format);
		try {
			return new Size(reader.getWidth(0), reader.getHeight(0));
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * Decodes the first image of a file, every {@code step}-th pixel in each direction (1
	 * for all of them).
	 * @throws IIOException when the file is damaged or declares more pixels than allowed
	 */
	BufferedImage decode(ImageInputStream in, ImageFormat format, int step) throws IOException {
		ImageReader reader = reader(in, format);
		try {
			Size size = new Size(reader.getWidth(0), reader.getHeight(0));
			if (size.width() <= 0 || size.height() <= 0) {
				throw new IIOException("The header declares no pixels");
			}
			if (size.pixels() > this.maxPixels) {
				throw new IIOException("The header declares " + size.pixels() + " pixels, more than allowed");
			}
			ImageReadParam param = reader.getDefaultReadParam();
			if (step > 1) {
				param.setSourceSubsampling(step, step, 0, 0);
			}
			List<String> warnings = new ArrayList<>();
			reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
			BufferedImage image = decodeWithPermit(reader, param);
			if (!warnings.isEmpty()) {
				throw new IIOException("The decoder warned: " + warnings.getFirst());
			}
			return image;
		}
		finally {
			reader.dispose();
		}
	}

	private BufferedImage decodeWithPermit(ImageReader reader, ImageReadParam param) throws IOException {
		try {
			this.decoding.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while waiting to decode");
		}
		try {
			BufferedImage image = reader.read(0, param);
			if (image == null) {
				throw new IIOException("The decoder returned no image");
			}
			return image;
		}
		catch (RuntimeException ex) {
			// Decoders signal some damaged files with runtime exceptions (an index out of
			// bounds in a corrupt table); for the caller it is the same: the file is
			// damaged.
			throw new IIOException("The decoder failed: " + ex, ex);
		}
		finally {
			this.decoding.release();
		}
	}

	private static ImageReader reader(ImageInputStream in, ImageFormat format) throws IIOException {
		if (in == null) {
			throw new IIOException("No input");
		}
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
		if (!readers.hasNext()) {
			throw new IIOException("No ImageIO reader for " + format);
		}
		ImageReader reader = readers.next();
		// Metadata is read separately (PhotoMetadata), with its own limits; the decoders
		// skip it, so a PNG's compressed text chunks are never inflated here.
		reader.setInput(in, true, true);
		return reader;
	}

	record Size(int width, int height) {

		long pixels() {
			return (long) this.width * this.height;
		}

	}

}
