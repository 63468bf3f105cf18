package org.dateline.media;

import java.nio.file.Path;
import java.time.Duration;

import org.dateline.web.NotFoundException;
import org.dateline.web.SecurityHeaders;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves photo variants at {@code /media/{key}/{variant}.jpg}. A variant never changes
 * once made, so browsers and CDNs may keep it for a year. Responses are images only: no
 * sniffing, no scripts, no framing.
 */
@Controller
class MediaController {

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final ImageVariants variants;

	MediaController(ImageVariants variants) {
		this.variants = variants;
	}

	@GetMapping("/media/{key:[a-z2-7]{20}}/{file:[a-z0-9]+\\.jpg}")
	ResponseEntity<Resource> variant(@PathVariable String key, @PathVariable String file) {
		Variant variant = Variant.ofFileName(file).orElseThrow(() -> new NotFoundException("No variant " + file));
		Path path = this.variants.file(key, variant).orElseThrow(() -> new NotFoundException("No photo " + key));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(FOREVER)
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", SecurityHeaders.DATA_POLICY)
			.body(new FileSystemResource(path));
	}

}
