package org.dateline.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The EXIF orientation a camera records instead of turning the pixels: a phone held
 * upright stores a landscape image and "rotate 90° clockwise to show it". Variants drop
 * EXIF, so they are turned here; the library stores the photo's width and height as it is
 * shown.
 */
final class Orientation {

	private Orientation() {
	}

	/** Whether the orientation swaps width and height (5 to 8 turn by a quarter). */
	static boolean swapsSides(int orientation) {
		return orientation >= 5 && orientation <= 8;
	}

	/** The image as it should be shown; the same image for orientation 1. */
	static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		// x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12
		AffineTransform transform = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored upside down
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turn a quarter clockwise
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
			default -> new AffineTransform(0, -1, 1, 0, 0, w); // 8: turn a quarter
																// anticlockwise
		};
		boolean swap = swapsSides(orientation);
		BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = turned.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
		g.drawImage(image, transform, null);
		g.dispose();
		return turned;
	}

}
