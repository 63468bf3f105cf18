package org.dateline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at a fresh data directory (deleted when the JVM exits), on SQLite
 * or on a scratch PostgreSQL database, and at the test mail server.
 */
public class TemporaryDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * {@code -Ddateline.test.database=postgresql} runs every test site on a scratch
	 * database of the PostgreSQL test server ({@link TestPostgres}) instead of SQLite.
	 */
	public static final boolean ON_POSTGRES = "postgresql".equals(System.getProperty("dateline.test.database"));

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path directory = create();
		Map<String, Object> properties = new HashMap<>(Map.of("dateline.data-dir", directory.toString(),
				"spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(TestMail.port())));
		if (ON_POSTGRES) {
			TestPostgres database = TestPostgres.empty();
			Runtime.getRuntime().addShutdownHook(new Thread(database::close));
			properties.put("spring.datasource.url", database.url());
		}
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("temporaryDataDirectory", properties));
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
