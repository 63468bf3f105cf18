package org.dateline.newsroom;

import java.util.List;
import java.util.Map;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.webhook.WebhookService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhooks screen: admins only; the secret shown once; refused URLs explained next to
 * the field; deliveries listed with their status and sent again on request.
 */
@NewsroomSiteTest
class WebhookDeskTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffService staff;

	@Autowired
	WebhookService webhooks;

	Newsroom as(Role role) {
		return Newsroom.as(new SiteClient(this.port), this.staff, role);
	}

	@Test
	void onlyAdminsSeeOrChangeWebhooks() {
		for (Role role : List.of(Role.EDITOR, Role.AUTHOR, Role.CONTRIBUTOR)) {
			Newsroom desk = as(role);
			assertThat(desk.get("/newsroom/webhooks").status()).as(role.name()).isEqualTo(403);
			int before = this.webhooks.all().size();
			assertThat(desk.post("/newsroom/webhooks", Map.of("url", "http://127.0.0.1:9/hook")).status())
				.as(role.name())
				.isEqualTo(403);
			assertThat(this.webhooks.all()).hasSize(before);
			assertThat(desk.get("/newsroom/").document().select("a[href=/newsroom/webhooks]")).isEmpty();
		}
		Newsroom admin = as(Role.ADMIN);
		assertThat(admin.get("/newsroom/webhooks").status()).isEqualTo(200);
		assertThat(admin.get("/newsroom/").document().select("a[href=/newsroom/webhooks]")).hasSize(1);
	}

	@Test
	void theSecretIsShownOnceAndDeliveriesAreListed() {
		Newsroom admin = as(Role.ADMIN);
		SiteClient.Response registered = admin.post("/newsroom/webhooks",
				Map.of("url", "http://127.0.0.1:9/desk-hook", "description", "Partner app"));
		assertThat(registered.status()).isEqualTo(302);
		Document page = admin.follow(registered).document();
		String secret = page.select("code.webhook-secret").text();
		assertThat(secret).startsWith("whsec_");
		String path = registered.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		Document again = admin.get(path).document();
		assertThat(again.select("code.webhook-secret")).isEmpty();
		assertThat(again.text()).doesNotContain(secret);
		assertThat(admin.get("/newsroom/webhooks").body()).contains("http://127.0.0.1:9/desk-hook")
			.contains("Partner app")
			.doesNotContain(secret);
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		try {
			assertThat(again.text()).contains("Nothing sent yet");
		}
		finally {
			SiteClient.Response removed = admin.post(path + "/delete", Map.of());
			assertThat(removed.status()).isEqualTo(302);
			assertThat(this.webhooks.all()).noneMatch((w) -> w.id() == id);
		}
	}

	@Test
	void aRefusedUrlIsExplainedAndKept() {
		Newsroom admin = as(Role.ADMIN);
		int before = this.webhooks.all().size();
		SiteClient.Response response = admin.post("/newsroom/webhooks",
				Map.of("url", "ftp://files.example/hook", "description", "Kept"));
		assertThat(response.status()).isEqualTo(422);
		Document page = response.document();
		assertThat(page.select("[role=alert]").text()).contains("https://");
		assertThat(page.select("#webhook-url").val()).isEqualTo("ftp://files.example/hook");
		assertThat(page.select("#webhook-description").val()).isEqualTo("Kept");
		assertThat(this.webhooks.all()).hasSize(before);
	}

}
