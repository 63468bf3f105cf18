package org.dateline.web;

import java.time.Duration;

import org.dateline.site.SiteLogo;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the uploaded logo. Its name carries a hash of its content, so browsers and CDNs
 * keep it for a year and a new logo gets a new name.
 */
@RestController
class SiteLogoController {

	private final SiteLogo logo;

	SiteLogoController(SiteLogo logo) {
		this.logo = logo;
	}

	@GetMapping("/site/{file}")
	ResponseEntity<Resource> logo(@PathVariable String file) {
		return this.logo.file(file)
			.<ResponseEntity<Resource>>map((path) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_PNG)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", SecurityHeaders.DATA_POLICY)
				.body(new FileSystemResource(path)))
			.orElseThrow(() -> new NotFoundException("No logo " + file));
	}

}
