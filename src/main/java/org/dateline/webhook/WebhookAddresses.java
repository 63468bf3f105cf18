package org.dateline.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Which URLs webhooks may call. Only http(s) URLs whose host resolves to public
 * addresses: nothing on loopback, private, link-local (cloud metadata at
 * 169.254.169.254), carrier-grade NAT, unique-local or multicast ranges, unless
 * {@code dateline.webhook.allow-private-addresses} is on. Checked when a webhook is
 * registered and again, with a fresh lookup, before every delivery, since a name can be
 * pointed elsewhere after it was registered.
 */
@Component
class WebhookAddresses {

	private final WebhookProperties properties;

	WebhookAddresses(WebhookProperties properties) {
		this.properties = properties;
	}

	/**
	 * The URL, checked.
	 * @throws WebhookRefusedException saying why it may not be called
	 */
	URI check(String url) {
		URI uri = parse(url);
		if (this.properties.allowPrivateAddresses()) {
			return uri;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(hostOf(uri));
		}
		catch (UnknownHostException ex) {
			throw new WebhookRefusedException("The host " + uri.getHost() + " could not be found.");
		}
		for (InetAddress address : addresses) {
			if (isPrivate(address)) {
				throw new WebhookRefusedException("The host " + uri.getHost() + " is at " + address.getHostAddress()
						+ ", a loopback, private or link-local address; webhooks only go to public addresses.");
			}
		}
		return uri;
	}

	static URI parse(String url) {
		URI uri;
		try {
			uri = new URI(url == null ? "" : url.strip());
		}
		catch (URISyntaxException ex) {
			throw new WebhookRefusedException("That is not a URL: " + ex.getReason() + ".");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new WebhookRefusedException("A webhook URL starts with https:// (or http://).");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw new WebhookRefusedException("A webhook URL needs a host name, as in https://example.com/hooks.");
		}
		if (uri.getRawUserInfo() != null) {
			throw new WebhookRefusedException("A webhook URL may not carry a user name or password.");
		}
		if (uri.getRawFragment() != null) {
			throw new WebhookRefusedException("A webhook URL may not have a #fragment.");
		}
		if (uri.toString().length() > 2000) {
			throw new WebhookRefusedException("A webhook URL may be 2,000 characters long at most.");
		}
		return uri;
	}

	private static String hostOf(URI uri) {
		String host = uri.getHost();
		return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
	}

	/** Any address a server on the public internet cannot be at. */
	static boolean isPrivate(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return first == 0 // "this network"
					|| (first == 100 && second >= 64 && second <= 127) // carrier-grade
																		// NAT
					|| (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF
																			// protocol
					|| (first == 198 && (second == 18 || second == 19)) // benchmarking
					|| first >= 240; // reserved and broadcast
		}
		if (address instanceof Inet6Address) {
			if ((b[0] & 0xfe) == 0xfc) {
				return true; // unique local fc00::/7
			}
			if (embedsIpv4(b)) {
				byte[] v4 = { b[12], b[13], b[14], b[15] };
				try {
					return isPrivate(InetAddress.getByAddress(v4));
				}
				catch (UnknownHostException ex) {
					return true;
				}
			}
		}
		return false;
	}

	/** IPv4-mapped, IPv4-compatible and NAT64 (64:ff9b::/96) addresses. */
	private static boolean embedsIpv4(byte[] b) {
		boolean zeroPrefix = true;
		for (int i = 0; i < 10; i++) {
			zeroPrefix &= b[i] == 0;
		}
		if (zeroPrefix && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
			return true;
		}
		boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
		for (int i = 4; i < 12 && nat64; i++) {
			nat64 = b[i] == 0;
		}
		return nat64;
	}

}
