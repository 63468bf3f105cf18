package org.dateline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The demo site as written in {@code src/main/resources/demo}: {@code site.yml} for
 * sections and authors, and one Markdown file with YAML front matter per article (see
 * {@code demo/FORMAT.md}).
 */
record DemoContent(List<SectionData> sections, List<AuthorData> authors, List<ArticleData> articles) {

	record SectionData(String slug, String name, String description) {
	}

	record AuthorData(String slug, String name, String bio) {
	}

	record SiteData(List<SectionData> sections, List<AuthorData> authors) {
	}

	record PhotoData(String alt, String caption, String credit, String creator, String copyright, String scene,
			String palette) {
	}

	record CorrectionData(double hoursAgo, String kind, String text) {
	}

	record CommentData(String id, String parent, String name, String email, String website, double hoursAgo,
			String text) {
	}

	record ArticleData(String slug, String section, String headline, String dek, String dateline, List<String> authors,
			List<String> tags, double hoursAgo, Double updatedHoursAgo, Boolean commentsOpen, PhotoData photo,
			List<CorrectionData> corrections, List<CommentData> comments, String body) {

		ArticleData withBody(String markdown) {
			return new ArticleData(this.slug, this.section, this.headline, this.dek, this.dateline, this.authors,
					this.tags, this.hoursAgo, this.updatedHoursAgo, this.commentsOpen, this.photo,
					this.corrections == null ? List.of() : this.corrections,
					this.comments == null ? List.of() : this.comments, markdown);
		}

	}

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	static DemoContent load() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			SiteData site;
			try (InputStream in = resolver.getResource("classpath:demo/site.yml").getInputStream()) {
				site = YAML.readValue(in, SiteData.class);
			}
			Resource[] files = resolver.getResources("classpath:demo/articles/*.md");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			List<ArticleData> articles = new ArrayList<>();
			for (Resource file : files) {
				articles.add(parseArticle(file));
			}
			return new DemoContent(site.sections(), site.authors(), articles);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the demo content", ex);
		}
	}

	static ArticleData parseArticle(Resource file) throws IOException {
		String text;
		try (InputStream in = file.getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		if (!text.startsWith("---\n")) {
			throw new IllegalStateException(file.getFilename() + " does not start with YAML front matter");
		}
		int end = text.indexOf("\n---\n", 4);
		if (end < 0) {
			throw new IllegalStateException(file.getFilename() + " has no end to its front matter");
		}
		ArticleData data = YAML.readValue(text.substring(4, end), ArticleData.class);
		return data.withBody(text.substring(end + 5).strip());
	}

}
