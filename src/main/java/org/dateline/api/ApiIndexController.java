package org.dateline.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's description, {@code /api/v1/openapi.json} (OpenAPI 3.1, written by hand in
 * {@code src/main/resources/api/openapi.json}), and the answer for every other address
 * under {@code /api/}: a JSON 404, or 405 for anything but reading.
 */
@RestController
class ApiIndexController {

	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

	private final ApiResponses responses;

	private final byte[] openApi;

	ApiIndexController(ApiResponses responses) {
		this.responses = responses;
		try (InputStream in = new ClassPathResource("api/openapi.json").getInputStream()) {
			this.openApi = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The API description is missing from the build", ex);
		}
	}

	@GetMapping("/api/v1/openapi.json")
	ResponseEntity<byte[]> openApi() {
		return this.responses.document(this.openApi, MediaType.APPLICATION_JSON);
	}

	@RequestMapping("/api/**")
	ResponseEntity<ProblemDetail> elsewhere(HttpServletRequest request) {
		if (!READING.contains(request.getMethod())) {
			ProblemDetail problem = ApiErrors.problem(HttpStatus.METHOD_NOT_ALLOWED,
					"The content API is read-only: use GET.", request);
			return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return ApiErrors.respond(ApiErrors.problem(HttpStatus.NOT_FOUND,
				"Nothing at this address; /api/v1/openapi.json lists every resource.", request));
	}

}
