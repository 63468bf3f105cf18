package org.dateline.web;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Serialises structured data for a {@code <script type="application/ld+json">} block. */
public final class JsonLd {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private JsonLd() {
	}

	/**
	 * A JSON object with its keys in the order given, so the output is stable and reads
	 * like the schema.org examples.
	 * @param keysAndValues alternating keys (strings) and values
	 */
	public static Map<String, Object> object(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Keys and values must come in pairs");
		}
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			object.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return object;
	}

	/**
	 * JSON with {@code <}, {@code >} and {@code &} escaped as Unicode escapes: they can
	 * only occur inside strings, so the JSON means the same, and no headline or caption
	 * can close the script element.
	 */
	public static String write(Object value) {
		return MAPPER.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
