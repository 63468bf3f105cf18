package org.dateline.newsroom;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.comment.CommentRules;
import org.dateline.comment.CommentRulesService;
import org.dateline.feed.FeedSettings;
import org.dateline.site.SiteSettingsForm;
import org.dateline.site.SiteSettingsService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings screen: admins only, applied at once, mistakes explained field by field.
 */
@NewsroomSiteTest
class SettingsTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	SiteSettingsService settings;

	@Autowired
	CommentRulesService rules;

	@Autowired
	FeedSettings feeds;

	SiteSettingsForm siteBefore;

	CommentRules rulesBefore;

	boolean feedsBefore;

	@BeforeEach
	void remember() {
		this.siteBefore = SiteSettingsForm.of(this.settings.current());
		this.rulesBefore = this.rules.current();
		this.feedsBefore = this.feeds.fullContent();
	}

	@AfterEach
	void restore() {
		this.settings.update(this.siteBefore);
		this.rules.update(this.rulesBefore);
		this.feeds.fullContent(this.feedsBefore);
	}

	Map<String, String> site(String name, String baseUrl, String language, String zone) {
		Map<String, String> form = new HashMap<>();
		form.put("name", name);
		form.put("description", "Reporting from the harbour towns.");
		form.put("baseUrl", baseUrl);
		form.put("language", language);
		form.put("timeZone", zone);
		return form;
	}

	@Test
	void anAdminRenamesTheSiteAndEveryPageShowsItAtOnce() {
		assertThat(this.client.get("/").document().title()).isEqualTo(this.siteBefore.name());
		Newsroom admin = Newsroom.as(this.client, this.staff, Role.ADMIN);
		SiteClient.Response saved = admin.post("/newsroom/settings",
				site("The Harbour Ledger", "", "pt-PT", "Europe/Lisbon"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(admin.follow(saved).document().selectFirst(".notice-success").text())
			.isEqualTo("The site's settings are saved; every page shows them now.");
		Document front = this.client.get("/").document();
		assertThat(front.title()).isEqualTo("The Harbour Ledger");
		assertThat(front.selectFirst("html").attr("lang")).isEqualTo("pt-PT");
		assertThat(front.selectFirst("meta[name=description]").attr("content"))
			.isEqualTo("Reporting from the harbour towns.");
		assertThat(this.settings.current().zone().getId()).isEqualTo("Europe/Lisbon");
	}

	@Test
	void mistakesAreExplainedNextToEachFieldAndNothingChanges() {
		Newsroom admin = Newsroom.as(this.client, this.staff, Role.ADMIN);
		SiteClient.Response refused = admin.post("/newsroom/settings",
				site("", "ftp://files.example/path?x=1", "not a language!", "Mars/Olympus"));
		assertThat(refused.status()).isEqualTo(422);
		Document page = refused.document();
		assertThat(page.selectFirst("#site-name-error").text())
			.isEqualTo("The site needs a name of 1 to 100 characters.");
		assertThat(page.selectFirst("#site-base-url-error").text())
			.isEqualTo("The address should look like https://news.example.com, with no page or query.");
		assertThat(page.selectFirst("#site-language-error").text())
			.isEqualTo("The language should be a code such as en, fr or pt-BR.");
		assertThat(page.selectFirst("#site-time-zone-error").text())
			.isEqualTo("Choose a time zone from the list, such as Europe/Lisbon.");
		assertThat(page.selectFirst("#site-base-url").val()).isEqualTo("ftp://files.example/path?x=1");
		assertThat(page.selectFirst("#site-base-url").attr("aria-describedby")).isEqualTo("site-base-url-error");
		assertThat(this.settings.current().name()).isEqualTo(this.siteBefore.name());
	}

	@Test
	void anAdminSwitchesFeedsBetweenWholeStoriesAndExcerptsAndFeedsFollowAtOnce() {
		assertThat(this.feeds.fullContent()).as("dateline.feed.full-content is on by default").isTrue();
		assertThat(this.client.get("/rss.xml").body()).contains("<content:encoded>");
		assertThat(this.client.get("/world/atom.xml").body()).contains("<content type=\"html\">");
		Newsroom admin = Newsroom.as(this.client, this.staff, Role.ADMIN);
		assertThat(admin.get("/newsroom/settings").document().selectFirst("#feeds-full").hasAttr("checked")).isTrue();

		SiteClient.Response saved = admin.post("/newsroom/settings/feeds", Map.of("content", "excerpt"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(admin.follow(saved).document().selectFirst(".notice-success").text())
			.isEqualTo("Feeds carry excerpts with a link to each story now.");
		assertThat(admin.get("/newsroom/settings").document().selectFirst("#feeds-excerpt").hasAttr("checked"))
			.isTrue();
		String rss = this.client.get("/rss.xml").body();
		assertThat(rss).contains("<item>").contains("<description>").doesNotContain("<content:encoded>");
		String atom = this.client.get("/world/atom.xml").body();
		assertThat(atom).contains("<entry>").contains("<summary").doesNotContain("<content type=\"html\">");

		assertThat(admin.post("/newsroom/settings/feeds", Map.of("content", "full")).status()).isEqualTo(302);
		assertThat(this.client.get("/rss.xml").body()).contains("<content:encoded>");
		assertThat(this.client.get("/world/atom.xml").body()).contains("<content type=\"html\">");
	}

	@Test
	void aFeedChoiceThatIsNeitherIsRefusedAndNothingChanges() {
		Newsroom admin = Newsroom.as(this.client, this.staff, Role.ADMIN);
		SiteClient.Response refused = admin.post("/newsroom/settings/feeds", Map.of("content", "sometimes"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.document().selectFirst(".form-message").text())
			.isEqualTo("Choose whether feeds carry whole stories or excerpts; nothing was changed.");
		assertThat(this.feeds.fullContent()).isEqualTo(this.feedsBefore);
	}

	@Test
	void commentRulesAreEditedAsListsAndNumbers() {
		Newsroom admin = Newsroom.as(this.client, this.staff, Role.ADMIN);
		Map<String, String> form = new HashMap<>(Map.of("closeAfterDays", "14", "holdUntilApproved", "2", "maxLinks",
				"1", "flagThreshold", "4", "moderationWords", "refund\nwire transfer", "blockWords", "casinobonus",
				"blockIps", "203.0.113.\n198.51.100.66", "blockEmails", "", "blockDomains", "spam.example"));
		assertThat(admin.post("/newsroom/settings/comments", form).status()).isEqualTo(302);
		CommentRules now = this.rules.current();
		assertThat(now.closeAfterDays()).isEqualTo(14);
		assertThat(now.flagThreshold()).isEqualTo(4);
		assertThat(now.moderationWords()).containsExactly("refund", "wire transfer");
		assertThat(now.blockIps()).containsExactly("203.0.113.", "198.51.100.66");
		assertThat(admin.get("/newsroom/settings").document().selectFirst("#rules-moderation-words").wholeText())
			.isEqualTo("refund\nwire transfer");

		form.put("maxLinks", "two");
		form.put("blockIps", "example.com");
		SiteClient.Response refused = admin.post("/newsroom/settings/comments", form);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.document().selectFirst("#rules-links-error").text())
			.isEqualTo("A whole number, please (not \"two\").");
		assertThat(refused.document().selectFirst("#rules-links").val()).isEqualTo("two");
		form.put("maxLinks", "2");
		SiteClient.Response badIp = admin.post("/newsroom/settings/comments", form);
		assertThat(badIp.document().selectFirst("#rules-block-ips-error").text())
			.isEqualTo("\"example.com\" is not an IP address or prefix (such as 203.0.113.).");
		assertThat(this.rules.current().maxLinks()).isEqualTo(1);
	}

	@Test
	void anAdminUploadsALogoThroughTheFormAndABadFileIsExplained() throws IOException {
		Newsroom admin = Newsroom.as(this.client, this.staff, Role.ADMIN);
		BufferedImage image = new BufferedImage(400, 100, BufferedImage.TYPE_INT_ARGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		SiteClient.Response uploaded = new Multipart().field("_csrf", SignIn.csrf(admin.browser, "/newsroom/settings"))
			.file("logo", "masthead.png", "image/png", png.toByteArray())
			.post(admin.browser, "/newsroom/settings/logo");
		assertThat(uploaded.status()).isEqualTo(302);
		try {
			assertThat(this.client.get("/").document().selectFirst(".masthead img").attr("width")).isEqualTo("400");
			SiteClient.Response refused = new Multipart()
				.field("_csrf", SignIn.csrf(admin.browser, "/newsroom/settings"))
				.file("logo", "logo.svg", "image/svg+xml",
						"<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8))
				.post(admin.browser, "/newsroom/settings/logo");
			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.document().selectFirst(".form-message").text()).startsWith("The logo should be a PNG");
			assertThat(admin.post("/newsroom/settings/logo/remove", Map.of()).status()).isEqualTo(302);
			assertThat(this.client.get("/").document().selectFirst(".masthead img")).isNull();
		}
		finally {
			admin.post("/newsroom/settings/logo/remove", Map.of());
		}
	}

	@Test
	void onlyAdminsSeeOrChangeSettings() {
		for (Role role : new Role[] { Role.EDITOR, Role.AUTHOR, Role.CONTRIBUTOR }) {
			Newsroom desk = Newsroom.as(this.client, this.staff, role);
			assertThat(desk.get("/newsroom/settings").status()).as(role.name()).isEqualTo(403);
			assertThat(desk.post("/newsroom/settings", site("Taken over", "", "en", "UTC")).status()).as(role.name())
				.isEqualTo(403);
			assertThat(desk.post("/newsroom/settings/comments", Map.of("closeAfterDays", "0")).status()).as(role.name())
				.isEqualTo(403);
			assertThat(desk.post("/newsroom/settings/logo/remove", Map.of()).status()).as(role.name()).isEqualTo(403);
		}
		assertThat(this.settings.current().name()).isEqualTo(this.siteBefore.name());
	}

}
