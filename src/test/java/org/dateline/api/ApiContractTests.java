package org.dateline.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.StaffService;
import org.dateline.article.ArticleEditing;
import org.dateline.article.SectionService;
import org.dateline.comment.CommentService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the content API answers as /api/v1/openapi.json describes it, every
 * handler under /api/v1 is described there, and no response anywhere carries a
 * commenter's email address.
 */
@NewsroomSiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTests {

	static final String COMMENTER_EMAIL = "reader.private.address@mailbox.example";

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z0-9.-]+");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditing editing;

	@Autowired
	SectionService sections;

	@Autowired
	StaffService staff;

	@Autowired
	CommentService comments;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final OpenApiContract contract = new OpenApiContract();

	/** Every answer of the crawl, by the URL asked for. */
	final Map<String, SiteClient.Response> crawled = new LinkedHashMap<>();

	/** The hero photos of the published stories crawled. */
	final Set<String> heroes = new TreeSet<>();

	long commented;

	@BeforeAll
	void crawl() {
		ApiFixtures fixtures = new ApiFixtures(this.editing, this.sections, this.staff);
		this.commented = fixtures.published("Contract story with a conversation", "world", "Harbours");
		long first = this.comments.addApproved(this.commented, null, "Ada Reader", COMMENTER_EMAIL,
				"https://ada.example", "A first comment.", Instant.now());
		this.comments.addApproved(this.commented, first, "Bo Reply", "bo.reply@mailbox.example", "", "A reply.",
				Instant.now());
		SiteClient site = new SiteClient(this.port);
		List<String> articles = new ArrayList<>();
		String next = "/api/v1/articles?limit=100";
		while (next != null) {
			SiteClient.Response page = get(site, "/api/v1/articles", next);
			JsonNode body = JSON.readTree(page.body());
			body.path("items").forEach((item) -> articles.add(item.path("id").asString()));
			next = body.path("next").isNull() ? null : body.path("next").asString().replace(site.base(), "");
		}
		assertThat(articles).hasSizeGreaterThan(20);
		for (String id : articles) {
			JsonNode article = JSON.readTree(get(site, "/api/v1/articles/{id}", "/api/v1/articles/" + id).body());
			get(site, "/api/v1/articles/by-slug/{slug}", "/api/v1/articles/by-slug/" + article.path("slug").asString());
			get(site, "/api/v1/articles/{id}/comments", "/api/v1/articles/" + id + "/comments");
			get(site, "/api/v1/articles/{id}/ninjs", "/api/v1/articles/" + id + "/ninjs");
			if (!article.path("hero").isNull()) {
				get(site, "/api/v1/photos/{id}", "/api/v1/photos/" + article.path("hero").path("id").asString());
				this.heroes.add(article.path("hero").path("id").asString());
			}
		}
		for (String list : List.of("sections", "tags", "authors")) {
			JsonNode items = JSON.readTree(get(site, "/api/v1/" + list, "/api/v1/" + list).body()).path("items");
			assertThat(items.size()).as(list).isPositive();
			items.forEach((item) -> get(site, "/api/v1/" + list + "/{slug}",
					"/api/v1/" + list + "/" + item.path("slug").asString()));
		}
		List<String> photos = new ArrayList<>();
		String photoPage = "/api/v1/photos?limit=2";
		while (photoPage != null) {
			JsonNode body = JSON.readTree(get(site, "/api/v1/photos", photoPage).body());
			body.path("items").forEach((item) -> photos.add(item.path("id").asString()));
			photoPage = body.path("next").isNull() ? null : body.path("next").asString().replace(site.base(), "");
		}
		assertThat(photos).as("every hero of a published story is in the list of photos")
			.doesNotHaveDuplicates()
			.containsAll(this.heroes);
		get(site, "/api/v1/openapi.json", "/api/v1/openapi.json");
		// the documented errors
		get(site, "/api/v1/articles", "/api/v1/articles?limit=0");
		get(site, "/api/v1/articles/{id}", "/api/v1/articles/999999");
		get(site, "/api/v1/articles/{id}", "/api/v1/articles/nine");
		get(site, "/api/v1/articles/by-slug/{slug}", "/api/v1/articles/by-slug/no-such-story");
		get(site, "/api/v1/articles/{id}/ninjs", "/api/v1/articles/999999/ninjs");
		get(site, "/api/v1/articles/{id}/comments", "/api/v1/articles/999999/comments");
		get(site, "/api/v1/sections/{slug}", "/api/v1/sections/no-such-section");
		get(site, "/api/v1/tags/{slug}", "/api/v1/tags/no-such-tag");
		get(site, "/api/v1/authors/{slug}", "/api/v1/authors/no-such-author");
		get(site, "/api/v1/photos/{id}", "/api/v1/photos/999999");
		get(site, "/api/v1/photos", "/api/v1/photos?limit=0");
		get(site, "/api/v1/photos", "/api/v1/photos?cursor=not-a-cursor");
	}

	private SiteClient.Response get(SiteClient site, String template, String path) {
		SiteClient.Response response = site.get(path);
		this.crawled.put(path, response);
		this.contract.check(template, response);
		return response;
	}

	@Test
	void everyResponseMatchesItsDescription() {
		// checked as each was fetched; here, that the crawl reached every kind
		assertThat(this.crawled.keySet()).anyMatch((path) -> path.endsWith("/ninjs"))
			.anyMatch((path) -> path.startsWith("/api/v1/photos/"))
			.anyMatch((path) -> path.startsWith("/api/v1/authors/"));
		assertThat(this.crawled.values()).allSatisfy((response) -> assertThat(response.status()).isIn(200, 400, 404));
	}

	@Test
	void approvedCommentsComeThreadedByParentWithoutAddresses() {
		JsonNode thread = JSON.readTree(this.crawled.get("/api/v1/articles/" + this.commented + "/comments").body());
		assertThat(thread.path("count").asInt()).isEqualTo(2);
		JsonNode first = thread.path("items").get(0);
		assertThat(first.path("author_name").asString()).isEqualTo("Ada Reader");
		assertThat(first.path("parent_id").isNull()).isTrue();
		assertThat(thread.path("items").get(1).path("parent_id").asLong()).isEqualTo(first.path("id").asLong());
		JsonNode article = JSON.readTree(this.crawled.get("/api/v1/articles/" + this.commented).body());
		assertThat(article.path("comment_count").asInt()).isEqualTo(2);
	}

	@Test
	void noResponseCarriesAnEmailAddress() {
		this.crawled.forEach((path, response) -> {
			Matcher matcher = EMAIL.matcher(response.body());
			List<String> found = new ArrayList<>();
			while (matcher.find()) {
				found.add(matcher.group());
			}
			assertThat(found).as("email-shaped text in %s", path).isEmpty();
			assertThat(response.body()).doesNotContain("mailbox.example").doesNotContain("author_email");
		});
	}

	@Test
	void everyApiHandlerIsDescribedAndEveryDescriptionIsHandled() {
		Set<String> handled = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (pattern.startsWith("/api/v1/")) {
					assertThat(info.getMethodsCondition().getMethods()).as(pattern).containsExactly(RequestMethod.GET);
					handled.add(pattern.replaceAll("\\{([a-z]+):[^}]*}", "{$1}"));
				}
			}
		}
		Set<String> described = new TreeSet<>();
		this.contract.document.path("paths").propertyNames().forEach(described::add);
		assertThat(handled).isEqualTo(described);
		this.contract.document.path("paths").forEach((path) -> assertThat(path.propertyNames()).containsExactly("get"));
	}

}
