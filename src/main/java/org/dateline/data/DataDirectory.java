package org.dateline.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The directory holding a site's SQLite database and media. {@link #prepare} checks it
 * before anything starts, so a wrong path, a read-only disk or a damaged database stops
 * the server with one clear sentence instead of a stack trace half-way through start-up.
 */
public final class DataDirectory {

	public static final String DATABASE_FILE = "dateline.db";

	public static final String MEDIA_DIRECTORY = "media";

	private static final int HEADER_SIZE = 100;

	private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

	private DataDirectory() {
	}

	/**
	 * Creates the directory when missing and checks that it and its database can be used.
	 * @return the directory as given
	 * @throws DataDirectoryException saying what is wrong and where
	 */
	public static Path prepare(Path directory) {
		if (Files.exists(directory) && !Files.isDirectory(directory)) {
			throw new DataDirectoryException("The data directory " + directory
					+ " is a file, not a directory; choose another path with --data.");
		}
		try {
			Files.createDirectories(directory.resolve(MEDIA_DIRECTORY));
		}
		catch (IOException ex) {
			throw new DataDirectoryException("Cannot create the data directory " + directory + ": " + reason(ex) + ".");
		}
		checkWritable(directory);
		checkDatabase(directory.resolve(DATABASE_FILE));
		return directory;
	}

	private static void checkWritable(Path directory) {
		try {
			Path probe = Files.createTempFile(directory, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (IOException ex) {
			throw new DataDirectoryException(
					"Cannot write to the data directory " + directory + ": " + reason(ex) + ".");
		}
	}

	private static void checkDatabase(Path database) {
		if (!Files.exists(database)) {
			return;
		}
		if (!Files.isRegularFile(database)) {
			throw new DataDirectoryException("The database " + database + " is not a regular file.");
		}
		if (!Files.isReadable(database) || !Files.isWritable(database)) {
			throw new DataDirectoryException("Cannot read and write the database " + database + ": permission denied.");
		}
		byte[] header = new byte[HEADER_SIZE];
		int read;
		long size;
		try (InputStream in = Files.newInputStream(database)) {
			read = in.readNBytes(header, 0, header.length);
			size = Files.size(database);
		}
		catch (IOException ex) {
			throw new DataDirectoryException("Cannot read the database " + database + ": " + reason(ex) + ".");
		}
		if (read == 0) {
			return; // SQLite treats an empty file as a new database
		}
		if (read < header.length || !Arrays.equals(Arrays.copyOf(header, SQLITE_HEADER.length), SQLITE_HEADER)) {
			throw damaged(database, "it is not a SQLite database");
		}
		checkSize(database, ByteBuffer.wrap(header), size);
		// Reading the schema touches the first pages; a truncated or overwritten file
		// fails here.
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
			rs.next();
		}
		catch (SQLException ex) {
			throw damaged(database, ex.getMessage().replaceFirst("^\\[[A-Z_]+\\]\\s*", "").toLowerCase());
		}
	}

	/**
	 * A database file is a whole number of pages, and at least as many as its header
	 * counts. A file cut short (a failed copy, a full disk) would otherwise open as an
	 * empty database, and the site would start afresh on top of it.
	 */
	private static void checkSize(Path database, ByteBuffer header, long size) {
		int pageSize = Short.toUnsignedInt(header.getShort(16));
		if (pageSize == 1) {
			pageSize = 65536;
		}
		if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
			throw damaged(database, "its header gives an impossible page size");
		}
		if (size % pageSize != 0) {
			throw damaged(database, "its size is not a whole number of pages, so it was probably cut short");
		}
		long pagesInHeader = Integer.toUnsignedLong(header.getInt(28));
		boolean headerCountValid = header.getInt(24) == header.getInt(92);
		if (headerCountValid && pagesInHeader > size / pageSize) {
			throw damaged(database, "it has fewer pages than its header counts, so it was probably cut short");
		}
	}

	private static DataDirectoryException damaged(Path database, String why) {
		return new DataDirectoryException("The database " + database + " is damaged (" + why
				+ "); restore it from a backup, or move it away to start an empty site.");
	}

	private static String reason(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof NoSuchFileException) {
			return "the file system does not allow a directory there";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason().toLowerCase();
		}
		return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
	}

}
