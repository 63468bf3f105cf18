package org.dateline.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The data directory is checked before anything starts, and every problem is one sentence
 * naming the path.
 */
class DataDirectoryTests {

	@TempDir
	Path temp;

	@Test
	void createsAMissingDirectoryWithItsMediaFolder() {
		Path directory = this.temp.resolve("new/site");
		assertThat(DataDirectory.prepare(directory)).isEqualTo(directory);
		assertThat(directory.resolve("media")).isDirectory();
	}

	@Test
	void refusesAFileInPlaceOfTheDirectory() throws IOException {
		Path file = Files.writeString(this.temp.resolve("data"), "not a directory");
		assertThatThrownBy(() -> DataDirectory.prepare(file)).isInstanceOf(DataDirectoryException.class)
			.hasMessage("The data directory " + file + " is a file, not a directory; choose another path with --data.");
	}

	@Test
	void refusesADirectoryThatCannotBeCreated() throws IOException {
		Path file = Files.writeString(this.temp.resolve("file"), "x");
		Path below = file.resolve("data");
		assertThatThrownBy(() -> DataDirectory.prepare(below)).isInstanceOf(DataDirectoryException.class)
			.hasMessageStartingWith("Cannot create the data directory " + below + ": ");
	}

	@Test
	void refusesAFileThatIsNotADatabase() throws IOException {
		Files.write(this.temp.resolve("dateline.db"), "PK\3\4 this is a zip file, not a database".getBytes());
		assertThatThrownBy(() -> DataDirectory.prepare(this.temp)).isInstanceOf(DataDirectoryException.class)
			.hasMessage("The database " + this.temp.resolve("dateline.db")
					+ " is damaged (it is not a SQLite database); restore it from a backup, or move it away to start an empty site.");
	}

	@Test
	void refusesADatabaseThatWasCutShort() throws Exception {
		Path database = this.temp.resolve("dateline.db");
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE t (x TEXT)");
			for (int i = 0; i < 200; i++) {
				statement.execute("INSERT INTO t VALUES (hex(randomblob(500)))");
			}
		}
		byte[] whole = Files.readAllBytes(database);
		assertThat(whole.length).isGreaterThan(3 * 4096);
		Files.write(database, java.util.Arrays.copyOf(whole, 2 * 4096));
		assertThatThrownBy(() -> DataDirectory.prepare(this.temp)).isInstanceOf(DataDirectoryException.class)
			.hasMessageContaining("is damaged (it has fewer pages than its header counts");
		Files.write(database, java.util.Arrays.copyOf(whole, 5000));
		assertThatThrownBy(() -> DataDirectory.prepare(this.temp)).isInstanceOf(DataDirectoryException.class)
			.hasMessageContaining("is damaged (its size is not a whole number of pages");
	}

	@Test
	void acceptsAHealthyOrEmptyDatabase() throws Exception {
		Path database = this.temp.resolve("dateline.db");
		Files.createFile(database);
		assertThat(DataDirectory.prepare(this.temp)).isEqualTo(this.temp);
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE t (x TEXT)");
		}
		assertThat(DataDirectory.prepare(this.temp)).isEqualTo(this.temp);
	}

}
