package org.dateline.web;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure on the server shows the site's error page: no exception, message, stack trace
 * or server name.
 */
@SiteTest
@Import(ErrorPageTests.FailingController.class)
class ErrorPageTests {

	@Autowired
	SiteClient client;

	@Test
	void aServerErrorShowsTheSitesPageAndNothingOfTheFailure() {
		SiteClient.Response response = this.client.get("/test/failure");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.document().selectFirst("h1").text()).isEqualTo("Something went wrong");
		assertThat(response.document().select("nav.sections a")).isNotEmpty();
		assertThat(response.body()).doesNotContain("hunter2")
			.doesNotContain("IllegalStateException")
			.doesNotContain("FailingController")
			.doesNotContain("at org.")
			.doesNotContain("Tomcat");
		assertThat(response.header("X-Request-Id")).isPresent();
	}

	@RestController
	static class FailingController {

		@GetMapping("/test/failure")
		String fail() {
			throw new IllegalStateException("database password=hunter2 rejected");
		}

	}

}
