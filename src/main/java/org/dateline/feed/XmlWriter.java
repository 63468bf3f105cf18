package org.dateline.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.dateline.web.Dates;

/**
 * A small layer over StAX's {@link XMLStreamWriter} for feeds, sitemaps and oEmbed: the
 * writer escapes {@code <}, {@code &} and quotes; this class also drops what XML 1.0
 * cannot carry at all (control characters, lone surrogates), which the writer would
 * otherwise copy into a document no parser accepts. Prefixed names such as
 * {@code media:content} use the prefixes declared on the root element.
 */
final class XmlWriter {

	/** RFC 822 (with a four-digit year, as RFC 1123 and RSS 2.0 use it). */
	private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
			Locale.ENGLISH);

	static final String ATOM = "http://www.w3.org/2005/Atom";

	/** The prefixes this site's documents use, and their namespaces. */
	private static final Map<String, String> NAMESPACES = Map.of("atom", ATOM, "dc", "http://purl.org/dc/elements/1.1/",
			"content", "http://purl.org/rss/1.0/modules/content/", "media", "http://search.yahoo.com/mrss/", "news",
			"http://www.google.com/schemas/sitemap-news/0.9", "xml", XMLConstants.XML_NS_URI);

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);

	private final XMLStreamWriter xml;

	private XmlWriter(boolean standalone) {
		try {
			// the JDK's own writer, from a new factory each time: factories promise no
			// thread safety
			this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(this.bytes, "UTF-8");
			if (standalone) {
				// oEmbed's XML format asks for the standalone declaration
				this.bytes.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
					.getBytes(StandardCharsets.UTF_8));
			}
			else {
				this.xml.writeStartDocument("UTF-8", "1.0");
				this.xml.writeCharacters("\n");
			}
		}
		catch (XMLStreamException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static XmlWriter document() {
		return new XmlWriter(false);
	}

	static XmlWriter standaloneDocument() {
		return new XmlWriter(true);
	}

	static String rfc822(Instant instant, ZoneId zone) {
		return RFC_822.format(instant.atZone(zone));
	}

	/** RFC 3339 (and W3C Datetime, xsd:dateTime) in the site's zone, to the second. */
	static String rfc3339(Instant instant, ZoneId zone) {
		return Dates.iso(instant, zone);
	}

	/**
	 * The text without the characters XML 1.0 forbids: C0 controls other than tab, line
	 * feed and carriage return, U+FFFE and U+FFFF, and unpaired surrogates.
	 */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder kept = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed;
			if (Character.isHighSurrogate(c)) {
				allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
				if (allowed) {
					if (kept != null) {
						kept.append(c).append(text.charAt(i + 1));
					}
					i++;
					continue;
				}
			}
			else {
				allowed = !Character.isLowSurrogate(c)
						&& (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF));
			}
			if (!allowed && kept == null) {
				kept = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (allowed && kept != null) {
				kept.append(c);
			}
		}
		return (kept == null) ? text : kept.toString();
	}

	static String namespaceOf(String prefix) {
		return NAMESPACES.get(prefix);
	}

	XmlWriter start(String name) {
		try {
			int colon = name.indexOf(':');
			if (colon < 0) {
				this.xml.writeStartElement(name);
			}
			else {
				String prefix = name.substring(0, colon);
				this.xml.writeStartElement(prefix, name.substring(colon + 1), NAMESPACES.get(prefix));
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** Declares a namespace on the element just started ({@code ""}: the default one). */
	XmlWriter namespace(String prefix, String uri) {
		try {
			if (prefix.isEmpty()) {
				this.xml.writeDefaultNamespace(uri);
			}
			else {
				this.xml.writeNamespace(prefix, uri);
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	XmlWriter attribute(String name, String value) {
		try {
			writeAttribute(name, value);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	XmlWriter text(String text) {
		try {
			this.xml.writeCharacters(clean(text));
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	XmlWriter end() {
		try {
			this.xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** {@code <name>text</name>}. */
	XmlWriter element(String name, String text) {
		return start(name).text(text).end();
	}

	/** {@code <name>text</name>}, left out when the text is empty. */
	XmlWriter optional(String name, String text) {
		return (text == null || text.isBlank()) ? this : element(name, text);
	}

	/** {@code <name/>} with attributes given as name, value pairs. */
	XmlWriter empty(String name, String... attributes) {
		try {
			int colon = name.indexOf(':');
			if (colon < 0) {
				this.xml.writeEmptyElement(name);
			}
			else {
				String prefix = name.substring(0, colon);
				this.xml.writeEmptyElement(prefix, name.substring(colon + 1), NAMESPACES.get(prefix));
			}
			for (int i = 0; i < attributes.length; i += 2) {
				if (attributes[i + 1] != null) {
					writeAttribute(attributes[i], attributes[i + 1]);
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	private void writeAttribute(String name, String value) throws XMLStreamException {
		int colon = name.indexOf(':');
		if (colon < 0) {
			this.xml.writeAttribute(name, clean(value));
		}
		else {
			String prefix = name.substring(0, colon);
			this.xml.writeAttribute(prefix, NAMESPACES.get(prefix), name.substring(colon + 1), clean(value));
		}
	}

	byte[] finish() {
		try {
			this.xml.writeEndDocument();
			this.xml.flush();
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this.bytes.toByteArray();
	}

}
