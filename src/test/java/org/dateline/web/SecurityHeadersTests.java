package org.dateline.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.media.MediaService;
import org.dateline.media.Variant;
import org.dateline.site.SiteLogo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response carries the security headers: reader pages, the newsroom, the
 * API, feeds, photos, the logo, static files and error pages. HSTS and {@code Secure}
 * cookies come only over HTTPS (here, as behind a proxy that sets
 * {@code X-Forwarded-Proto}).
 */
@SiteTest
@Import(ErrorPageTests.FailingController.class)
class SecurityHeadersTests {

	private static final String[] HTTPS = { "X-Forwarded-Proto", "https" };

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	MediaService media;

	@Autowired
	PageCache cache;

	@Autowired
	SiteLogo logo;

	@Test
	void readerPagesFeedsAndErrorPagesCarryTheSitePolicy() {
		String article = DemoPaths.article(this.client, "business", "rheinhalde-stahl-profit-hydrogen-furnace");
		List<String> paths = List.of("/", "/business/", article, "/tag/climate", "/author/maya-okafor",
				"/comments/token", "/rss.xml", "/atom.xml", "/business/rss.xml", "/sitemap.xml", "/news-sitemap.xml",
				"/robots.txt", "/oembed?url=" + this.client.base() + article, "/no/such/page", "/test/failure",
				"/newsroom/sign-in", "/newsroom/password/forgot", "/newsroom/");
		for (String path : paths) {
			SiteClient.Response response = this.client.get(path);
			assertThat(response.status()).as(path).isLessThan(600);
			assertSitePolicy(response, path);
			assertCommonHeaders(response, path);
			assertThat(response.header("Strict-Transport-Security")).as(path + ": no HSTS over plain HTTP").isEmpty();
		}
		assertThat(this.client.get("/test/failure").status()).isEqualTo(500);
		assertThat(this.client.get("/no/such/page").status()).isEqualTo(404);
	}

	@Test
	void newsroomScreensCarryTheSitePolicy() {
		SiteClient desk = signedIn(this.client, this.staff);
		for (String path : List.of("/newsroom/", "/newsroom/articles", "/newsroom/articles/new", "/newsroom/media",
				"/newsroom/media/search.json?q=", "/newsroom/comments", "/newsroom/settings")) {
			SiteClient.Response response = desk.get(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			assertSitePolicy(response, path);
			assertCommonHeaders(response, path);
		}
	}

	@Test
	void apiAnswersAndErrorsAreSandboxedData() {
		for (String path : List.of("/api/v1/articles", "/api/v1/sections", "/api/v1/articles/999999",
				"/api/v1/articles?limit=nope", "/api/v1/openapi.json")) {
			SiteClient.Response response = this.client.get(path);
			assertThat(response.header("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).containsAnyOf("application/json", "+json"));
			assertDataPolicy(response, path);
			assertCommonHeaders(response, path);
		}
	}

	@Test
	void photosAndTheLogoAreServedAsSandboxedImages() throws IOException {
		String photo = this.media.find(1).orElseThrow().url(Variant.W800);
		String logoPath = this.logo.replace(png(400, 100)).path();
		try {
			for (String path : List.of(photo, logoPath)) {
				SiteClient.Response response = this.client.get(path);
				assertThat(response.status()).as(path).isEqualTo(200);
				assertThat(response.header("Content-Type")).as(path)
					.hasValueSatisfying((type) -> assertThat(type).isIn("image/jpeg", "image/png"));
				assertThat(response.headers("Content-Security-Policy")).as(path)
					.containsExactly(SecurityHeaders.DATA_POLICY);
				assertDataPolicy(response, path);
				assertCommonHeaders(response, path);
			}
		}
		finally {
			this.logo.remove();
		}
	}

	@Test
	void staticFilesCarryTheHeadersToo() {
		String css = this.client.get("/").document().selectFirst("link[rel=stylesheet]").attr("href");
		SiteClient.Response response = this.client.get(css);
		assertThat(response.status()).isEqualTo(200);
		assertSitePolicy(response, css);
		assertCommonHeaders(response, css);
	}

	@Test
	void overHttpsEveryKindOfResponseAddsStrictTransportSecurity() {
		String article = DemoPaths.article(this.client, "business", "rheinhalde-stahl-profit-hydrogen-furnace");
		for (String path : List.of("/", article, "/rss.xml", "/api/v1/articles", "/newsroom/sign-in", "/no/such/page",
				this.media.find(1).orElseThrow().url(Variant.W800))) {
			// Twice: the second answer of a reader page comes from the page cache.
			for (int i = 0; i < 2; i++) {
				SiteClient.Response response = this.client.get(path, HTTPS);
				assertThat(response.header("Strict-Transport-Security")).as(path)
					.hasValueSatisfying(
							(hsts) -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
			}
		}
		assertThat(this.client.get("/").header("Strict-Transport-Security"))
			.as("a page cached over HTTPS gives no HSTS over HTTP")
			.isEmpty();
	}

	@Test
	void aPageFromTheCacheCarriesExactlyTheSecurityHeadersOfThePageRendered() {
		String article = DemoPaths.article(this.client, "business", "rheinhalde-stahl-profit-hydrogen-furnace");
		for (String[] request : List.of(new String[0], HTTPS)) {
			String path = article;
			this.cache.purge(ContentChanged.of(SurrogateKeys.SITE)); // rendered now, then
																		// served from the
																		// cache
			SiteClient.Response rendered = this.client.get(path, request);
			SiteClient.Response cached = this.client.get(path, request);
			assertThat(rendered.header("X-Cache")).as(path).hasValue("MISS");
			assertThat(cached.header("X-Cache")).as(path).hasValue("HIT");
			for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
					"X-XSS-Protection", "Referrer-Policy", "Permissions-Policy", "Strict-Transport-Security")) {
				assertThat(cached.headers(name)).as(path + " " + name).isEqualTo(rendered.headers(name));
			}
			assertSitePolicy(cached, path);
			assertCommonHeaders(cached, path);
		}
	}

	@Test
	void theNewsroomSessionCookieIsHttpOnlyLaxAndSecureOverHttps() {
		String email = "cookies." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, "Cookie Tester", Role.AUTHOR, PASSWORD);
		for (boolean https : List.of(false, true)) {
			// Cookies by hand: a cookie jar would rightly keep a Secure cookie from an
			// http:// address.
			String scheme = https ? "https" : "http";
			SiteClient.Response page = this.client.get("/newsroom/sign-in", "X-Forwarded-Proto", scheme);
			String csrf = page.document().selectFirst("input[name=_csrf]").val();
			String session = page.headers("Set-Cookie").getFirst().split(";")[0];
			Map<String, String> form = new LinkedHashMap<>();
			form.put("email", email);
			form.put("password", PASSWORD);
			form.put("_csrf", csrf);
			SiteClient.Response response = this.client.post("/newsroom/sign-in", form, "X-Forwarded-Proto", scheme,
					"Cookie", session);
			assertThat(response.status()).isEqualTo(302);
			List<String> cookies = new java.util.ArrayList<>(page.headers("Set-Cookie"));
			cookies.addAll(response.headers("Set-Cookie"));
			assertThat(response.headers("Set-Cookie")).as("a new session at sign-in").isNotEmpty();
			for (String cookie : cookies) {
				assertThat(cookie).as(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
				if (https) {
					assertThat(cookie).as(cookie).containsIgnoringCase("; Secure");
				}
				else {
					assertThat(cookie).as(cookie).doesNotContainIgnoringCase("Secure");
				}
			}
		}
	}

	static byte[] png(int width, int height) throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(
				new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	static SiteClient signedIn(SiteClient site, StaffService staff) {
		String email = "headers." + System.nanoTime() + "@newsroom.example";
		staff.create(email, "Header Tester", Role.ADMIN, PASSWORD);
		return signIn(site, email, PASSWORD);
	}

	static SiteClient signIn(SiteClient site, String email, String password) {
		SiteClient browser = site.browser();
		String csrf = browser.get("/newsroom/sign-in").document().selectFirst("input[name=_csrf]").val();
		SiteClient.Response response = browser.post("/newsroom/sign-in",
				Map.of("email", email, "password", password, "_csrf", csrf));
		assertThat(response.status()).isEqualTo(302);
		return browser;
	}

	/** The policy of pages: scripts and plugins only from the site, no inline script. */
	static void assertSitePolicy(SiteClient.Response response, String path) {
		Map<String, String> policy = policy(response, path);
		String scripts = policy.getOrDefault("script-src", policy.get("default-src"));
		assertThat(scripts).as(path + " script-src")
			.isNotNull()
			.doesNotContain("'unsafe-inline'")
			.doesNotContain("'unsafe-eval'")
			.doesNotContain("*")
			.doesNotContain("data:");
		String styles = policy.getOrDefault("style-src", policy.get("default-src"));
		assertThat(styles).as(path + " style-src").doesNotContain("'unsafe-inline'");
		assertThat(policy.get("object-src")).as(path + " object-src").isEqualTo("'none'");
		assertThat(policy.get("base-uri")).as(path + " base-uri").isEqualTo("'none'");
		assertThat(policy.get("frame-ancestors")).as(path + " frame-ancestors").isIn("'self'", "'none'");
		assertThat(response.header("X-Frame-Options")).as(path)
			.hasValueSatisfying((value) -> assertThat(value).isIn("SAMEORIGIN", "DENY"));
	}

	/** The policy of data and media: nothing loads, nothing runs, a sandboxed origin. */
	static void assertDataPolicy(SiteClient.Response response, String path) {
		Map<String, String> policy = policy(response, path);
		assertThat(policy.get("default-src")).as(path).isEqualTo("'none'");
		assertThat(policy).as(path).containsKey("sandbox");
		assertThat(policy.get("base-uri")).as(path).isEqualTo("'none'");
		assertThat(policy.get("frame-ancestors")).as(path).isEqualTo("'none'");
	}

	static void assertCommonHeaders(SiteClient.Response response, String path) {
		assertThat(response.headers("X-Content-Type-Options")).as(path).containsExactly("nosniff");
		assertThat(response.header("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
		assertThat(response.header("Permissions-Policy")).as(path)
			.hasValueSatisfying((value) -> assertThat(value).contains("camera=()")
				.contains("microphone=()")
				.contains("geolocation=()"));
		assertThat(response.header("Server")).as(path + ": no server name").isEmpty();
	}

	private static Map<String, String> policy(SiteClient.Response response, String path) {
		List<String> headers = response.headers("Content-Security-Policy");
		assertThat(headers).as(path + " has exactly one Content-Security-Policy").hasSize(1);
		Map<String, String> directives = new LinkedHashMap<>();
		for (String directive : headers.getFirst().split(";")) {
			String[] parts = directive.strip().split("\\s+", 2);
			if (!parts[0].isEmpty()) {
				directives.put(parts[0], parts.length > 1 ? parts[1] : "");
			}
		}
		return directives;
	}

}
