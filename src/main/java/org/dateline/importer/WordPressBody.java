package org.dateline.importer;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A WordPress post's content as a Dateline body. Block-editor markup (the
 * {@code <!-- wp:... -->} comments around plain HTML) falls away with the comments;
 * classic-editor content gets its paragraphs from blank lines, as WordPress's
 * {@code wpautop} makes them; the shortcodes a newsroom uses ({@code [caption]},
 * {@code [gallery]}, {@code [embed]}) become photos and links. Any other shortcode is
 * kept as text, and named in {@link Result#unknownShortcodes()} for the report.
 */
final class WordPressBody {

	static final Set<String> KNOWN = Set.of("caption", "wp_caption", "gallery", "embed");

	/** A shortcode: {@code [name attrs]}, optionally {@code ...[/name]}. */
	private static final Pattern SHORTCODE = Pattern
		.compile("\\[([a-zA-Z][\\w-]*)((?:\\s[^\\]]*)?)\\](?:(.*?)\\[/\\1\\])?", Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

	private static final Pattern BLOCK_START = Pattern
		.compile("^\\s*<(?:h[1-6]|ul|ol|blockquote|figure|table|pre|div|p|hr|!--)", Pattern.CASE_INSENSITIVE);

	record Result(String markdown, Set<String> unknownShortcodes) {
	}

	private final Function<String, String> attachmentIds;

	private final HtmlMarkdown markdown;

	/**
	 * @param attachmentIds the destination of a WordPress attachment id
	 * ({@code photo:12}), or null when it was not imported
	 * @param images the destination of an {@code <img>} (see {@link HtmlMarkdown})
	 */
	WordPressBody(Function<String, String> attachmentIds, Function<Element, String> images) {
		this.attachmentIds = attachmentIds;
		this.markdown = new HtmlMarkdown(images);
	}

	Result convert(String content) {
		Set<String> unknown = new LinkedHashSet<>();
		String raw = content == null ? "" : content.replace("\r\n", "\n");
		String html = shortcodes(raw, unknown);
		// the classic editor stores paragraphs as blank lines; the block editor as <p>
		if (!raw.contains("<p") && !raw.contains("<!-- wp:")) {
			html = autop(html);
		}
		return new Result(this.markdown.convert(html), unknown);
	}

	private String shortcodes(String content, Set<String> unknown) {
		Matcher m = SHORTCODE.matcher(content);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1).toLowerCase();
			String attributes = m.group(2);
			String inner = m.group(3);
			String replacement;
			if (KNOWN.contains(name)) {
				replacement = known(name, attributes, inner, unknown);
			}
			else {
				// "[sic]" or "[1]" in prose is no shortcode; attributes or a closing tag
				// are
				if (inner != null || attributes.contains("=")) {
					unknown.add(name);
				}
				replacement = m.group();
			}
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String known(String name, String attributes, String inner, Set<String> unknown) {
		return switch (name) {
			case "caption", "wp_caption" -> {
				String body = inner == null ? "" : shortcodes(inner, unknown);
				int end = body.lastIndexOf('>');
				String image = end < 0 ? "" : body.substring(0, end + 1);
				String caption = end < 0 ? body : body.substring(end + 1);
				String fromAttribute = attribute(attributes, "caption");
				if (caption.isBlank() && fromAttribute != null) {
					caption = fromAttribute;
				}
				yield "\n\n<figure>" + image + "<figcaption>" + caption.strip() + "</figcaption></figure>\n\n";
			}
			case "gallery" -> {
				String ids = attribute(attributes, "ids");
				StringBuilder figures = new StringBuilder("\n\n");
				if (ids != null) {
					for (String id : ids.split(",")) {
						String destination = this.attachmentIds.apply(id.strip());
						if (destination != null) {
							figures.append("<figure><img src=\"")
								.append(Entities.escape(destination))
								.append("\"></figure>\n");
						}
					}
				}
				yield figures.append("\n").toString();
			}
			default -> { // embed
				String url = inner == null ? "" : inner.strip();
				yield url.isEmpty() ? "" : "\n\n<p><a href=\"" + Entities.escape(url) + "\"></a></p>\n\n";
			}
		};
	}

	static String attribute(String attributes, String name) {
		Matcher m = ATTRIBUTE.matcher(attributes == null ? "" : attributes);
		while (m.find()) {
			if (m.group(1).equalsIgnoreCase(name)) {
				return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
			}
		}
		return null;
	}

	/** Paragraphs from blank lines and line breaks from single ones, as wpautop does. */
	static String autop(String content) {
		StringBuilder out = new StringBuilder();
		for (String chunk : content.split("\n\\s*\n")) {
			String text = chunk.strip();
			if (text.isEmpty()) {
				continue;
			}
			if (BLOCK_START.matcher(text).find()) {
				out.append(text).append('\n');
			}
			else {
				out.append("<p>").append(text.replace("\n", "<br>\n")).append("</p>\n");
			}
		}
		return out.toString();
	}

}
