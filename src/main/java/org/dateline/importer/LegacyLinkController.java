package org.dateline.importer;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * WordPress's plain links, {@code /?p=ID} and {@code /?page_id=ID}: see
 * {@link LegacyLinks}.
 */
@Controller
class LegacyLinkController {

	private final LegacyLinks links;

	LegacyLinkController(LegacyLinks links) {
		this.links = links;
	}

	@GetMapping(path = "/", params = "p")
	void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.links.answer("/?p=" + request.getParameter("p"), response);
	}

	@GetMapping(path = "/", params = "page_id")
	void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.links.answer("/?page_id=" + request.getParameter("page_id"), response);
	}

}
