package org.dateline.web;

import java.util.ArrayList;
import java.util.List;

import org.dateline.site.SiteLogo;

/**
 * Everything the page layout puts in {@code <head>} and around the content: title,
 * canonical link, Open Graph and Twitter card tags, structured data, navigation, feed and
 * oEmbed discovery links. Built by {@link Pages}; each feature's page record carries one.
 */
public record PageMeta(String siteName, String language, String title, String description, String canonicalUrl,
		String openGraphType, SocialImage image, List<String> jsonLd, String robots, String previousUrl, String nextUrl,
		List<NavLink> navigation, String activeNav, List<MetaProperty> properties, String stylesheet,
		List<String> scripts, String homeUrl, SiteLogo.Logo logo, List<Alternate> alternates) {

	/** The image link previews show. */
	public record SocialImage(String url, int width, int height, String alt) {
	}

	/** An extra {@code <meta property>} such as {@code article:published_time}. */
	public record MetaProperty(String property, String content) {
	}

	/**
	 * A {@code <link rel="alternate">}: a feed of what the page lists, or its oEmbed
	 * description.
	 */
	public record Alternate(String type, String title, String href) {
	}

	public boolean isActive(NavLink link) {
		return link.key().equals(this.activeNav);
	}

	public static final class Builder {

		private final Pages pages;

		private final String title;

		private final String path;

		private String description = "";

		private String openGraphType = "website";

		private SocialImage image;

		private final List<String> jsonLd = new ArrayList<>();

		private String robots;

		private String previousUrl;

		private String nextUrl;

		private String activeNav = "";

		private final List<MetaProperty> properties = new ArrayList<>();

		private final List<String> scripts = new ArrayList<>();

		private final List<Alternate> alternates = new ArrayList<>();

		Builder(Pages pages, String title, String path) {
			this.pages = pages;
			this.title = title;
			this.path = path;
		}

		public Builder description(String description) {
			this.description = description == null ? "" : description;
			return this;
		}

		public Builder article() {
			this.openGraphType = "article";
			return this;
		}

		public Builder image(String path, int width, int height, String alt) {
			this.image = new SocialImage(this.pages.absolute(path), width, height, alt);
			return this;
		}

		/**
		 * Adds a schema.org object; it is serialised safely for a
		 * {@code <script type="application/ld+json">}.
		 */
		public Builder jsonLd(Object structuredData) {
			this.jsonLd.add(JsonLd.write(structuredData));
			return this;
		}

		public Builder robots(String robots) {
			this.robots = robots;
			return this;
		}

		public Builder noIndex() {
			return robots("noindex, follow");
		}

		public Builder pagination(Pagination pagination) {
			if (pagination.hasPrevious()) {
				this.previousUrl = this.pages.absolute(pagination.previousUrl());
			}
			if (pagination.hasNext()) {
				this.nextUrl = this.pages.absolute(pagination.nextUrl());
			}
			return this;
		}

		public Builder activeNav(String key) {
			this.activeNav = key;
			return this;
		}

		public Builder property(String property, String content) {
			this.properties.add(new MetaProperty(property, content));
			return this;
		}

		/** A script of this site's own for the page, loaded with {@code defer}. */
		public Builder script(String path) {
			this.scripts.add(path);
			return this;
		}

		/**
		 * The feeds of a list page (a section, tag or author page at {@code listPath}),
		 * besides the site's own, which every page links to.
		 */
		public Builder listAlternates(String listPath, String name) {
			this.alternates.addAll(this.pages.alternates().list(listPath, name));
			return this;
		}

		/** The comments feeds and oEmbed description of an article page. */
		public Builder articleAlternates(String articlePath, String headline) {
			this.alternates.addAll(this.pages.alternates().article(articlePath, headline));
			return this;
		}

		public PageMeta build() {
			return this.pages.build(this.title, this.path, this.description, this.openGraphType, this.image,
					List.copyOf(this.jsonLd), this.robots, this.previousUrl, this.nextUrl, this.activeNav,
					List.copyOf(this.properties), List.copyOf(this.scripts), List.copyOf(this.alternates));
		}

	}

}
