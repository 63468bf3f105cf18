package org.dateline.feed;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The standards' own schemas, run in the tests: RFC 4287's RELAX NG schema for Atom (with
 * Jing), the sitemaps.org XSDs for sitemaps and sitemap indexes, and Google's XSD for the
 * News extension (with the JDK's {@code javax.xml.validation}). Also a namespace-aware
 * parser and XPath with the prefixes the site's documents use. See
 * {@code src/test/resources/feed} for where each schema file came from.
 */
final class FeedSchemas {

	static final Map<String, String> PREFIXES = Map.of("atom", "http://www.w3.org/2005/Atom", "dc",
			"http://purl.org/dc/elements/1.1/", "content", "http://purl.org/rss/1.0/modules/content/", "media",
			"http://search.yahoo.com/mrss/", "sm", "http://www.sitemaps.org/schemas/sitemap/0.9", "news",
			"http://www.google.com/schemas/sitemap-news/0.9", "xml", XMLConstants.XML_NS_URI);

	private static final SchemaFactory XSD = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);

	static final Schema SITEMAP = xsd("sitemap.xsd");

	static final Schema SITEMAP_INDEX = xsd("siteindex.xsd");

	static final Schema NEWS_SITEMAP = xsd("sitemap.xsd", "sitemap-news.xsd");

	private FeedSchemas() {
	}

	/**
	 * What RFC 4287's schema finds wrong with an Atom document; empty when it is valid.
	 */
	static List<String> atomErrors(byte[] xml) {
		List<String> errors = new ArrayList<>();
		PropertyMapBuilder properties = new PropertyMapBuilder();
		properties.put(ValidateProperty.ERROR_HANDLER, collecting(errors));
		ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
		try {
			if (!driver.loadSchema(new InputSource(resource("atom.rnc").toString()))) {
				throw new IllegalStateException("RFC 4287's schema did not load: " + errors);
			}
			if (!driver.validate(new InputSource(new ByteArrayInputStream(xml))) && errors.isEmpty()) {
				errors.add("invalid");
			}
		}
		catch (Exception ex) {
			errors.add(ex.toString());
		}
		return errors;
	}

	/** What an XSD finds wrong with a document; empty when it is valid. */
	static List<String> xsdErrors(Schema schema, byte[] xml) {
		List<String> errors = new ArrayList<>();
		Validator validator = schema.newValidator();
		validator.setErrorHandler(collecting(errors));
		try {
			validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
		}
		catch (Exception ex) {
			errors.add(ex.toString());
		}
		return errors;
	}

	/** Parses with namespaces, refusing DTDs: a well-formedness check in itself. */
	static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	static List<Node> nodes(Object context, String expression) {
		try {
			NodeList found = (NodeList) xpath().evaluate(expression, context, XPathConstants.NODESET);
			List<Node> nodes = new ArrayList<>();
			for (int i = 0; i < found.getLength(); i++) {
				nodes.add(found.item(i));
			}
			return nodes;
		}
		catch (XPathExpressionException ex) {
			throw new IllegalArgumentException(expression, ex);
		}
	}

	static String text(Object context, String expression) {
		try {
			return (String) xpath().evaluate(expression, context, XPathConstants.STRING);
		}
		catch (XPathExpressionException ex) {
			throw new IllegalArgumentException(expression, ex);
		}
	}

	static List<String> texts(Object context, String expression) {
		return nodes(context, expression).stream().map(Node::getTextContent).toList();
	}

	private static XPath xpath() {
		XPath xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new NamespaceContext() {
			@Override
			public String getNamespaceURI(String prefix) {
				return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
			}

			@Override
			public String getPrefix(String uri) {
				return null;
			}

			@Override
			public Iterator<String> getPrefixes(String uri) {
				return List.<String>of().iterator();
			}
		});
		return xpath;
	}

	private static Schema xsd(String... names) {
		try {
			Source[] sources = new Source[names.length];
			for (int i = 0; i < names.length; i++) {
				sources[i] = new StreamSource(resource(names[i]).toString());
			}
			return XSD.newSchema(sources);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Schema " + String.join(", ", names) + " did not load", ex);
		}
	}

	private static URL resource(String name) {
		URL url = FeedSchemas.class.getResource("/feed/" + name);
		if (url == null) {
			throw new IllegalStateException("No src/test/resources/feed/" + name);
		}
		return url;
	}

	private static ErrorHandler collecting(List<String> errors) {
		return new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				errors.add("line " + ex.getLineNumber() + " (fatal): " + ex.getMessage());
			}
		};
	}

}
