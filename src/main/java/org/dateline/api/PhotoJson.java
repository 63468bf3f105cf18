package org.dateline.api;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dateline.media.Photo;
import org.dateline.media.Variant;

/**
 * A photo as the API shows it: its published variants only (re-encoded, without location
 * data), never the original file or where it is kept.
 *
 * @param width the width of the photo as uploaded, in pixels (variants are never wider)
 * @param src the default variant, up to 1200 pixels wide
 * @param srcset the width variants for an {@code <img srcset>}
 */
record PhotoJson(long id, int width, int height, String alt, String caption, String credit, String creator,
		String copyright, String src, String srcset, List<VariantJson> variants, String url) {

	/**
	 * @param crop the aspect ratio of a cropped variant ({@code 16x9}, {@code 4x3},
	 * {@code 1x1}), or null for one that keeps the photo's own
	 */
	record VariantJson(String name, String url, int width, int height, String crop) {
	}

	/**
	 * A page of photos.
	 *
	 * @param nextCursor pass as {@code cursor} for the next page; null on the last
	 * @param next the next page's URL, or null
	 */
	record Page(List<PhotoJson> items, String nextCursor, String next) {
	}

	static PhotoJson of(Photo photo, ApiLinks links) {
		List<VariantJson> variants = variants(photo, links);
		String srcset = photo.responsiveVariants()
			.stream()
			.map((v) -> links.site(photo.url(v)) + " " + Math.min(v.width(), photo.width()) + "w")
			.collect(Collectors.joining(", "));
		return new PhotoJson(photo.id(), photo.width(), photo.height(), photo.alt(), ApiLinks.orNull(photo.caption()),
				ApiLinks.orNull(photo.credit()), ApiLinks.orNull(photo.creator()), ApiLinks.orNull(photo.copyright()),
				links.site(photo.src()), srcset, variants, links.api("/photos/" + photo.id()));
	}

	/**
	 * The sizes {@code ImageVariants} makes: widths never upscaled, crops as large as
	 * 1200 pixels wide allow within the photo.
	 */
	static List<VariantJson> variants(Photo photo, ApiLinks links) {
		List<VariantJson> variants = new ArrayList<>();
		for (Variant variant : photo.responsiveVariants()) {
			int width = Math.min(variant.width(), photo.width());
			int height = Math.max(1, Math.round((float) photo.height() * width / photo.width()));
			variants.add(new VariantJson(name(variant), links.site(photo.url(variant)), width, height, null));
		}
		for (Variant variant : List.of(Variant.CROP_16X9, Variant.CROP_4X3, Variant.CROP_1X1)) {
			int width = Math.min(variant.width(), photo.width());
			int height = width * variant.cropHeight() / variant.width();
			if (height > photo.height()) {
				height = photo.height();
				width = height * variant.width() / variant.cropHeight();
			}
			variants.add(new VariantJson(name(variant), links.site(photo.url(variant)), width, height, name(variant)));
		}
		return variants;
	}

	private static String name(Variant variant) {
		return variant.fileName().substring(0, variant.fileName().indexOf('.'));
	}

}
