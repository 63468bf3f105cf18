package org.dateline.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds, written last into its directory ({@value #FILE}), so a backup
 * without one is known to be unfinished: the database file and its SHA-256, each table's
 * row count and checksum ({@link SiteChecksums}), and each media file with its size and
 * SHA-256. {@link SiteRestore} checks the backup against it before restoring anything,
 * and the restored site against it afterwards.
 *
 * @param format {@value #FORMAT}, for the restores of later versions
 * @param createdAt when the snapshot was taken
 * @param source the kind of database backed up: {@code sqlite} or {@code postgresql}
 * @param schemaVersion the database's Flyway version
 * @param database the SQLite file holding the snapshot, whatever the source
 * @param tables every table's figures, as read from that file
 * @param files the data directory's files, paths relative to it with {@code /}
 */
public record BackupManifest(String format, Instant createdAt, String source, String schemaVersion, FileSum database,
		List<SiteChecksums.TableSum> tables, List<FileSum> files) {

	public static final String FILE = "manifest.json";

	public static final String FORMAT = "dateline-backup/1";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** A file, its size and its SHA-256 (hex). */
	public record FileSum(String path, long bytes, String sha256) {
	}

	/** The rows of every table together. */
	public long rows() {
		return this.tables.stream().mapToLong(SiteChecksums.TableSum::rows).sum();
	}

	void write(Path directory) throws IOException {
		DurableFiles.write(directory.resolve(FILE), JSON.writeValueAsBytes(this));
	}

	/**
	 * @throws DataDirectoryException when the directory holds no manifest, or one this
	 * version cannot read
	 */
	public static BackupManifest read(Path directory) {
		Path file = directory.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			throw new DataDirectoryException("There is no Dateline backup in " + directory + " (no " + FILE
					+ "; a backup that was cut short has none).");
		}
		BackupManifest manifest;
		try {
			manifest = JSON.readValue(file.toFile(), BackupManifest.class);
		}
		catch (JacksonException ex) {
			throw new DataDirectoryException("The backup's " + file + " is damaged: " + ex.getOriginalMessage());
		}
		if (!FORMAT.equals(manifest.format()) || manifest.database() == null || manifest.tables() == null
				|| manifest.files() == null) {
			throw new DataDirectoryException(
					"The backup's " + file + " is not a " + FORMAT + " manifest; use the Dateline that wrote it.");
		}
		return manifest;
	}

	/**
	 * Copies a file, fsyncs the copy, and returns what was copied, as it was read: a file
	 * that changed while it was read is caught by comparing the copy with this sum.
	 */
	static FileSum copy(Path from, Path to, String path) throws IOException {
		Files.createDirectories(to.getParent());
		MessageDigest digest = SiteCopy.sha256();
		long bytes = 0;
		try (InputStream in = Files.newInputStream(from);
				FileChannel channel = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			OutputStream out = Channels.newOutputStream(channel);
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
				out.write(buffer, 0, n);
				bytes += n;
			}
			channel.force(true);
		}
		return new FileSum(path, bytes, HexFormat.of().formatHex(digest.digest()));
	}

	/** The size and SHA-256 of a file as it is now. */
	static FileSum sum(Path file, String path) throws IOException {
		MessageDigest digest = SiteCopy.sha256();
		long bytes = 0;
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
				bytes += n;
			}
		}
		return new FileSum(path, bytes, HexFormat.of().formatHex(digest.digest()));
	}

	/**
	 * How the files under {@code root} differ from the manifest's: missing, of another
	 * size or with other content. Empty when they all match.
	 */
	static List<String> compareFiles(Path root, List<FileSum> expected) throws IOException {
		List<String> differences = new ArrayList<>();
		for (FileSum want : expected) {
			String difference = compareFile(root, want);
			if (difference != null) {
				differences.add(difference);
			}
		}
		return differences;
	}

	static String compareFile(Path root, FileSum want) throws IOException {
		Path file = root.resolve(want.path());
		if (!file.normalize().startsWith(root)) {
			return "file " + want.path() + " lies outside the directory";
		}
		try {
			FileSum found = sum(file, want.path());
			if (found.bytes() != want.bytes()) {
				return "file " + want.path() + " has " + found.bytes() + " bytes where " + want.bytes()
						+ " were expected";
			}
			return found.sha256().equals(want.sha256()) ? null
					: "file " + want.path() + " has the expected size but different content";
		}
		catch (NoSuchFileException ex) {
			return "file " + want.path() + " is missing";
		}
	}

	/** Forces a directory's entries to disk (Linux and macOS; elsewhere a no-op). */
	static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// not every system opens directories; the files themselves were forced
		}
	}

}
