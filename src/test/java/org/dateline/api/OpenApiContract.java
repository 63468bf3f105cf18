package org.dateline.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.dateline.SiteClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's OpenAPI 3.1 description as a contract: a real response must match the schema
 * the description gives for its path, status and media type, formats (date-time, uri)
 * included.
 */
final class OpenApiContract {

	static final String ID = "https://dateline.invalid/api/v1/openapi.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final JsonNode document;

	private final SchemaRegistry registry;

	OpenApiContract() {
		String text = text("api/openapi.json");
		this.document = JSON.readTree(text);
		this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
				(builder) -> builder.schemas(Map.of(ID, text))
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
	}

	static String text(String resource) {
		try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Asserts that the response is what the description promises for this path template
	 * (as {@code /api/v1/articles/{id}}).
	 */
	void check(String template, SiteClient.Response response) {
		JsonNode described = this.document.path("paths")
			.path(template)
			.path("get")
			.path("responses")
			.path(Integer.toString(response.status()));
		assertThat(described.isMissingNode()).as("%s documents status %d", template, response.status()).isFalse();
		JsonNode content = described.path("content");
		String type = response.header("Content-Type").orElse("").split(";")[0].strip();
		assertThat(content.has(type)).as("%s %d is documented as %s", template, response.status(), type).isTrue();
		String ref = content.path(type).path("schema").path("$ref").asString("");
		List<Error> errors = ref.isEmpty() ? List.of() : schema(ref).validate(response.body(), InputFormat.JSON);
		assertThat(errors)
			.as("%s %d against %s:\n%s", template, response.status(), ref,
					response.body().length() > 2000 ? response.body().substring(0, 2000) : response.body())
			.isEmpty();
	}

	Schema schema(String ref) {
		return this.registry.getSchema(SchemaLocation.of(ID + ref));
	}

}
