package org.dateline.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.regex.Pattern;

import org.dateline.data.DataDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Photo files on disk under {@code DATA/media/photos}: one directory per photo, holding
 * the untouched original and the variants made from it. Keys are random, so file names
 * say nothing about content and cannot be guessed in order.
 */
@Component
class MediaStorage {

	private static final Pattern KEY = Pattern.compile("[a-z2-7]{20}");

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

	private static final String ORIGINAL = "original";

	private final Path photos;

	private final SecureRandom random = new SecureRandom();

	MediaStorage(@Value("${dateline.data-dir}") Path dataDirectory) {
		this.photos = dataDirectory.resolve(DataDirectory.MEDIA_DIRECTORY).resolve("photos");
	}

	static boolean isKey(String candidate) {
		return KEY.matcher(candidate).matches();
	}

	String newKey() {
		StringBuilder key = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			key.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return key.toString();
	}

	/**
	 * Writes the original durably: to a temporary file, forced to disk, then renamed into
	 * place.
	 */
	void storeOriginal(String key, byte[] bytes) {
		Path directory = directory(key);
		try {
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, ORIGINAL, ".tmp");
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(bytes));
				channel.force(true);
			}
			Files.move(temporary, directory.resolve(ORIGINAL), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store photo " + key, ex);
		}
	}

	Path original(String key) {
		return directory(key).resolve(ORIGINAL);
	}

	Path variant(String key, Variant variant) {
		return directory(key).resolve(variant.fileName());
	}

	private Path directory(String key) {
		if (!isKey(key)) {
			throw new IllegalArgumentException("Not a photo key: " + key);
		}
		return this.photos.resolve(key.substring(0, 2)).resolve(key);
	}

}
