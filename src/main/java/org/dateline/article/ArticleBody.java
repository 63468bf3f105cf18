package org.dateline.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.dateline.media.MediaService;
import org.dateline.media.Photo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Renders an article's Markdown body to the HTML readers get, once, when the article is
 * saved.
 * <ul>
 * <li>The dateline opens the first paragraph in a {@code <span class="dateline">}.</li>
 * <li>Headings become subheads ({@code h2}–{@code h4}): the headline is the page's only
 * {@code h1}.</li>
 * <li>{@code ![alt](photo:42)} on a line of its own places photo 42 from the library with
 * its caption and credit; pictures from other sites are not embedded (they would track
 * readers), only linked.</li>
 * <li>{@code ::: pullquote} blocks become pull quotes ({@link PullQuote}).</li>
 * </ul>
 * Raw HTML in the Markdown is shown as text, link schemes are limited to http, https and
 * mailto, and the result passes jsoup's allow-list cleaner as a second line of defence.
 */
@Component
class ArticleBody {

	static final String PHOTO_SCHEME = "photo:";

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Safelist ALLOWED = Safelist.none()
		.addTags("p", "br", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "strong", "em", "code", "pre", "hr", "a",
				"table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "img", "span", "aside")
		.addAttributes("a", "href", "title")
		.addAttributes("img", "src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding")
		.addAttributes("span", "class")
		.addAttributes("figure", "class")
		.addAttributes("aside", "class")
		.addAttributes("th", "class")
		.addAttributes("td", "class")
		.addAttributes("ol", "start")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addProtocols("img", "src", "http", "https")
		.preserveRelativeLinks(true);

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	private static final Parser PARSER = Parser.builder()
		.extensions(EXTENSIONS)
		.customBlockParserFactory(new PullQuote.Factory())
		.build();

	/**
	 * A library photo a body places as a figure of its own.
	 *
	 * @param id its number, or null when the reference is not a number (it shows nothing)
	 * @param reference what follows {@code photo:}
	 * @param alt the body's own alt text, empty when it leaves it to the library's
	 */
	record PlacedPhoto(Long id, String reference, String alt) {
	}

	private final MediaService media;

	ArticleBody(MediaService media) {
		this.media = media;
	}

	String render(String markdown, String dateline) {
		return render(markdown, dateline, this.media::find);
	}

	String render(String markdown, String dateline, LongFunction<Optional<Photo>> photos) {
		Node document = PARSER.parse(markdown == null ? "" : markdown);
		document.accept(new SubheadLevels());
		placePhotos(document);
		if (dateline != null && !dateline.isBlank()) {
			openWithDateline(document, dateline.strip());
		}
		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.softbreak("\n")
			.attributeProviderFactory((context) -> ArticleBody::alignmentAsClass)
			.nodeRendererFactory((context) -> new DatelineRenderer(context))
			.nodeRendererFactory((context) -> new PullQuoteRenderer(context))
			.nodeRendererFactory((context) -> new PhotoRenderer(context, photos))
			.nodeRendererFactory((context) -> new ImageAsLinkRenderer(context))
			.build();
		String html = renderer.render(document);
		return Jsoup.clean(html, "https://dateline.invalid/", ALLOWED, OUTPUT);
	}

	/**
	 * Tables mark alignment with the obsolete {@code align} attribute; a class keeps the
	 * HTML valid.
	 */
	private static void alignmentAsClass(Node node, String tagName, Map<String, String> attributes) {
		if (node instanceof TableCell && attributes.containsKey("align")) {
			attributes.put("class", "align-" + attributes.remove("align"));
		}
	}

	private static void openWithDateline(Node document, String dateline) {
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Paragraph paragraph) {
				paragraph.prependChild(new DatelineNode(dateline));
				return;
			}
		}
		Paragraph paragraph = new Paragraph();
		paragraph.appendChild(new DatelineNode(dateline));
		document.prependChild(paragraph);
	}

	/**
	 * The library photos this Markdown places, in order, as {@link #render} shows them.
	 */
	static List<PlacedPhoto> placedPhotos(String markdown) {
		Node document = PARSER.parse(markdown == null ? "" : markdown);
		placePhotos(document);
		List<PlacedPhoto> placed = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomBlock block) {
				if (block instanceof PhotoBlock photo) {
					placed.add(new PlacedPhoto(PhotoRenderer.parseId(photo.reference).orElse(null), photo.reference,
							photo.alt));
				}
				visitChildren(block);
			}
		});
		return placed;
	}

	/** A paragraph holding nothing but a library photo becomes a figure of its own. */
	private static void placePhotos(Node document) {
		List<Paragraph> candidates = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Paragraph paragraph) {
				Node only = paragraph.getFirstChild();
				if (only instanceof Image image && only.getNext() == null
						&& image.getDestination().startsWith(PHOTO_SCHEME)) {
					candidates.add(paragraph);
				}
				else {
					visitChildren(paragraph);
				}
			}
		});
		for (Paragraph paragraph : candidates) {
			Image image = (Image) paragraph.getFirstChild();
			PhotoBlock block = new PhotoBlock(image.getDestination().substring(PHOTO_SCHEME.length()), altText(image));
			paragraph.insertBefore(block);
			paragraph.unlink();
		}
	}

	private static String altText(Image image) {
		StringBuilder alt = new StringBuilder();
		image.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				alt.append(text.getLiteral());
			}
		});
		return alt.toString().strip();
	}

	private static final class SubheadLevels extends AbstractVisitor {

		@Override
		public void visit(Heading heading) {
			heading.setLevel(Math.clamp(heading.getLevel(), 2, 4));
			visitChildren(heading);
		}

	}

	static final class DatelineNode extends CustomNode {

		final String text;

		DatelineNode(String text) {
			this.text = text;
		}

	}

	static final class PhotoBlock extends CustomBlock {

		final String reference;

		final String alt;

		PhotoBlock(String reference, String alt) {
			this.reference = reference;
			this.alt = alt;
		}

	}

	private record DatelineRenderer(HtmlNodeRendererContext context) implements NodeRenderer {

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(DatelineNode.class);
		}

		@Override
		public void render(Node node) {
			HtmlWriter html = this.context.getWriter();
			html.tag("span", Map.of("class", "dateline"));
			html.text(((DatelineNode) node).text);
			html.tag("/span");
			html.text(node.getNext() == null ? "" : " \u2013 ");
		}

	}

	private record PullQuoteRenderer(HtmlNodeRendererContext context) implements NodeRenderer {

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(PullQuote.class);
		}

		@Override
		public void render(Node node) {
			HtmlWriter html = this.context.getWriter();
			html.line();
			html.tag("aside", Map.of("class", "pullquote"));
			html.tag("blockquote");
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				this.context.render(child);
			}
			html.tag("/blockquote");
			html.tag("/aside");
			html.line();
		}

	}

	/**
	 * An image from another site is shown as a link to it: embedding it would let that
	 * site watch our readers.
	 */
	private record ImageAsLinkRenderer(HtmlNodeRendererContext context) implements NodeRenderer {

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Image.class);
		}

		@Override
		public void render(Node node) {
			Image image = (Image) node;
			String alt = altText(image);
			String url = this.context.encodeUrl(this.context.urlSanitizer().sanitizeLinkUrl(image.getDestination()));
			HtmlWriter html = this.context.getWriter();
			html.tag("a", Map.of("href", url));
			html.text(alt.isEmpty() ? image.getDestination() : alt);
			html.tag("/a");
		}

	}

	private record PhotoRenderer(HtmlNodeRendererContext context,
			LongFunction<Optional<Photo>> photos) implements NodeRenderer {

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(PhotoBlock.class);
		}

		@Override
		public void render(Node node) {
			PhotoBlock block = (PhotoBlock) node;
			Optional<Photo> found = parseId(block.reference).flatMap(this.photos::apply);
			if (found.isEmpty()) {
				return; // a deleted or mistyped photo leaves no broken image behind
			}
			Photo photo = found.get();
			HtmlWriter html = this.context.getWriter();
			html.line();
			html.tag("figure", Map.of("class", "inline-photo"));
			Map<String, String> img = new LinkedHashMap<>();
			img.put("src", photo.src());
			img.put("srcset", photo.srcset());
			img.put("sizes", "(min-width: 48rem) 42rem, 100vw");
			img.put("width", Integer.toString(photo.width()));
			img.put("height", Integer.toString(photo.height()));
			img.put("alt", block.alt.isEmpty() ? photo.alt() : block.alt);
			img.put("loading", "lazy");
			img.put("decoding", "async");
			html.tag("img", img, true);
			if (photo.hasCaption() || photo.hasCredit()) {
				html.tag("figcaption");
				if (photo.hasCaption()) {
					html.tag("span", Map.of("class", "caption"));
					html.text(photo.caption());
					html.tag("/span");
				}
				if (photo.hasCaption() && photo.hasCredit()) {
					html.text(" ");
				}
				if (photo.hasCredit()) {
					html.tag("span", Map.of("class", "credit"));
					html.text(photo.credit());
					html.tag("/span");
				}
				html.tag("/figcaption");
			}
			html.tag("/figure");
			html.line();
		}

		private static Optional<Long> parseId(String reference) {
			try {
				return Optional.of(Long.parseLong(reference.strip()));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}

	}

}
