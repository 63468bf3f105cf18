import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes a WordPress export (WXR 1.2) of a busy newsroom for bench/import.sh: POSTS posts in 12 categories with 60
 * tags, 25 authors, block-editor and classic bodies with [caption] and [embed] shortcodes, and COMMENTS comments,
 * a third of them replies. Run with the JDK's source launcher: java bench/WxrGenerator.java FILE POSTS COMMENTS
 */
public class WxrGenerator {

	private static final DateTimeFormatter WP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final String[] WORDS = ("harbour council ferry storm market vote budget school river bridge "
			+ "station trial court hospital festival season crew tide museum library housing rail port union "
			+ "minister mayor report plan price wage league final record heat rain flood road")
		.split(" ");

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		int posts = Integer.parseInt(args[1]);
		int comments = Integer.parseInt(args[2]);
		Random random = new Random(42);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("""
					<?xml version="1.0" encoding="UTF-8" ?>
					<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
					 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
					 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
					<channel>
					<title>The Benchmark Gazette</title><link>https://bench.example</link>
					<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://bench.example</wp:base_site_url>
					""");
			for (int a = 1; a <= 25; a++) {
				out.write("<wp:author><wp:author_login><![CDATA[reporter" + a + "]]></wp:author_login>"
						+ "<wp:author_display_name><![CDATA[Reporter Number " + a
						+ "]]></wp:author_display_name></wp:author>\n");
			}
			for (int c = 1; c <= 12; c++) {
				out.write("<wp:category><wp:category_nicename><![CDATA[desk-" + c + "]]></wp:category_nicename>"
						+ "<wp:cat_name><![CDATA[Desk " + c + "]]></wp:cat_name></wp:category>\n");
			}
			int commentId = 1;
			LocalDateTime start = LocalDateTime.of(2015, 1, 1, 6, 0);
			for (int p = 1; p <= posts; p++) {
				int perPost = comments / posts + (p <= comments % posts ? 1 : 0);
				LocalDateTime at = start.plusMinutes(p * 37L);
				String slug = "story-" + p + "-" + word(random) + "-" + word(random);
				String status = p % 50 == 0 ? "draft" : "publish";
				out.write("<item><title><![CDATA[" + capital(sentence(random, 8)) + "]]></title>");
				out.write("<link>https://bench.example/" + at.toLocalDate().toString().replace('-', '/') + "/" + slug
						+ "/</link>");
				out.write("<dc:creator><![CDATA[reporter" + (1 + random.nextInt(25)) + "]]></dc:creator>");
				out.write("<guid isPermaLink=\"false\">https://bench.example/?p=" + p + "</guid>");
				out.write("<content:encoded><![CDATA[" + body(random, p) + "]]></content:encoded>");
				out.write("<excerpt:encoded><![CDATA[" + capital(sentence(random, 14)) + ".]]></excerpt:encoded>");
				out.write("<wp:post_id>" + p + "</wp:post_id><wp:post_date>" + WP.format(at) + "</wp:post_date>"
						+ "<wp:post_date_gmt>" + WP.format(at) + "</wp:post_date_gmt>");
				out.write("<wp:comment_status>open</wp:comment_status><wp:post_name>" + slug + "</wp:post_name>");
				out.write("<wp:status>" + status + "</wp:status><wp:post_type>post</wp:post_type>\n");
				int desk = 1 + random.nextInt(12);
				out.write("<category domain=\"category\" nicename=\"desk-" + desk + "\"><![CDATA[Desk " + desk
						+ "]]></category>");
				for (int t = 0; t < 3; t++) {
					int tag = 1 + random.nextInt(60);
					out.write("<category domain=\"post_tag\" nicename=\"topic-" + tag + "\"><![CDATA[Topic " + tag
							+ "]]></category>");
				}
				out.write("\n");
				int first = commentId;
				for (int c = 0; c < perPost; c++, commentId++) {
					int parent = c > 0 && random.nextInt(3) == 0 ? first + random.nextInt(c) : 0;
					String approved = random.nextInt(20) == 0 ? "0" : random.nextInt(40) == 0 ? "spam" : "1";
					out.write("<wp:comment><wp:comment_id>" + commentId + "</wp:comment_id>"
							+ "<wp:comment_author><![CDATA[Reader " + random.nextInt(5000) + "]]></wp:comment_author>"
							+ "<wp:comment_author_email><![CDATA[reader" + random.nextInt(5000)
							+ "@readers.example]]></wp:comment_author_email>"
							+ "<wp:comment_date_gmt>" + WP.format(at.plusMinutes(5L + c * 11L))
							+ "</wp:comment_date_gmt><wp:comment_content><![CDATA[" + capital(sentence(random, 25))
							+ ".]]></wp:comment_content><wp:comment_approved>" + approved
							+ "</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>"
							+ parent + "</wp:comment_parent></wp:comment>\n");
				}
				out.write("</item>\n");
			}
			out.write("</channel>\n</rss>\n");
		}
	}

	private static String body(Random random, int p) {
		StringBuilder body = new StringBuilder();
		boolean blocks = p % 2 == 0;
		for (int i = 0; i < 6; i++) {
			String paragraph = capital(sentence(random, 30)) + ". " + capital(sentence(random, 20)) + ".";
			body.append(blocks ? "<!-- wp:paragraph -->\n<p>" + paragraph + "</p>\n<!-- /wp:paragraph -->\n\n"
					: paragraph + "\n\n");
			if (i == 2) {
				body.append(blocks ? "<!-- wp:heading -->\n<h2>" + capital(sentence(random, 5))
						+ "</h2>\n<!-- /wp:heading -->\n\n"
						: "[caption id=\"attachment_9\" width=\"640\"]<img src=\"https://bench.example/p" + p
								+ ".jpg\" alt=\"A scene\" /> " + capital(sentence(random, 10)) + "[/caption]\n\n");
			}
		}
		if (p % 10 == 0) {
			body.append("[embed]https://video.example.org/watch/" + p + "[/embed]\n\n");
		}
		return body.toString();
	}

	private static String sentence(Random random, int words) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < words; i++) {
			s.append(i == 0 ? "" : " ").append(word(random));
		}
		return s.toString();
	}

	private static String word(Random random) {
		return WORDS[random.nextInt(WORDS.length)];
	}

	private static String capital(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
