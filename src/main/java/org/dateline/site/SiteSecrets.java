package org.dateline.site;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs values the site hands to browsers and must trust when they come back (form
 * tokens, cookies, links in mails). Each purpose has its own random key, made on first
 * use and kept in the database, so every node of a scaled-out site signs and checks alike
 * and a restart invalidates nothing.
 */
@Service
public class SiteSecrets {

	private static final String PREFIX = "secret.";

	private final SiteSettingsRepository settings;

	private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

	/**
	 * A ready Mac per purpose, cloned for each use: looking up the algorithm every time
	 * is slow.
	 */
	private final Map<String, Mac> macs = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	SiteSecrets(SiteSettingsRepository settings) {
		this.settings = settings;
	}

	/**
	 * An HMAC-SHA256 of the value under the purpose's key, in URL-safe Base64 without
	 * padding.
	 */
	public String sign(String purpose, String value) {
		try {
			Mac mac = (Mac) this.macs.computeIfAbsent(purpose, this::newMac).clone();
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Mac newMac(String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(purpose), "HmacSHA256"));
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the signature is this site's for the value, compared in constant time. */
	public boolean verify(String purpose, String value, String signature) {
		if (signature == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(purpose, value).getBytes(), signature.getBytes());
	}

	/** A random URL-safe token, for links mailed to people. */
	public String randomToken() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private byte[] key(String purpose) {
		return this.keys.computeIfAbsent(purpose, this::loadOrCreate);
	}

	@Transactional
	byte[] loadOrCreate(String purpose) {
		String name = PREFIX + purpose;
		String stored = this.settings.findAll().get(name);
		if (stored == null) {
			byte[] key = new byte[32];
			this.random.nextBytes(key);
			this.settings.putIfAbsent(name, Base64.getEncoder().encodeToString(key));
			stored = this.settings.findAll().get(name);
		}
		return Base64.getDecoder().decode(stored);
	}

}
