package org.dateline.media;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A photo in the media library with what a newsroom records about it. The original file
 * is never served: readers get {@link Variant}s re-encoded from it, which carry no
 * location data.
 *
 * @param alt what a screen reader says in place of the image; never printed as visible
 * text
 * @param caption what the photo shows, in agency style
 * ({@code CITY, COUNTRY - MONTH DAY: ...})
 * @param credit who to thank, as {@code Photo: Agency / Photographer}
 */
public record Photo(long id, String key, int width, int height, String alt, String caption, String credit,
		String creator, String copyright) {

	private static final List<Variant> WIDTHS = List.of(Variant.W480, Variant.W800, Variant.W1200, Variant.W1600);

	public String url(Variant variant) {
		return "/media/" + this.key + "/" + variant.fileName();
	}

	/**
	 * The widths this photo is offered at in {@code srcset}: those not wider than the
	 * original, at least one.
	 */
	public List<Variant> responsiveVariants() {
		List<Variant> fitting = WIDTHS.stream().filter((v) -> v.width() <= this.width).toList();
		return fitting.isEmpty() ? List.of(Variant.W480) : fitting;
	}

	public String srcset() {
		return responsiveVariants().stream()
			.map((v) -> url(v) + " " + Math.min(v.width(), this.width) + "w")
			.collect(Collectors.joining(", "));
	}

	/** The default {@code src}: the largest variant up to 1200 pixels wide. */
	public String src() {
		List<Variant> variants = responsiveVariants();
		return url(variants.stream().filter((v) -> v.width() <= 1200).reduce((a, b) -> b).orElse(variants.getFirst()));
	}

	public boolean hasCaption() {
		return !this.caption.isBlank();
	}

	public boolean hasCredit() {
		return !this.credit.isBlank();
	}

}
