package org.dateline.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.article.Actor;
import org.dateline.article.ArticleDraft;
import org.dateline.article.ArticleEditing;
import org.dateline.article.Author;
import org.dateline.article.SectionService;
import org.dateline.comment.CommentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.feed.FeedSchemas.nodes;
import static org.dateline.feed.FeedSchemas.text;

/**
 * Feeds follow the newsroom: a story published through the editor is in its feeds at once
 * (the page cache purges them), with a headline full of XML's special characters, an
 * emoji and a control character intact after parsing; an update moves its updated time
 * but never its id, even with a new slug; an unpublished story leaves; an approved
 * comment reaches the comments feed without its writer's email address.
 */
@NewsroomSiteTest
class FeedPublishingTests {

	/**
	 * Markup, an ampersand, both quotes, an emoji and a BEL, which XML 1.0 cannot carry.
	 */
	static final String HEADLINE = "Tom & Jerry's \"<b>big</b>\" day </title> at the harbour \uD83C\uDF89\u0007 ]]>";

	@Autowired
	ArticleEditing editing;

	@Autowired
	SectionService sections;

	@Autowired
	StaffService staff;

	@Autowired
	CommentService comments;

	@Autowired
	SiteClient client;

	Actor editor;

	Author byline;

	@BeforeEach
	void setUp() {
		StaffUser user = this.staff.create("feeds." + System.nanoTime() + "@newsroom.example", "Feeds Editor",
				Role.EDITOR, null);
		this.editor = new Actor(user.id(), user.name(), true, true);
		this.byline = this.editing.authors().getFirst();
	}

	ArticleDraft draft(String headline, String slug, String tag) {
		return new ArticleDraft(headline, "A dek with <angle brackets> & ampersands.", slug,
				this.sections.bySlug("science").orElseThrow().id(), "OSLO", "A paragraph with [a link](/science/).",
				null, List.of(tag), List.of(this.byline.id()), true, null);
	}

	long publish(ArticleDraft draft) {
		long id = this.editing.create(draft, this.editor);
		this.editing.publish(id, this.editing.load(id, this.editor).version(), this.editor);
		return id;
	}

	String path(long id) {
		return this.editing.load(id, this.editor).path();
	}

	Document feed(String path) {
		SiteClient.Response response = this.client.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return FeedSchemas.parse(response.body().getBytes(StandardCharsets.UTF_8));
	}

	Node entry(Document atom, String articlePath) {
		List<Node> entries = nodes(atom,
				"/atom:feed/atom:entry[atom:link[@rel='alternate']/@href='" + this.client.base() + articlePath + "']");
		assertThat(entries).as(articlePath).hasSizeLessThanOrEqualTo(1);
		return entries.isEmpty() ? null : entries.getFirst();
	}

	@Test
	void aPublishedStoryIsInItsFeedsAtOnceWithItsHeadlineIntact() {
		for (String path : List.of("/science/rss.xml", "/science/atom.xml", "/rss.xml", "/atom.xml")) {
			this.client.get(path); // cached now
		}
		String tag = "Escaping " + System.nanoTime();
		long id = publish(draft(HEADLINE, "escaping-" + System.nanoTime(), tag));
		String expected = HEADLINE.replace("\u0007", "");
		for (String path : List.of("/science/rss.xml", "/rss.xml")) {
			SiteClient.Response response = this.client.get(path);
			assertThat(response.header("X-Cache")).as(path + " was purged").hasValue("MISS");
			byte[] xml = response.body().getBytes(StandardCharsets.UTF_8);
			assertThat(RssRules.problems(xml, this.client.base() + path)).isEmpty();
			Node item = nodes(FeedSchemas.parse(xml), "/rss/channel/item[link='" + this.client.base() + path(id) + "']")
				.getFirst();
			assertThat(text(item, "title")).isEqualTo(expected);
			assertThat(text(item, "dc:creator")).isEqualTo(this.byline.name());
		}
		for (String path : List.of("/science/atom.xml", "/atom.xml", "/author/" + this.byline.slug() + "/atom.xml")) {
			byte[] xml = this.client.get(path).body().getBytes(StandardCharsets.UTF_8);
			assertThat(FeedSchemas.atomErrors(xml)).as(path).isEmpty();
			Node entry = entry(FeedSchemas.parse(xml), path(id));
			assertThat(text(entry, "atom:title")).as(path).isEqualTo(expected);
			assertThat(text(entry, "atom:summary")).isEqualTo("A dek with <angle brackets> & ampersands.");
			assertThat(text(entry, "atom:content")).contains("href=\"" + this.client.base() + "/science/\"");
		}
		String tagFeed = "/tag/" + tag.toLowerCase().replace(' ', '-') + "/rss.xml";
		assertThat(RssRules.problems(this.client.get(tagFeed).body().getBytes(StandardCharsets.UTF_8),
				this.client.base() + tagFeed))
			.isEmpty();
	}

	@Test
	void anUpdateMovesTheUpdatedTimeButNeverTheId() throws Exception {
		String slug = "harbour-update-" + System.nanoTime();
		long id = publish(draft("Harbour cranes return after the storm", slug, "Harbours"));
		Node before = entry(feed("/science/atom.xml"), path(id));
		String rssGuid = text(
				nodes(feed("/science/rss.xml"), "//item[link='" + this.client.base() + path(id) + "']").getFirst(),
				"guid");
		Thread.sleep(1100); // feeds give times to the second
		this.editing.save(id, this.editing.load(id, this.editor).version(),
				draft("Harbour cranes return after the storm, and the ferries too", slug + "-renamed", "Harbours"),
				this.editor, true, "");
		assertThat(path(id)).endsWith(slug + "-renamed");
		Node after = entry(feed("/science/atom.xml"), path(id));
		assertThat(text(after, "atom:id")).isEqualTo(text(before, "atom:id")).isEqualTo(rssGuid);
		Instant updatedBefore = OffsetDateTime.parse(text(before, "atom:updated")).toInstant();
		assertThat(OffsetDateTime.parse(text(after, "atom:updated")).toInstant()).isAfter(updatedBefore);
		assertThat(text(after, "atom:published")).isEqualTo(text(before, "atom:published"));
		assertThat(
				text(nodes(feed("/science/rss.xml"), "//item[link='" + this.client.base() + path(id) + "']").getFirst(),
						"guid"))
			.isEqualTo(rssGuid);
	}

	@Test
	void anUnpublishedStoryLeavesItsFeeds() {
		long id = publish(draft("Lighthouse keepers vote to strike", "lighthouse-" + System.nanoTime(), "Harbours"));
		String path = path(id);
		assertThat(entry(feed("/science/atom.xml"), path)).isNotNull();
		this.editing.unpublish(id, this.editing.load(id, this.editor).version(), this.editor);
		assertThat(entry(feed("/science/atom.xml"), path)).isNull();
		assertThat(nodes(feed("/rss.xml"), "//item[link='" + this.client.base() + path + "']")).isEmpty();
		assertThat(this.client.get(path + "/comments/rss.xml").status()).isEqualTo(404);
	}

	@Test
	void anApprovedCommentReachesTheCommentsFeedWithoutItsEmailAddress() {
		long id = publish(draft("Ferry timetable changes from Monday", "ferries-" + System.nanoTime(), "Harbours"));
		String feed = path(id) + "/comments/atom.xml";
		assertThat(nodes(feed(feed), "//atom:entry")).isEmpty();
		this.comments.addApproved(id, null, "Ada Quayside", "ada.quayside@example.org", "https://example.org/ada",
				"Good news for the night shift.\n\nAnd for <everyone> & their bikes.", Instant.now());
		SiteClient.Response response = this.client.get(feed);
		assertThat(response.body()).doesNotContain("ada.quayside@example.org").doesNotContain("@example.org");
		byte[] xml = response.body().getBytes(StandardCharsets.UTF_8);
		assertThat(FeedSchemas.atomErrors(xml)).isEmpty();
		Node entry = nodes(FeedSchemas.parse(xml), "//atom:entry").getFirst();
		assertThat(text(entry, "atom:author/atom:name")).isEqualTo("Ada Quayside");
		assertThat(text(entry, "atom:author/atom:uri")).isEqualTo("https://example.org/ada");
		assertThat(text(entry, "atom:content")).contains("<p>And for &lt;everyone&gt; &amp; their bikes.</p>");
	}

}
