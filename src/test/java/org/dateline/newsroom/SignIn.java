package org.dateline.newsroom;

import java.util.Map;

import org.dateline.SiteClient;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs a browser-like client in to the newsroom through the real sign-in form. */
public final class SignIn {

	private SignIn() {
	}

	public static SiteClient as(SiteClient site, String email, String password) {
		SiteClient browser = site.browser();
		SiteClient.Response response = attempt(browser, email, password);
		assertThat(response.status()).as("sign-in redirect").isEqualTo(302);
		assertThat(response.header("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/newsroom/"));
		return browser;
	}

	public static SiteClient.Response attempt(SiteClient browser, String email, String password) {
		return browser.post("/newsroom/sign-in",
				Map.of("email", email, "password", password, "_csrf", csrf(browser, "/newsroom/sign-in")));
	}

	/** The CSRF token of a newsroom page's forms. */
	public static String csrf(SiteClient browser, String path) {
		Document page = browser.get(path).document();
		return page.selectFirst("input[name=_csrf]").val();
	}

}
