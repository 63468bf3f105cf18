package org.dateline.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How deliveries are signed: {@code X-Dateline-Signature: sha256=<hex>}, the HMAC-SHA256
 * of the raw request body with the webhook's secret (as its UTF-8 bytes). The body
 * carries the delivery id and the time it was sent, so a receiver that checks both cannot
 * be fooled by a replay. README.md has the receiver's recipe.
 */
public final class WebhookSignature {

	public static final String HEADER = "X-Dateline-Signature";

	public static final String DELIVERY_HEADER = "X-Dateline-Delivery";

	public static final String TIMESTAMP_HEADER = "X-Dateline-Timestamp";

	public static final String EVENT_HEADER = "X-Dateline-Event";

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSignature() {
	}

	public static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the header is the body's signature, compared in constant time. */
	public static boolean verify(String secret, byte[] body, String header) {
		if (header == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
				header.strip().getBytes(StandardCharsets.US_ASCII));
	}

	/** A new secret: 32 random bytes, base64url, with a prefix that says what it is. */
	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
