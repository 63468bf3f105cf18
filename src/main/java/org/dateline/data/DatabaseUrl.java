package org.dateline.data;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a site's database lives when it is not the SQLite file of the data directory: a
 * PostgreSQL URL as operators write it, either JDBC's
 * ({@code jdbc:postgresql://host:5432/dateline?user=...}) or the libpq form most hosts
 * hand out ({@code postgresql://user:password@host:5432/dateline}), turned into Spring's
 * datasource settings.
 *
 * @param jdbcUrl the JDBC URL, without user and password when they were given apart
 * @param username the user, or {@code null} when the URL carries it
 * @param password the password, or {@code null}
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

	/**
	 * @throws DataDirectoryException with a sentence saying what is wrong, for anything
	 * but a PostgreSQL URL
	 */
	public static DatabaseUrl parse(String url) {
		String text = url.strip();
		if (text.startsWith("jdbc:postgresql://")) {
			return new DatabaseUrl(text, null, null);
		}
		if (!text.startsWith("postgresql://") && !text.startsWith("postgres://")) {
			throw new DataDirectoryException("The database URL must be a PostgreSQL one, postgresql://USER:PASSWORD@"
					+ "HOST:PORT/DATABASE or jdbc:postgresql://HOST:PORT/DATABASE; without one, Dateline uses SQLite "
					+ "in the data directory.");
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw new DataDirectoryException("The database URL is not a valid URL (" + ex.getReason()
					+ "); characters such as @ or / in the password must be percent-encoded.");
		}
		if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
			throw new DataDirectoryException(
					"The database URL needs a host and a database name: postgresql://USER:PASSWORD@HOST:PORT/DATABASE.");
		}
		StringBuilder jdbc = new StringBuilder("jdbc:postgresql://")
			.append(uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1))
			.append(uri.getRawPath());
		if (uri.getRawQuery() != null) {
			jdbc.append('?').append(uri.getRawQuery());
		}
		String username = null;
		String password = null;
		if (uri.getRawUserInfo() != null) {
			String[] parts = uri.getRawUserInfo().split(":", 2);
			username = decode(parts[0]);
			password = (parts.length > 1) ? decode(parts[1]) : null;
		}
		return new DatabaseUrl(jdbc.toString(), username, password);
	}

	/** The settings for Spring, as {@code --name=value} arguments. */
	public List<String> springArguments() {
		List<String> arguments = new ArrayList<>();
		arguments.add("--spring.datasource.url=" + this.jdbcUrl);
		if (this.username != null) {
			arguments.add("--spring.datasource.username=" + this.username);
		}
		if (this.password != null) {
			arguments.add("--spring.datasource.password=" + this.password);
		}
		return arguments;
	}

	/** Never the password: this goes to logs and messages. */
	@Override
	public String toString() {
		return this.jdbcUrl + ((this.username != null) ? " as " + this.username : "");
	}

	private static String decode(String part) {
		return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
