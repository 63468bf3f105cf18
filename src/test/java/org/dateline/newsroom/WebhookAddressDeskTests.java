package org.dateline.newsroom;

import java.util.Map;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.webhook.WebhookService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a site with default settings, a webhook cannot be aimed at the server itself or its
 * private network (SSRF): the newsroom says why and registers nothing.
 */
@SiteTest
class WebhookAddressDeskTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffService staff;

	@Autowired
	WebhookService webhooks;

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.0.0.8/hook",
			"http://169.254.169.254/latest/meta-data/", "http://[::1]/hook", "http://192.168.0.10/hook" })
	void privateAddressesAreRefused(String url) {
		Newsroom admin = Newsroom.as(new SiteClient(this.port), this.staff, Role.ADMIN);
		SiteClient.Response response = admin.post("/newsroom/webhooks", Map.of("url", url));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.document().select("[role=alert]").text()).contains("private");
		assertThat(this.webhooks.all()).noneMatch((webhook) -> webhook.url().equals(url));
	}

}
