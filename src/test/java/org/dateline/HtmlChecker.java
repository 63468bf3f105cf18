package org.dateline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The W3C Nu Html Checker (the validator behind validator.w3.org/nu), run in-process over
 * pages the tests fetched: zero errors allowed. Warnings are left to review.
 */
public final class HtmlChecker {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HtmlChecker() {
	}

	/**
	 * Checks every page and fails with all their errors at once.
	 * @param pages each page's HTML by a name that says which page and state it is
	 */
	public static void assertValid(Map<String, String> pages) {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		List<String> errors = new ArrayList<>();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			assertThat(page.getValue()).as(page.getKey()).startsWith("<!DOCTYPE html>");
			errors.addAll(errors(validator, page.getKey(), page.getValue()));
		}
		assertThat(errors).isEmpty();
	}

	private static List<String> errors(EmbeddedValidator validator, String name, String html) {
		String report;
		try {
			report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The checker could not read " + name, ex);
		}
		List<String> errors = new ArrayList<>();
		for (JsonNode message : JSON.readTree(report).path("messages")) {
			if ("error".equals(message.path("type").asString()) || "fatal".equals(message.path("subType").asString())) {
				errors.add(name + " line " + message.path("lastLine").asInt() + ": "
						+ message.path("message").asString() + " [" + message.path("extract").asString().strip() + "]");
			}
		}
		return errors;
	}

}
