package org.dateline.importer;

import java.io.CharConversionException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming XML readers that cannot be turned against the machine: no DTD processing, no
 * external entities, so XXE (reading local files or URLs) and entity expansion ("billion
 * laughs") are impossible. A document that declares a DTD at all is refused: WordPress
 * never writes one.
 */
final class SafeXml {

	private static final XMLInputFactory FACTORY = factory();

	private SafeXml() {
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException("external resource " + systemId + " refused");
		});
		return factory;
	}

	static XMLStreamReader open(InputStream in) throws XMLStreamException {
		return FACTORY.createXMLStreamReader(in);
	}

	static ImportRefusedException refusal(Path file, XMLStreamException ex) {
		String where = ex.getLocation() == null ? ""
				: " at line " + ex.getLocation().getLineNumber() + ", column " + ex.getLocation().getColumnNumber();
		String message = ex.getMessage() == null ? "" : ex.getMessage();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CharConversionException) {
				return new ImportRefusedException(file.getFileName() + " is not in the encoding it declares (UTF-8"
						+ " unless its XML declaration says otherwise)" + where
						+ ": save it again as UTF-8. Nothing was imported.");
			}
		}
		if (message.contains("must start and end within the same entity") || message.contains("Premature end")
				|| message.contains("end of file")) {
			return new ImportRefusedException(
					file.getFileName() + " ends in the middle of the XML" + where + ": it looks truncated (an "
							+ "interrupted download or copy). Export it again. Nothing was imported.");
		}
		String reason = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
		return new ImportRefusedException(file.getFileName() + " is not well-formed XML" + where + ": "
				+ reason.strip().lines().findFirst().orElse("unreadable") + ". Nothing was imported.");
	}

}
