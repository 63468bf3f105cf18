package org.dateline.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.dateline.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error under {@code /api/} as an RFC 9457 problem
 * ({@code application/problem+json}) with the status, a title and a detail that names
 * what was wrong; never an HTML page or a stack trace. Errors are not cached.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(BadParameterException.class)
	ResponseEntity<ProblemDetail> badParameter(BadParameterException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ex.getMessage(), request);
		problem.setProperty("parameter", ex.parameter());
		return respond(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
				"'" + ex.getName() + "' must be a whole number, not '" + ex.getValue() + "'.", request);
		problem.setProperty("parameter", ex.getName());
		return respond(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.NOT_FOUND, ex.getMessage(), request));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> other(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse known) {
			// Spring's own (a missing parameter, an unacceptable Accept header...): keep
			// its status and words
			HttpStatusCode status = known.getStatusCode();
			return respond(problem(status, known.getBody().getDetail(), request));
		}
		log.error("Content API request failed: {}", request.getRequestURI(), ex);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. It has been logged; please try again shortly.", request));
	}

	static ProblemDetail problem(HttpStatusCode status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(problem);
	}

}
