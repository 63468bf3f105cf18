package org.dateline.importer;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a WordPress export (WXR 1.2, with the namespaces WordPress's importer expects)
 * element by element, so an export of any size streams to disk. Text goes in CDATA as
 * WordPress writes it; a {@code ]]>} inside is split across two sections.
 */
final class WxrWriter implements AutoCloseable {

	static final String WP = "http://wordpress.org/export/1.2/";

	static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";

	private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final XMLStreamWriter xml;

	private final ZoneId zone;

	WxrWriter(OutputStream out, ZoneId zone) throws XMLStreamException {
		this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
		this.zone = zone;
	}

	void start(String title, String baseUrl, String language) throws XMLStreamException {
		this.xml.writeStartDocument("UTF-8", "1.0");
		this.xml.writeCharacters("\n");
		this.xml.writeStartElement("rss");
		this.xml.writeAttribute("version", "2.0");
		this.xml.writeNamespace("excerpt", EXCERPT);
		this.xml.writeNamespace("content", Wxr.CONTENT_NS);
		this.xml.writeNamespace("wfw", "http://wellformedweb.org/CommentAPI/");
		this.xml.writeNamespace("dc", Wxr.DC_NS);
		this.xml.writeNamespace("wp", WP);
		this.xml.writeStartElement("channel");
		text("title", title);
		text("link", baseUrl);
		text("description", "");
		text("language", language);
		wp("wxr_version", "1.2");
		wp("base_site_url", baseUrl);
		wp("base_blog_url", baseUrl);
	}

	/**
	 * An author; the description (a byline's bio) is Dateline's, WordPress passes over
	 * it.
	 */
	void author(String login, String displayName, String description) throws XMLStreamException {
		this.xml.writeStartElement("wp", "author", WP);
		wp("author_login", login);
		wp("author_email", "");
		wp("author_display_name", displayName);
		wp("author_description", description);
		this.xml.writeEndElement();
	}

	void category(String slug, String name, String description) throws XMLStreamException {
		this.xml.writeStartElement("wp", "category", WP);
		wp("category_nicename", slug);
		wp("category_parent", "");
		wp("cat_name", name);
		wp("category_description", description);
		this.xml.writeEndElement();
	}

	void startItem() throws XMLStreamException {
		this.xml.writeStartElement("item");
	}

	void endItem() throws XMLStreamException {
		this.xml.writeEndElement();
	}

	void startComment() throws XMLStreamException {
		this.xml.writeStartElement("wp", "comment", WP);
	}

	void endComment() throws XMLStreamException {
		this.xml.writeEndElement();
	}

	/**
	 * An element without a namespace ({@code title}, {@code link}, {@code guid}, ...).
	 */
	void text(String name, String value) throws XMLStreamException {
		this.xml.writeStartElement(name);
		cdata(value);
		this.xml.writeEndElement();
	}

	void wp(String name, String value) throws XMLStreamException {
		this.xml.writeStartElement("wp", name, WP);
		cdata(value);
		this.xml.writeEndElement();
	}

	void element(String prefix, String namespace, String name, String value) throws XMLStreamException {
		this.xml.writeStartElement(prefix, name, namespace);
		cdata(value);
		this.xml.writeEndElement();
	}

	void term(String domain, String slug, String name) throws XMLStreamException {
		this.xml.writeStartElement("category");
		this.xml.writeAttribute("domain", domain);
		this.xml.writeAttribute("nicename", slug);
		cdata(name);
		this.xml.writeEndElement();
	}

	void meta(String key, String value) throws XMLStreamException {
		this.xml.writeStartElement("wp", "postmeta", WP);
		wp("meta_key", key);
		wp("meta_value", value);
		this.xml.writeEndElement();
	}

	void commentMeta(String key, String value) throws XMLStreamException {
		this.xml.writeStartElement("wp", "commentmeta", WP);
		wp("meta_key", key);
		wp("meta_value", value);
		this.xml.writeEndElement();
	}

	/**
	 * {@code post_date} in the site's zone and {@code post_date_gmt}, as WordPress keeps
	 * both.
	 */
	void dates(String localName, String gmtName, Instant at) throws XMLStreamException {
		wp(localName, at == null ? "0000-00-00 00:00:00" : WP_DATE.format(at.atZone(this.zone)));
		wp(gmtName, at == null ? "0000-00-00 00:00:00" : WP_DATE.format(at.atOffset(ZoneOffset.UTC)));
	}

	static String rfc1123(Instant at) {
		return at == null ? "" : DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
	}

	private void cdata(String value) throws XMLStreamException {
		String text = value == null ? "" : value;
		if (text.isEmpty()) {
			return;
		}
		// XML 1.0 cannot carry most control characters at all, not even in CDATA
		text = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
		String[] parts = text.split("]]>", -1);
		for (int i = 0; i < parts.length; i++) {
			String part = (i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : "");
			this.xml.writeCData(part);
		}
	}

	@Override
	public void close() throws XMLStreamException {
		this.xml.writeEndDocument();
		this.xml.flush();
		this.xml.close();
	}

}
