package org.dateline.newsroom;

import java.util.List;
import java.util.Map;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.article.Actor;
import org.dateline.article.ArticleEditing;
import org.dateline.article.SectionService;
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

	@Autowired
	ArticleEditing editing;

	@Autowired
	SectionService sections;

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
	void failedDeliveriesAreListedAndCanBeSentAgain() {
		Newsroom admin = as(Role.ADMIN);
		// nothing listens on the discard port: every attempt is refused at once
		WebhookService.Registered webhook = this.webhooks.register("http://127.0.0.1:9/refused", "", null);
		try {
			long section = this.sections.bySlug("world").orElseThrow().id();
			Newsroom editor = as(Role.EDITOR);
			long article = Newsroom
				.articleId(editor.post("/newsroom/articles", Newsroom.article("Hook desk story", section)));
			Actor actor = actor();
			this.editing.publish(article, this.editing.load(article, actor).version(), actor);
			String path = "/newsroom/webhooks/" + webhook.webhook().id();
			long deadline = System.nanoTime() + 20_000_000_000L;
			Document page = admin.get(path).document();
			while (page.select(".webhook-deliveries td:nth-child(6)").text().isBlank()
					&& System.nanoTime() < deadline) {
				page = admin.get(path).document();
			}
			assertThat(page.select(".webhook-deliveries tbody tr")).hasSize(1);
			assertThat(page.select(".webhook-deliveries td").eachText())
				.anyMatch((cell) -> cell.startsWith("article.published"));
			assertThat(page.select(".webhook-deliveries td:nth-child(6)").text()).contains("ConnectException");
			long delivery = this.webhooks.recentDeliveries(webhook.webhook().id()).getFirst().id();
			SiteClient.Response resent = admin.post(path + "/deliveries/" + delivery + "/resend", Map.of());
			assertThat(resent.status()).isEqualTo(302);
			assertThat(admin.follow(resent).document().select(".webhook-deliveries tbody tr")).hasSize(2);
		}
		finally {
			this.webhooks.delete(webhook.webhook().id());
		}
	}

	private Actor actor() {
		StaffUser user = this.staff.create("hookdesk." + System.nanoTime() + "@newsroom.example", "Hook Desk",
				Role.EDITOR, null);
		return new Actor(user.id(), user.name(), true, true);
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
