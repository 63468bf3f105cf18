package org.dateline.importer;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.web.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A 404 of the reader site gets one more chance: an old WordPress address of an imported
 * story (see {@link LegacyLinks}) answers with a 301, anything else with the usual 404
 * page. Two scopes: addresses no controller maps (a permalink such as
 * {@code /2019/03/14/harbour-reopens/}), and the article feature's own "not found"
 * ({@code /harbour-reopens} looks like a section front). The content API keeps its own
 * 404 answers: this advice never sees them.
 */
final class LegacyLinkAdvice {

	private LegacyLinkAdvice() {
	}

	/** Addresses no controller answers (Spring's resource handler says "no resource"). */
	@ControllerAdvice
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class Unmapped {

		private final LegacyLinks links;

		Unmapped(LegacyLinks links) {
			this.links = links;
		}

		@ExceptionHandler(NoResourceFoundException.class)
		void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
			this.links.answer(request, response);
		}

	}

	/** The reader pages' own "no such section, tag, author or story". */
	@ControllerAdvice(basePackages = "org.dateline.article")
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class ReaderPages {

		private final LegacyLinks links;

		ReaderPages(LegacyLinks links) {
			this.links = links;
		}

		@ExceptionHandler(NotFoundException.class)
		void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
			this.links.answer(request, response);
		}

	}

}
