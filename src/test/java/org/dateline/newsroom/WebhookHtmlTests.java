package org.dateline.newsroom;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nu.validator.client.EmbeddedValidator;
import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.webhook.WebhookService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook screens (the list, one webhook with its secret, a refused URL), checked by
 * the W3C Nu Html Checker: zero errors allowed.
 */
@NewsroomSiteTest
class WebhookHtmlTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Autowired
	WebhookService webhooks;

	@Test
	void theWebhookScreensAreValidHtml() throws Exception {
		Newsroom admin = Newsroom.as(this.client, this.staff, Role.ADMIN);
		Map<String, String> pages = new LinkedHashMap<>();
		SiteClient.Response registered = admin.post("/newsroom/webhooks",
				Map.of("url", "http://127.0.0.1:9/html-hook", "description", "Valid & sound"));
		String path = registered.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		try {
			pages.put(path + " with its secret", admin.follow(registered).body());
			pages.put(path, admin.get(path).body());
			pages.put("/newsroom/webhooks", admin.get("/newsroom/webhooks").body());
			pages.put("refused", admin.post("/newsroom/webhooks", Map.of("url", "ftp://nope")).body());
		}
		finally {
			admin.post(path + "/delete", Map.of());
		}
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		List<String> errors = new ArrayList<>();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			String report = validator
				.validate(new ByteArrayInputStream(page.getValue().getBytes(StandardCharsets.UTF_8)));
			for (JsonNode message : JSON.readTree(report).path("messages")) {
				if ("error".equals(message.path("type").asString())
						|| "fatal".equals(message.path("subType").asString())) {
					errors.add(page.getKey() + " line " + message.path("lastLine").asInt() + ": "
							+ message.path("message").asString());
				}
			}
		}
		assertThat(errors).isEmpty();
	}

}
