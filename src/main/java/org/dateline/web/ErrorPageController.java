package org.dateline.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Renders every error in the site's own design. It says what happened in plain words and
 * never shows an exception, a stack trace or the server's software.
 */
@Controller
class ErrorPageController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

	/** How long clients are asked to wait before trying again after a 503 or a 429. */
	static final long RETRY_AFTER_SECONDS = 30;

	/** Fields that travel with a form but were not typed by the reader. */
	private static final Pattern TECHNICAL = Pattern
		.compile("(?i)_csrf|.*token.*|.*submission.*|version|id|.*_id|.*Id");

	private final Pages pages;

	ErrorPageController(Pages pages) {
		this.pages = pages;
	}

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		boolean databaseDown = DatabaseOutage.causedBy(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
		int status = databaseDown ? 503 : status(request);
		response.setStatus(status);
		response.setHeader("Cache-Control", "no-store");
		if (status == 503 || status == 429) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
		}
		String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : "/";
		if (path.startsWith("/api/")) {
			// JSON clients get a problem (RFC 9457), never a page, whatever went wrong
			// before the API's own error handling could answer
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"title\":\"" + reason(status) + "\",\"status\":" + status + ",\"detail\":\""
						+ (status == 404 ? "Nothing at this address." : "The request could not be completed.") + "\"}");
			return null;
		}
		if (databaseDown) {
			log.warn("Database unavailable for {} {}: {}", request.getAttribute(RequestDispatcher.ERROR_METHOD), path,
					DatabaseOutage.describe(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)));
			model.addAttribute("page", unavailable(request, path));
			return "web/error";
		}
		ErrorPage page = switch (status) {
			case 404 -> page(404, "Page not found",
					"We could not find that page. It may have moved, or the address may be mistyped.", path);
			case 400 -> page(400, "Bad request", "The address or the form you sent could not be understood.", path);
			case 405 -> page(405, "Not allowed", "That kind of request is not possible here.", path);
			case 413 -> page(413, "Too large", "What you sent is larger than this site accepts.", path);
			case 429 -> page(429, "Too many requests", "Please wait a moment before trying again.", path);
			case 503 -> page(503, "Temporarily unavailable",
					"The site is busy or under maintenance. Please try again in a minute.", path);
			default -> (status >= 400 && status < 500)
					? page(status, "Request not possible", "The request could not be completed.", path)
					: page(status, "Something went wrong",
							"An error on our side stopped this page. It has been logged; please try again shortly.",
							path);
		};
		model.addAttribute("page", page);
		return "web/error";
	}

	/**
	 * The page for a request the database could not answer. A form's fields come back
	 * with it, passwords excepted, with a button that sends them again once the database
	 * is back: a reader who wrote a long comment loses nothing.
	 */
	private ErrorPage unavailable(HttpServletRequest request, String path) {
		String heading = "Temporarily unavailable";
		PageMeta meta = this.pages.page(heading, path).noIndex().build();
		// Servlet 6.1 dispatches error pages as GET, naming the request's own method
		// apart
		Object method = request.getAttribute(RequestDispatcher.ERROR_METHOD);
		if (!"POST".equals((method != null) ? method : request.getMethod())) {
			return new ErrorPage(meta, 503, heading,
					"This page cannot be loaded right now. Please try again in a minute.");
		}
		Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
		List<ErrorPage.KeptField> kept = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.toLowerCase(Locale.ROOT).contains("password")) {
				for (String value : values) {
					kept.add(new ErrorPage.KeptField(name, value,
							!value.isBlank() && !TECHNICAL.matcher(name).matches()));
				}
			}
		});
		return new ErrorPage(meta, 503, heading,
				"What you sent could not be saved: the site cannot reach its database right now. Nothing is lost: "
						+ "it is below. Please send it again in a minute.",
				List.copyOf(kept), (query instanceof String q && !q.isEmpty()) ? path + "?" + q : path);
	}

	private ErrorPage page(int status, String heading, String message, String path) {
		PageMeta meta = this.pages.page(heading, path).noIndex().build();
		return new ErrorPage(meta, status, heading, message);
	}

	private static String reason(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return known == null ? "Error" : known.getReasonPhrase();
	}

	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && HttpStatus.resolve(value) != null && value >= 400) {
			return value;
		}
		return 500;
	}

}
