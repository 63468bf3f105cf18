package org.dateline.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dateline.site.SiteSettings;
import org.dateline.site.SiteSettingsService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Starts every page's {@link PageMeta} with what all pages share: the site's name and
 * language, absolute URLs, the navigation and the stylesheet.
 */
@Component
public class Pages {

	private final SiteSettingsService settings;

	private final ObjectProvider<NavigationSource> navigation;

	private final Assets assets;

	private final ObjectProvider<AlternateLinks> alternates;

	Pages(SiteSettingsService settings, ObjectProvider<NavigationSource> navigation, Assets assets,
			ObjectProvider<AlternateLinks> alternates) {
		this.settings = settings;
		this.navigation = navigation;
		this.assets = assets;
		this.alternates = alternates;
	}

	/**
	 * @param title the page's own title; the site name is added, except on the front page
	 * where it is the title
	 * @param path the canonical path of the page, such as {@code /world/}
	 */
	public PageMeta.Builder page(String title, String path) {
		return new PageMeta.Builder(this, title, path);
	}

	public SiteSettings site() {
		return this.settings.current();
	}

	/**
	 * The absolute URL of a path on this site: the configured base URL, or the one the
	 * request came in on.
	 */
	public String absolute(String path) {
		return baseUrl() + path;
	}

	private String baseUrl() {
		SiteSettings site = this.settings.current();
		if (site.hasBaseUrl()) {
			return site.baseUrl();
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
		}
		return "http://localhost";
	}

	PageMeta build(String title, String path, String description, String openGraphType, PageMeta.SocialImage image,
			List<String> jsonLd, String robots, String previousUrl, String nextUrl, String activeNav,
			List<PageMeta.MetaProperty> properties, List<String> scripts, List<PageMeta.Alternate> pageAlternates) {
		SiteSettings site = this.settings.current();
		String fullTitle = title.isBlank() || title.equals(site.name()) ? site.name() : title + " | " + site.name();
		List<PageMeta.Alternate> links = new ArrayList<>(alternates().site());
		links.addAll(pageAlternates);
		return new PageMeta(site.name(), site.language(), fullTitle, description, absolute(path), openGraphType, image,
				jsonLd, robots, previousUrl, nextUrl, navigation(), activeNav, properties,
				this.assets.url("/assets/site.css"), scripts.stream().map(this.assets::url).toList(), "/", site.logo(),
				List.copyOf(links));
	}

	/** Where feeds and oEmbed descriptions are; none when no feature provides them. */
	AlternateLinks alternates() {
		return this.alternates.getIfAvailable(() -> AlternateLinks.NONE);
	}

	private List<NavLink> navigation() {
		NavigationSource source = this.navigation.getIfAvailable();
		if (source == null) {
			return List.of();
		}
		try {
			return source.primary();
		}
		catch (RuntimeException ex) {
			// An error page must render even when the database it would read the sections
			// from is down.
			return List.of();
		}
	}

}
