package org.dateline.article;

import java.util.Optional;

import org.dateline.media.Photo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown to the HTML readers get: the news trade's parts in place, nothing a writer
 * types can run.
 */
class ArticleBodyTests {

	private static final Photo PHOTO = new Photo(42, "abcdefghijklmnopqrst", 1600, 1067, "Cranes over a quay",
			"ROTTERDAM, NETHERLANDS - NOVEMBER 27: Containers stacked at the Maasvlakte terminal.",
			"Photo: Dateline Wire / Joris de Vries", "Joris de Vries", "© 2026 Dateline Wire");

	private final ArticleBody body = new ArticleBody(null);

	private Document render(String markdown, String dateline) {
		return Jsoup.parseBodyFragment(
				this.body.render(markdown, dateline, (id) -> id == 42 ? Optional.of(PHOTO) : Optional.empty()));
	}

	@Test
	void theDatelineOpensTheFirstParagraph() {
		Document html = render("## Subhead first\n\nThe ferries ran again on Tuesday.\n\nSecond paragraph.",
				"HONG KONG, China");
		Element first = html.selectFirst("p");
		assertThat(first.html())
			.isEqualTo("<span class=\"dateline\">HONG KONG, China</span> – The ferries ran again on Tuesday.");
		assertThat(html.select(".dateline")).hasSize(1);
	}

	@Test
	void withoutADatelineTheBodyIsUntouched() {
		assertThat(render("Just a paragraph.", "  ").select(".dateline")).isEmpty();
	}

	@Test
	void headingsBecomeSubheadsBelowTheHeadline() {
		Document html = render("# One\n\n## Two\n\n### Three\n\n###### Six", "");
		assertThat(html.select("h1")).isEmpty();
		assertThat(html.select("h2").eachText()).containsExactly("One", "Two");
		assertThat(html.select("h3").eachText()).containsExactly("Three");
		assertThat(html.select("h4").eachText()).containsExactly("Six");
	}

	@Test
	void pullQuotesAndBlockQuotesKeepTheirMeaning() {
		Document html = render("""
				Intro.

				::: pullquote
				"We will rebuild the pier," she said.
				:::

				> The statement read: no ferries on Sunday.
				""", "");
		Element pull = html.selectFirst("aside.pullquote > blockquote > p");
		assertThat(pull.text()).isEqualTo("\"We will rebuild the pier,\" she said.");
		assertThat(html.select("body > blockquote p").text()).isEqualTo("The statement read: no ferries on Sunday.");
		assertThat(html.text()).doesNotContain(":::");
	}

	@Test
	void aLibraryPhotoOnItsOwnLineBecomesAFigureWithCaptionAndCredit() {
		Document html = render("Before.\n\n![Cranes at dusk](photo:42)\n\nAfter.", "");
		Element figure = html.selectFirst("figure.inline-photo");
		Element img = figure.selectFirst("img");
		assertThat(img.attr("alt")).isEqualTo("Cranes at dusk");
		assertThat(img.attr("src")).startsWith("/media/abcdefghijklmnopqrst/");
		assertThat(img.attr("srcset")).contains("800w");
		assertThat(img.attr("width")).isEqualTo("1600");
		assertThat(figure.selectFirst(".caption").text()).startsWith("ROTTERDAM, NETHERLANDS - NOVEMBER 27:");
		assertThat(figure.selectFirst(".credit").text()).isEqualTo("Photo: Dateline Wire / Joris de Vries");
		assertThat(figure.parent().tagName()).as("a figure is never inside a paragraph").isEqualTo("body");
	}

	@Test
	void aMissingPhotoLeavesNoBrokenImage() {
		Document html = render("![Gone](photo:7)\n\n![Bad](photo:x)", "");
		assertThat(html.select("img, figure")).isEmpty();
	}

	@Test
	void picturesFromOtherSitesAreNotEmbedded() {
		Document html = render("See ![a tracker](https://tracker.example/pixel.gif) here.", "");
		assertThat(html.select("img")).isEmpty();
	}

	@Test
	void rawHtmlIsShownAsTextAndNeverRuns() {
		String markdown = """
				<script>alert(1)</script>

				<img src=x onerror=alert(2)>

				[click](javascript:alert(3)) and [data](data:text/html;base64,PHNjcmlwdD4=)

				<a href="#" onclick="alert(4)">x</a> <iframe src="https://evil.example"></iframe>
				""";
		String html = this.body.render(markdown, "<b>CITY</b>", (id) -> Optional.empty());
		Document document = Jsoup.parseBodyFragment(html);
		assertThat(document.select("script, iframe, [onerror], [onclick], img")).isEmpty();
		assertThat(document.select("a[href^=javascript], a[href^=data]")).isEmpty();
		assertThat(document.text()).contains("<script>alert(1)</script>");
		assertThat(document.selectFirst(".dateline").text()).isEqualTo("<b>CITY</b>");
	}

	@Test
	void tablesMarkAlignmentWithClassesNotObsoleteAttributes() {
		Document html = render("| Port | Boxes |\n|:--|--:|\n| Rotterdam | 14 |", "");
		assertThat(html.select("[align]")).isEmpty();
		assertThat(html.select("td.align-right").text()).isEqualTo("14");
	}

}
