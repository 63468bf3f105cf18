package org.dateline.api;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API over HTTP as clients and CDNs meet it: conditional GET, caching headers, CORS
 * from any origin, no cookies, and a JSON problem for every mistake, never a page.
 */
@SiteTest
class ApiHttpTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> ENDPOINTS = List.of("/api/v1/articles", "/api/v1/articles?limit=2",
			"/api/v1/sections", "/api/v1/tags", "/api/v1/authors", "/api/v1/openapi.json");

	@LocalServerPort
	int port;

	SiteClient site() {
		return new SiteClient(this.port);
	}

	@Test
	void everyAnswerHasAnEtagThatGivesA304() {
		for (String path : ENDPOINTS) {
			SiteClient.Response first = site().get(path);
			assertThat(first.status()).as(path).isEqualTo(200);
			String etag = first.header("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
			assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
			assertThat(first.header("Cache-Control")).hasValueSatisfying((cache) -> assertThat(cache).contains("public")
				.contains("max-age=")
				.contains("s-maxage=")
				.contains("stale-if-error="));
			SiteClient.Response again = site().get(path, "If-None-Match", etag);
			assertThat(again.status()).as(path).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			assertThat(site().get(path, "If-None-Match", "\"something-else\"").status()).isEqualTo(200);
		}
	}

	@Test
	void anArticleKeepsItsEtagUntilItChanges() {
		String id = JSON.readTree(site().get("/api/v1/articles?limit=1").body())
			.path("items")
			.get(0)
			.path("id")
			.asString();
		String etag = site().get("/api/v1/articles/" + id).header("ETag").orElseThrow();
		assertThat(site().get("/api/v1/articles/" + id).header("ETag")).hasValue(etag);
		assertThat(site().get("/api/v1/articles/" + id, "If-None-Match", "W/" + etag).status()).isEqualTo(304);
	}

	@Test
	void anyOriginMayReadWithoutCredentials() {
		SiteClient.Response response = site().get("/api/v1/articles", "Origin", "https://app.example");
		assertThat(response.header("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(response.header("Access-Control-Allow-Credentials")).isEmpty();
		assertThat(response.header("Access-Control-Expose-Headers"))
			.hasValueSatisfying((exposed) -> assertThat(exposed).contains("ETag").contains("Link"));
	}

	@Test
	void aPreflightAllowsReadingOnly() {
		HttpRequest preflight = HttpRequest.newBuilder(URI.create(site().base() + "/api/v1/articles/1"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://app.example")
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "if-none-match")
			.build();
		SiteClient.Response response = site().send(preflight);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(response.header("Access-Control-Allow-Methods"))
			.hasValueSatisfying((methods) -> assertThat(methods).contains("GET").doesNotContain("POST"));
		assertThat(response.header("Access-Control-Max-Age")).isPresent();
		HttpRequest write = HttpRequest.newBuilder(URI.create(site().base() + "/api/v1/articles/1"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://app.example")
			.header("Access-Control-Request-Method", "DELETE")
			.build();
		assertThat(site().send(write).header("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void noAnswerSetsACookie() {
		for (String path : List.of("/api/v1/articles", "/api/v1/articles/999999", "/api/v1/nothing-here",
				"/api/v1/articles?limit=500")) {
			SiteClient.Response response = site().get(path);
			assertThat(response.headers("Set-Cookie")).as(path).isEmpty();
		}
		SiteClient.Response post = site().post("/api/v1/articles", java.util.Map.of("headline", "x"));
		assertThat(post.headers("Set-Cookie")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/articles?limit=0                      | limit
			/api/v1/articles?limit=101                    | limit
			/api/v1/articles?limit=ten                    | limit
			/api/v1/articles?cursor=not-a-cursor          | cursor
			/api/v1/articles?cursor=Mjo5Ojk               | cursor
			/api/v1/articles?since=yesterday              | since
			/api/v1/articles?until=2025-13-01             | until
			/api/v1/articles?since=2025-05-01T09:30:00    | since
			/api/v1/articles?since=2025-06-01&until=2025-05-01 | until
			/api/v1/articles?section=no-such-section      | section
			/api/v1/articles?tag=no-such-tag              | tag
			/api/v1/articles?author=no-such-author        | author
			/api/v1/articles/nine                         | id
			/api/v1/photos/one                            | id
			""")
	void aBadParameterIsA400ProblemNamingIt(String path, String parameter) {
		SiteClient.Response response = site().get(path);
		assertThat(response.status()).as(path).isEqualTo(400);
		JsonNode problem = problem(response);
		assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.path("detail").asString()).contains(parameter);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			/api/v1/articles/999999
			/api/v1/articles/999999/ninjs
			/api/v1/articles/by-slug/no-such-story
			/api/v1/sections/no-such-section
			/api/v1/photos/999999
			/api/v1/nothing-here
			/api/v2/articles
			/api/
			""")
	void aMissingThingIsA404Problem(String path) {
		SiteClient.Response response = site().get(path);
		assertThat(response.status()).as(path).isEqualTo(404);
		assertThat(problem(response).path("detail").asString()).isNotBlank();
	}

	@Test
	void writingIsA405Problem() {
		SiteClient.Response response = site().post("/api/v1/articles", java.util.Map.of("headline", "Hello"));
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("Allow")).hasValue("GET, HEAD, OPTIONS");
		assertThat(problem(response).path("status").asInt()).isEqualTo(405);
	}

	@Test
	void errorsAreNeverCachedAndNeverShowInternals() {
		SiteClient.Response response = site().get("/api/v1/articles?limit=-1");
		assertThat(response.header("Cache-Control")).hasValue("no-store");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void theDescriptionIsServed() {
		SiteClient.Response response = site().get("/api/v1/openapi.json");
		assertThat(response.header("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(JSON.readTree(response.body()).path("openapi").asString()).isEqualTo("3.1.0");
	}

	private static JsonNode problem(SiteClient.Response response) {
		assertThat(response.header("Content-Type")).as("content type")
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("<html").doesNotContain("<!DOCTYPE");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(response.status());
		assertThat(problem.path("title").asString()).isNotBlank();
		return problem;
	}

}
