package org.dateline.data;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQLite and PostgreSQL share one schema history: the same versions, with the same
 * descriptions.
 */
class MigrationTests {

	@Test
	void bothDatabasesHaveTheSameMigrations() throws IOException {
		List<String> sqlite = names("sqlite");
		assertThat(sqlite).isNotEmpty();
		assertThat(names("postgresql")).isEqualTo(sqlite);
	}

	private static List<String> names(String vendor) throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/" + vendor + "/*.sql");
		return Arrays.stream(resources).map(Resource::getFilename).sorted().toList();
	}

}
