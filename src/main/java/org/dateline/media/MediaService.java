package org.dateline.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The media library: adds photos and finds them. See {@link MediaController} for how
 * readers get the files.
 */
@Service
public class MediaService {

	private final PhotoRepository photos;

	private final MediaStorage storage;

	private final Clock clock;

	MediaService(PhotoRepository photos, MediaStorage storage, Clock clock) {
		this.photos = photos;
		this.storage = storage;
		this.clock = clock;
	}

	/**
	 * Stores an image and records it in the library. The file is written before the row,
	 * so a row never points at a missing file; a file without a row (after a crash) is
	 * harmless.
	 */
	@Transactional
	public Photo add(byte[] image, String originalName, PhotoDetails details) {
		ImageFacts facts = inspect(image);
		String key = this.storage.newKey();
		this.storage.storeOriginal(key, image);
		long id = this.photos.insert(key, originalName, facts.mediaType(), facts.width(), facts.height(), image.length,
				details, this.clock.instant());
		return new Photo(id, key, facts.width(), facts.height(), details.alt(), details.caption(), details.credit(),
				details.creator(), details.copyright());
	}

	public Optional<Photo> find(long id) {
		return this.photos.find(id);
	}

	private static ImageFacts inspect(byte[] image) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (in == null || !readers.hasNext()) {
				throw new IllegalArgumentException("The file is not an image this site can read");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in);
				String mediaType = reader.getOriginatingProvider().getMIMETypes()[0];
				return new ImageFacts(mediaType, reader.getWidth(0), reader.getHeight(0));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the image", ex);
		}
	}

	private record ImageFacts(String mediaType, int width, int height) {
	}

}
