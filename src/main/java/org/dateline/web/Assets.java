package org.dateline.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * URLs of static files with a content hash in the name ({@code /assets/site-3f2a….css}),
 * so browsers and CDNs can keep them for a year and still see every change at once.
 */
@Component
public class Assets {

	private final ObjectProvider<ResourceUrlProvider> resourceUrls;

	private final Map<String, String> urls = new ConcurrentHashMap<>();

	Assets(ObjectProvider<ResourceUrlProvider> resourceUrls) {
		this.resourceUrls = resourceUrls;
	}

	public String url(String path) {
		return this.urls.computeIfAbsent(path, (p) -> {
			String versioned = this.resourceUrls.getObject().getForLookupPath(p);
			return versioned != null ? versioned : p;
		});
	}

}
