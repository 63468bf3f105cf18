package org.dateline.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dateline.media.PhotoFixtures;

/** The import tests' files: WXR, wire copy and ninjs in src/test/resources/importer. */
final class ImportFixtures {

	private ImportFixtures() {
	}

	static Path resource(String name) {
		try {
			return Path.of(ImportFixtures.class.getResource("/importer/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A WordPress uploads folder holding the file of attachment 101
	 * ({@code 2024/03/keepers.jpg}) but not that of 102.
	 */
	static Path uploads(Path directory) {
		try {
			Path file = directory.resolve("2024/03/keepers.jpg");
			Files.createDirectories(file.getParent());
			Files.write(file, PhotoFixtures.jpeg(640, 427));
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
