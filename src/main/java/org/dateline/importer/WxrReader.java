package org.dateline.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a WordPress export (WXR 1.0 to 1.2, as WordPress 3 to 6 write it) element by
 * element: one item in memory at a time, whatever the file's size. The reader is
 * {@link SafeXml}'s, so a file declaring a DTD is refused before any entity is read.
 */
final class WxrReader {

	interface Handler {

		default void site(String baseUrl) {
		}

		default void author(Wxr.Author author) {
		}

		default void term(Wxr.Term term) {
		}

		default void item(Wxr.Item item) {
		}

	}

	private WxrReader() {
	}

	/**
	 * Reads the whole file, handing each part to the handler.
	 * @return the WXR version the file declares
	 * @throws ImportRefusedException when the file is not a readable WordPress export
	 */
	static String read(Path file, Handler handler) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			XMLStreamReader xml = SafeXml.open(in);
			try {
				return document(file, xml, handler);
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			throw SafeXml.refusal(file, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String document(Path file, XMLStreamReader xml, Handler handler) throws XMLStreamException {
		String version = null;
		boolean root = true;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.DTD) {
				throw new ImportRefusedException(file.getFileName() + " declares a DTD (<!DOCTYPE ...>). WordPress "
						+ "exports never do, and DTDs can make a reader fetch local files or expand entities without "
						+ "end (XXE, \"billion laughs\"), so it is refused. Nothing was imported.");
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String name = xml.getLocalName();
			if (root) {
				root = false;
				if (!"rss".equals(name)) {
					throw notWxr(file, "its root element is <" + name + ">, not <rss>");
				}
				continue;
			}
			if (isWp(xml)) {
				switch (name) {
					case "wxr_version" -> version = xml.getElementText().strip();
					case "base_site_url" -> handler.site(xml.getElementText().strip());
					case "author" -> handler.author(author(xml));
					case "category", "tag", "term" -> handler.term(term(xml, name));
					default -> skip(xml);
				}
			}
			else if ("item".equals(name) && xml.getNamespaceURI() == null) {
				if (version == null) {
					throw notWxr(file,
							"it has no <wp:wxr_version> before its first <item> (an RSS feed is not an export)");
				}
				handler.item(item(xml));
			}
			else if (!"channel".equals(name)) {
				skip(xml);
			}
		}
		if (root) {
			throw notWxr(file, "it is empty");
		}
		if (version == null) {
			throw notWxr(file, "it has no <wp:wxr_version> (an RSS feed is not an export)");
		}
		return version;
	}

	private static ImportRefusedException notWxr(Path file, String why) {
		return new ImportRefusedException(file.getFileName() + " is not a WordPress export (WXR): " + why
				+ ". In WordPress, use Tools > Export. Nothing was imported.");
	}

	static boolean isWp(XMLStreamReader xml) {
		String ns = xml.getNamespaceURI();
		return ns != null && ns.startsWith("http://wordpress.org/export/") && !ns.contains("/excerpt/");
	}

	private static Wxr.Author author(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = children(xml);
		return new Wxr.Author(fields.getOrDefault("author_login", ""), fields.getOrDefault("author_email", ""),
				fields.getOrDefault("author_display_name", ""), fields.getOrDefault("author_first_name", ""),
				fields.getOrDefault("author_last_name", ""), fields.getOrDefault("author_description", ""));
	}

	private static Wxr.Term term(XMLStreamReader xml, String kind) throws XMLStreamException {
		Map<String, String> f = children(xml);
		return switch (kind) {
			case "category" ->
				new Wxr.Term("category", f.getOrDefault("category_nicename", ""), f.getOrDefault("cat_name", ""),
						f.getOrDefault("category_parent", ""), f.getOrDefault("category_description", ""));
			case "tag" -> new Wxr.Term("post_tag", f.getOrDefault("tag_slug", ""), f.getOrDefault("tag_name", ""), "",
					f.getOrDefault("tag_description", ""));
			default -> new Wxr.Term(f.getOrDefault("term_taxonomy", ""), f.getOrDefault("term_slug", ""),
					f.getOrDefault("term_name", ""), f.getOrDefault("term_parent", ""),
					f.getOrDefault("term_description", ""));
		};
	}

	private static Wxr.Item item(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> f = new HashMap<>();
		Map<String, String> meta = new java.util.TreeMap<>();
		List<Wxr.ItemTerm> terms = new ArrayList<>();
		List<Wxr.Comment> comments = new ArrayList<>();
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			String name = xml.getLocalName();
			String ns = xml.getNamespaceURI();
			if (isWp(xml) && "postmeta".equals(name)) {
				Map<String, String> m = children(xml);
				meta.put(m.getOrDefault("meta_key", ""), m.getOrDefault("meta_value", ""));
			}
			else if (isWp(xml) && "comment".equals(name)) {
				Map<String, String> c = comment(xml);
				comments.add(new Wxr.Comment(c.getOrDefault("comment_id", ""), c.getOrDefault("comment_author", ""),
						c.getOrDefault("comment_author_email", ""), c.getOrDefault("comment_author_url", ""),
						c.getOrDefault("comment_date", ""), c.getOrDefault("comment_date_gmt", ""),
						c.getOrDefault("comment_content", ""), c.getOrDefault("comment_approved", ""),
						c.getOrDefault("comment_type", ""), c.getOrDefault("comment_parent", "0"),
						c.getOrDefault("meta:_dateline_created_at", "")));
			}
			else if (ns == null && "category".equals(name)) {
				String domain = value(xml.getAttributeValue(null, "domain"));
				String slug = value(xml.getAttributeValue(null, "nicename"));
				terms.add(new Wxr.ItemTerm(domain, slug, xml.getElementText().strip()));
			}
			else {
				String key = (Wxr.CONTENT_NS.equals(ns) ? "content:" : ns != null && ns.contains("/excerpt/")
						? "excerpt:" : Wxr.DC_NS.equals(ns) ? "dc:" : isWp(xml) ? "wp:" : "") + name;
				f.put(key, text(xml));
			}
		}
		return new Wxr.Item(f.getOrDefault("wp:post_id", ""), f.getOrDefault("wp:post_type", "post"),
				f.getOrDefault("title", "").strip(), f.getOrDefault("link", "").strip(),
				f.getOrDefault("guid", "").strip(), f.getOrDefault("dc:creator", "").strip(),
				f.getOrDefault("content:encoded", ""), f.getOrDefault("excerpt:encoded", ""),
				f.getOrDefault("wp:post_name", "").strip(), f.getOrDefault("wp:status", "").strip(),
				f.getOrDefault("wp:post_date", "").strip(), f.getOrDefault("wp:post_date_gmt", "").strip(),
				f.getOrDefault("pubDate", "").strip(), f.getOrDefault("wp:comment_status", "open").strip(),
				f.getOrDefault("wp:post_parent", "0").strip(), f.getOrDefault("wp:attachment_url", "").strip(), meta,
				terms, comments);
	}

	/** A comment's fields, and its {@code <wp:commentmeta>} as {@code meta:KEY}. */
	private static Map<String, String> comment(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = new HashMap<>();
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			if ("commentmeta".equals(xml.getLocalName())) {
				Map<String, String> meta = children(xml);
				fields.put("meta:" + meta.getOrDefault("meta_key", ""), meta.getOrDefault("meta_value", ""));
			}
			else {
				fields.put(xml.getLocalName(), text(xml));
			}
		}
		return fields;
	}

	/** The text children of an element, by local name (one level deep). */
	private static Map<String, String> children(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = new HashMap<>();
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			fields.put(xml.getLocalName(), text(xml));
		}
		return fields;
	}

	/** An element's text; an element with children of its own is skipped as empty. */
	private static String text(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (depth == 1) {
						text.append(xml.getText());
					}
				}
				default -> {
				}
			}
		}
		return text.toString();
	}

	private static void skip(XMLStreamReader xml) throws XMLStreamException {
		text(xml);
	}

	private static String value(String attribute) {
		return attribute == null ? "" : attribute.strip();
	}

}
