package org.dateline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The attack strings in {@code src/test/resources/xss/vectors.txt}: cross-site scripting
 * vectors from the well-known public cheat sheets, written out by the project. If one ran
 * it would open a dialog, set {@code window.__xss} or add an {@code xss-injected}
 * element.
 */
public final class XssCorpus {

	private XssCorpus() {
	}

	public static List<String> vectors() {
		try (InputStream in = XssCorpus.class.getResourceAsStream("/xss/vectors.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank())
				.map((line) -> line.replace("\\n", "\n"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The first {@code max} characters (code points) of a vector, for fields with a
	 * length limit.
	 */
	public static String clip(String vector, int max) {
		return vector.codePointCount(0, vector.length()) <= max ? vector
				: vector.substring(0, vector.offsetByCodePoints(0, max));
	}

}
