package org.dateline.site;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SiteSettingsRepository {

	private final JdbcClient jdbc;

	SiteSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, String> findAll() {
		Map<String, String> values = new LinkedHashMap<>();
		this.jdbc.sql("SELECT name, value FROM site_setting ORDER BY name").query((rs) -> {
			values.put(rs.getString("name"), rs.getString("value"));
		});
		return values;
	}

	/** Stores the value unless another node stored one first: keys are made once. */
	void putIfAbsent(String name, String value) {
		this.jdbc.sql("INSERT INTO site_setting (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
			.param("name", name)
			.param("value", value)
			.update();
	}

	void put(String name, String value) {
		this.jdbc.sql("""
				INSERT INTO site_setting (name, value) VALUES (:name, :value)
				ON CONFLICT (name) DO UPDATE SET value = excluded.value
				""").param("name", name).param("value", value).update();
	}

}
