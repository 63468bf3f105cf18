package org.dateline.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jsoup.nodes.Element;

/**
 * An IPTC ninjs document (1.x or 2.x, News in JSON) as a {@link WireStory}. 1.x has
 * {@code headline}, {@code body_text}/{@code body_html}, {@code byline}, {@code place},
 * {@code subject} and associations as an object; 2.x has {@code headlines},
 * {@code bodies}, {@code by}, {@code places}, {@code subjects} and associations as an
 * array. Both have {@code located}, which is the dateline. The ninjs Dateline writes
 * (api.NinjsJson and the export) reads back into the same fields.
 */
final class NinjsReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private NinjsReader() {
	}

	/**
	 * @param images how a body's {@code <img>} becomes a Markdown destination
	 * @throws IllegalArgumentException when the text is not a ninjs document
	 */
	static WireStory parse(String text, java.util.function.Function<Element, String> images) {
		JsonNode doc;
		try {
			doc = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("it is not JSON (" + ex.getOriginalMessage() + ")");
		}
		if (doc == null || !doc.isObject()) {
			throw new IllegalArgumentException("it is not a ninjs object");
		}
		List<String> recognized = new ArrayList<>();
		String version = doc.path("standard").path("version").asString("");
		boolean two = doc.has("headlines") || doc.has("bodies") || doc.has("subjects") || version.startsWith("2");
		recognized.add("ninjs " + (two ? "2.x" : "1.x"));
		String headline = "";
		String dek = "";
		if (doc.path("headlines").isArray()) {
			for (JsonNode h : doc.path("headlines")) {
				String role = h.path("role").asString("main");
				if (role.equals("sub") && dek.isEmpty()) {
					dek = h.path("value").asString("");
				}
				else if (headline.isEmpty() && !role.equals("sub")) {
					headline = h.path("value").asString("");
				}
			}
		}
		else {
			headline = doc.path("headline").asString("");
			dek = doc.path("description_text").asString("");
		}
		if (headline.isBlank()) {
			throw new IllegalArgumentException("it has no headline, so it is not a ninjs story");
		}
		String type = doc.path("type").asString("text");
		if (!type.equals("text") && !type.equals("composite")) {
			throw new IllegalArgumentException("it is a ninjs " + type + " item, not a story");
		}
		String dateline = doc.path("located").asString("").strip();
		String body = body(doc, images);
		if (!dateline.isEmpty()) {
			recognized.add("dateline '" + dateline + "'");
			body = withoutDateline(body, dateline);
		}
		else {
			Matcher d = WireCopy.DATELINE.matcher(body);
			if (d.find()) {
				dateline = d.group(1).strip();
				body = body.substring(d.end()).strip();
				recognized.add("dateline '" + dateline + "' (from the body)");
			}
		}
		List<String> bylines = new ArrayList<>();
		String by = doc.has("by") ? doc.path("by").asString("") : doc.path("byline").asString("");
		for (String name : by.replaceFirst("(?i)^by\\s+", "").split("\\s*(?:,|\\band\\b|&)\\s*")) {
			if (!name.isBlank()) {
				bylines.add(name.strip());
			}
		}
		String section = null;
		List<String> tags = new ArrayList<>();
		for (JsonNode s : doc.has("subjects") ? doc.path("subjects") : doc.path("subject")) {
			String name = s.path("name").asString("").strip();
			if (s.path("rel").asString("").equals("section") && section == null) {
				section = s.path("literal").asString(name);
			}
			else if (!name.isEmpty()) {
				tags.add(name);
			}
		}
		String externalId = doc.has("uri") ? doc.path("uri").asString("") : doc.path("guid").asString("");
		JsonNode picture = picture(doc.path("associations"));
		String alt = "";
		String caption = "";
		String credit = "";
		String href = null;
		if (picture != null) {
			for (JsonNode d : picture.path("descriptions")) {
				switch (d.path("role").asString("")) {
					case "alt" -> alt = d.path("value").asString("");
					case "caption" -> caption = d.path("value").asString("");
					case "creditline" -> credit = d.path("value").asString("");
					default -> {
					}
				}
			}
			if (caption.isEmpty()) {
				caption = picture.path("description_text").asString(picture.path("headline").asString(""));
			}
			if (credit.isEmpty()) {
				credit = picture.path("byline").asString("");
			}
			href = rendition(picture.path("renditions"));
			recognized.add("picture" + (href == null ? "" : " " + href));
		}
		recognized.add(bylines.size() + " bylines, " + tags.size() + " subjects");
		return new WireStory(externalId.isBlank() ? null : externalId, headline.strip(), dek.strip(), dateline, body,
				bylines, section, tags, alt, caption, credit, picture == null ? "" : picture.path("by").asString(""),
				picture == null ? "" : picture.path("copyrightholder").asString(""), href, recognized);
	}

	private static String body(JsonNode doc, java.util.function.Function<Element, String> images) {
		HtmlMarkdown html = new HtmlMarkdown(images);
		for (JsonNode b : doc.path("bodies")) {
			if (b.path("role").asString("main").equals("main")) {
				String value = b.path("value").asString("");
				return b.path("contenttype").asString("text/plain").contains("html") ? html.convert(value)
						: plain(value);
			}
		}
		if (doc.has("body_html")) {
			return html.convert(doc.path("body_html").asString(""));
		}
		return plain(doc.path("body_text").asString(""));
	}

	private static String plain(String text) {
		StringBuilder out = new StringBuilder();
		for (String p : text.replace("\r\n", "\n").split("\n\\s*\n")) {
			if (!p.isBlank()) {
				out.append(HtmlMarkdown.escape(p.strip().replaceAll("\\s*\n\\s*", " "))).append("\n\n");
			}
		}
		return out.toString().strip();
	}

	/** A body opening with its own dateline (as rendered HTML does) loses it once. */
	private static String withoutDateline(String body, String dateline) {
		String escaped = HtmlMarkdown.escape(dateline);
		for (String prefix : new String[] { dateline, escaped }) {
			if (body.startsWith(prefix)) {
				String rest = body.substring(prefix.length()).stripLeading();
				if (rest.matches("(?s)^(--|[-\u2013\u2014]).*")) {
					return rest.replaceFirst("^(--|[-\u2013\u2014])\\s*", "");
				}
			}
		}
		return body;
	}

	/**
	 * The feature image, or else the first picture association (1.x: an object; 2.x: an
	 * array).
	 */
	private static JsonNode picture(JsonNode associations) {
		JsonNode first = null;
		for (var entry : associations.isObject() ? associations.properties()
				: List.<java.util.Map.Entry<String, JsonNode>>of()) {
			JsonNode a = entry.getValue();
			if (a.path("type").asString("picture").equals("picture")) {
				if (entry.getKey().equals("featureimage")) {
					return a;
				}
				first = first == null ? a : first;
			}
		}
		for (JsonNode a : associations.isArray() ? associations : JSON.createArrayNode()) {
			if (a.path("type").asString("picture").equals("picture")) {
				if (a.path("name").asString("").equals("featureimage")) {
					return a;
				}
				first = first == null ? a : first;
			}
		}
		return first;
	}

	/** The largest rendition's href (2.x: an array; 1.x: an object of renditions). */
	private static String rendition(JsonNode renditions) {
		String best = null;
		int widest = -1;
		List<JsonNode> all = new ArrayList<>();
		renditions.forEach(all::add);
		for (JsonNode r : all) {
			int width = r.path("width").asInt(0);
			if (r.has("href") && width > widest) {
				widest = width;
				best = r.path("href").asString();
			}
		}
		return best;
	}

}
