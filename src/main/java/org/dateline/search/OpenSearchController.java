package org.dateline.search;

import org.dateline.web.Pages;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.time.Duration;

/**
 * The OpenSearch description every page links to, so browsers offer the site's search in
 * their address bar.
 */
@RestController
class OpenSearchController {

	static final MediaType OPENSEARCH = MediaType.parseMediaType("application/opensearchdescription+xml");

	private final Pages pages;

	OpenSearchController(Pages pages) {
		this.pages = pages;
	}

	@GetMapping("/opensearch.xml")
	ResponseEntity<String> description() {
		String name = this.pages.site().name();
		// ShortName is at most 16 characters by the specification
		String shortName = (name.length() > 16) ? name.substring(0, 16).strip() : name;
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
				  <ShortName>%s</ShortName>
				  <Description>Search the stories of %s</Description>
				  <InputEncoding>UTF-8</InputEncoding>
				  <Url type="text/html" method="get" template="%s"/>
				</OpenSearchDescription>
				""".formatted(xml(shortName), xml(name), xml(this.pages.absolute("/search?q={searchTerms}")));
		return ResponseEntity.ok()
			.contentType(OPENSEARCH)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(xml);
	}

	private static String xml(String text) {
		return HtmlUtils.htmlEscapeDecimal(text, "UTF-8");
	}

}
