package org.dateline.importer;

import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the HTML of imported stories into Dateline's Markdown body (CommonMark, the
 * {@code photo:} images and {@code ::: pullquote} blocks of ArticleBody). jsoup parses
 * the HTML as browsers do (it is already the project's HTML library); the writing is done
 * here rather than by a general converter such as flexmark's, because the target is the
 * small subset Dateline renders, and anything outside it (scripts, styles, iframes,
 * layout markup) must fall away to plain text rather than be carried over.
 */
final class HtmlMarkdown {

	private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>])");

	private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([#>+-]|\\d+\\.)(?=\\s)");

	/**
	 * How an image becomes Markdown: the resolver gets the {@code <img>} and answers the
	 * destination ({@code photo:12} for a library photo, or its URL).
	 */
	private final Function<Element, String> images;

	HtmlMarkdown(Function<Element, String> images) {
		this.images = images;
	}

	String convert(String html) {
		Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
		StringBuilder out = new StringBuilder();
		blocks(body, out);
		// a line break is followed by the next line's text, not by the space the HTML had
		return out.toString().replaceAll("\\\\\n[ \t]+", "\\\\\n").replaceAll("\n{3,}", "\n\n").strip();
	}

	private void blocks(Element parent, StringBuilder out) {
		StringBuilder inline = new StringBuilder();
		for (Node node : parent.childNodes()) {
			if (node instanceof Element element && isBlock(element)) {
				flush(inline, out);
				block(element, out);
			}
			else {
				inline(node, inline);
			}
		}
		flush(inline, out);
	}

	private static void flush(StringBuilder inline, StringBuilder out) {
		String text = inline.toString().strip();
		if (!text.isEmpty()) {
			out.append(text).append("\n\n");
		}
		inline.setLength(0);
	}

	private void block(Element e, StringBuilder out) {
		switch (e.tagName()) {
			case "p", "div", "section", "article", "main", "header", "footer", "center" -> blocks(e, out);
			case "h1", "h2", "h3", "h4", "h5", "h6" -> {
				int level = Math.clamp(e.tagName().charAt(1) - '0', 2, 4);
				String text = inlineOf(e).replace("\n", " ").strip();
				if (!text.isEmpty()) {
					out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
				}
			}
			case "ul", "ol" -> list(e, out);
			case "blockquote" -> {
				StringBuilder inner = new StringBuilder();
				blocks(e, inner);
				String quoted = inner.toString()
					.strip()
					.lines()
					.map((l) -> l.isEmpty() ? ">" : "> " + l)
					.reduce((a, b) -> a + "\n" + b)
					.orElse("");
				if (!quoted.isEmpty()) {
					out.append(quoted).append("\n\n");
				}
			}
			case "pre" -> out.append("```\n").append(e.wholeText().strip()).append("\n```\n\n");
			case "hr" -> out.append("---\n\n");
			case "figure" -> figure(e, out);
			case "table" -> table(e, out);
			case "script", "style", "iframe", "object", "embed", "noscript", "form" -> {
				String src = e.attr("src");
				if (!src.isBlank() && src.startsWith("http")) {
					out.append('<').append(src).append(">\n\n");
				}
			}
			default -> blocks(e, out);
		}
	}

	private void figure(Element figure, StringBuilder out) {
		if (figure.hasClass("wp-block-pullquote")) {
			StringBuilder inner = new StringBuilder();
			Element quote = figure.selectFirst("blockquote");
			blocks(quote != null ? quote : figure, inner);
			out.append("::: pullquote\n").append(inner.toString().strip()).append("\n:::\n\n");
			return;
		}
		if (figure.hasClass("wp-block-embed") || figure.selectFirst(".wp-block-embed__wrapper") != null) {
			String url = figure.text().strip().split("\\s+")[0];
			if (url.startsWith("http")) {
				out.append('<').append(url).append(">\n\n");
			}
			return;
		}
		for (Element img : figure.select("img")) {
			String destination = this.images.apply(img);
			out.append("![").append(escape(img.attr("alt").strip())).append("](").append(destination).append(")\n\n");
			Element caption = figure.selectFirst("figcaption");
			if (caption != null && !destination.startsWith("photo:") && !caption.text().isBlank()) {
				out.append('*').append(inlineOf(caption).strip()).append("*\n\n");
			}
		}
		if (figure.select("img").isEmpty()) {
			blocks(figure, out);
		}
	}

	private void list(Element list, StringBuilder out) {
		int n = 1;
		for (Element item : list.children()) {
			if (!item.tagName().equals("li")) {
				continue;
			}
			String marker = list.tagName().equals("ol") ? (n++) + ". " : "- ";
			StringBuilder inner = new StringBuilder();
			blocks(item, inner);
			String[] lines = inner.toString().strip().split("\n");
			out.append(marker).append(lines[0]).append('\n');
			for (int i = 1; i < lines.length; i++) {
				out.append(lines[i].isEmpty() ? "" : " ".repeat(marker.length()) + lines[i]).append('\n');
			}
		}
		out.append('\n');
	}

	private void table(Element table, StringBuilder out) {
		// Rows become paragraphs, cells joined: tables in old posts are mostly layout.
		for (Element row : table.select("tr")) {
			String text = row.children()
				.eachText()
				.stream()
				.filter((t) -> !t.isBlank())
				.reduce((a, b) -> a + " | " + b)
				.orElse("");
			if (!text.isBlank()) {
				out.append(escape(text)).append("\n\n");
			}
		}
	}

	private String inlineOf(Element e) {
		StringBuilder text = new StringBuilder();
		for (Node child : e.childNodes()) {
			inline(child, text);
		}
		return text.toString();
	}

	private void inline(Node node, StringBuilder out) {
		if (node instanceof TextNode text) {
			String value = text.getWholeText().replaceAll("\\s+", " ");
			out.append(LINE_START.matcher(escape(value)).replaceAll("$1\\\\$2"));
			return;
		}
		if (!(node instanceof Element e)) {
			return;
		}
		switch (e.tagName()) {
			case "br" -> out.append("\\\n");
			case "strong", "b" -> wrap(e, "**", out);
			case "em", "i", "cite" -> wrap(e, "*", out);
			case "code" -> out.append('`').append(e.text().replace("`", "")).append('`');
			case "a" -> {
				String href = e.attr("href").strip();
				String label = inlineOf(e).strip();
				if (href.isEmpty() || href.startsWith("javascript:")) {
					out.append(label);
				}
				else if (label.isEmpty() || !e.select("img").isEmpty()) {
					Element img = e.selectFirst("img");
					out.append(img != null ? image(img) : "<" + href + ">");
				}
				else {
					out.append('[')
						.append(label)
						.append("](")
						.append(href.replace(" ", "%20").replace(")", "%29"))
						.append(')');
				}
			}
			case "img" -> out.append(image(e));
			case "script", "style", "iframe", "noscript" -> {
			}
			default -> {
				for (Node child : e.childNodes()) {
					inline(child, out);
				}
			}
		}
	}

	private String image(Element img) {
		return "![" + escape(img.attr("alt").strip()) + "](" + this.images.apply(img) + ")";
	}

	private void wrap(Element e, String marker, StringBuilder out) {
		String inner = inlineOf(e);
		String core = inner.strip();
		if (core.isEmpty()) {
			out.append(inner);
			return;
		}
		// the marker must touch the words: "** bold**" is not emphasis in CommonMark
		out.append(inner.startsWith(" ") ? " " : "")
			.append(marker)
			.append(core)
			.append(marker)
			.append(inner.endsWith(" ") ? " " : "");
	}

	private static boolean isBlock(Element e) {
		return switch (e.tagName()) {
			case "p", "div", "section", "article", "main", "header", "footer", "center", "h1", "h2", "h3", "h4", "h5",
					"h6", "ul", "ol", "blockquote", "pre", "hr", "figure", "table", "script", "style", "iframe",
					"object", "embed", "noscript", "form" ->
				true;
			default -> false;
		};
	}

	static String escape(String text) {
		return SPECIAL.matcher(text).replaceAll("\\\\$1");
	}

}
