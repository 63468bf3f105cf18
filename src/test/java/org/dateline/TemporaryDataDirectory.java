package org.dateline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at a fresh data directory (deleted when the JVM exits) and the
 * test mail server.
 */
public class TemporaryDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path directory = create();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("temporaryDataDirectory", Map.of("dateline.data-dir", directory.toString(),
					"spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(TestMail.port()))));
	}

	public static Path create() {
		try {
			Path directory = Files.createTempDirectory("dateline-test-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: it is a temporary directory
		}
	}

}
