package org.dateline.webhook;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks cannot be aimed at the server's own network (SSRF), unless a setting allows
 * it.
 */
class WebhookAddressesTests {

	static WebhookProperties properties(boolean allowPrivate) {
		return new WebhookProperties(allowPrivate, 8, Duration.ofSeconds(30), Duration.ofHours(6),
				Duration.ofSeconds(5), Duration.ofSeconds(10));
	}

	final WebhookAddresses addresses = new WebhookAddresses(properties(false));

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/hook", "http://127.8.9.10:8080/hook", "http://localhost/hook",
			"http://[::1]/hook", "http://0.0.0.0/hook", "http://10.1.2.3/hook", "http://172.16.0.1/hook",
			"http://172.31.255.254/hook", "http://192.168.1.1/hook", "http://169.254.169.254/latest/meta-data",
			"http://100.64.0.1/hook", "http://[fd00::1]/hook", "http://[fe80::1]/hook", "http://[::ffff:10.0.0.1]/hook",
			"http://[::ffff:127.0.0.1]/hook", "http://[64:ff9b::a00:1]/hook", "http://224.0.0.1/hook",
			"http://255.255.255.255/hook" })
	void privateLoopbackAndLinkLocalAddressesAreRefused(String url) {
		assertThatThrownBy(() -> this.addresses.check(url)).isInstanceOf(WebhookRefusedException.class)
			.hasMessageContaining("address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://example.com/hook", "file:///etc/passwd", "gopher://example.com/",
			"https://user:password@example.com/hook", "https:///hook", "not a url", "",
			"https://example.com/hook#fragment", "javascript:alert(1)" })
	void onlyPlainHttpUrlsAreTaken(String url) {
		assertThatThrownBy(() -> this.addresses.check(url)).isInstanceOf(WebhookRefusedException.class);
	}

	@Test
	void publicAddressesAreTaken() {
		assertThat(this.addresses.check("https://93.184.215.14/hooks/dateline").getHost()).isEqualTo("93.184.215.14");
		assertThat(this.addresses.check("http://[2606:4700::1111]/hook").getPort()).isEqualTo(-1);
	}

	@Test
	void theSettingLetsLocalReceiversIn() {
		WebhookAddresses allowing = new WebhookAddresses(properties(true));
		assertThat(allowing.check("http://127.0.0.1:9999/hook").getPort()).isEqualTo(9999);
		assertThatThrownBy(() -> allowing.check("ftp://127.0.0.1/")).isInstanceOf(WebhookRefusedException.class);
	}

	@Test
	void pausesDoubleUpToTheLongest() {
		WebhookProperties defaults = properties(false);
		assertThat(defaults.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(defaults.pauseAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(defaults.pauseAfter(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(defaults.pauseAfter(7)).isEqualTo(Duration.ofMinutes(32));
		assertThat(defaults.pauseAfter(12)).isEqualTo(Duration.ofHours(6));
		assertThat(defaults.pauseAfter(200)).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void signaturesAreTheHmacOfTheRawBody() {
		byte[] body = "{\"event\":\"article.published\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String signature = WebhookSignature.sign("whsec_test", body);
		// openssl dgst -sha256 -hmac whsec_test gives the same
		assertThat(signature).matches("sha256=[0-9a-f]{64}");
		assertThat(WebhookSignature.verify("whsec_test", body, signature)).isTrue();
		assertThat(WebhookSignature.verify("whsec_other", body, signature)).isFalse();
		assertThat(WebhookSignature.verify("whsec_test", "{}".getBytes(), signature)).isFalse();
		assertThat(WebhookSignature.newSecret()).startsWith("whsec_")
			.hasSize(49)
			.isNotEqualTo(WebhookSignature.newSecret());
	}

}
