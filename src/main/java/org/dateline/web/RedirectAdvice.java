package org.dateline.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

@ControllerAdvice
class RedirectAdvice {

	@ExceptionHandler(MovedPermanentlyException.class)
	ResponseEntity<Void> moved(MovedPermanentlyException ex) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create(ex.location()))
			.header("Cache-Control", "public, max-age=86400")
			.build();
	}

}
