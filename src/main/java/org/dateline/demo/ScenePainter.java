package org.dateline.demo;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Random;

/**
 * Paints the demo site's "photos": layered landscapes (skylines, harbours, hills, dunes,
 * forests...) in a palette for the time of day, seeded by the article so every run paints
 * the same picture. No text is drawn, so no fonts are needed on the server.
 */
final class ScenePainter {

	static final int WIDTH = 1600;

	static final int HEIGHT = 1067;

	private record Palette(Color skyTop, Color skyBottom, Color sun, Color far, Color near, Color light) {
	}

	private static final Map<String, Palette> PALETTES = Map.of("dawn",
			new Palette(rgb(0x2c3e6b), rgb(0xf4a582), rgb(0xffe0b0), rgb(0x6b5b7b), rgb(0x2e2a3f), rgb(0xffd27f)),
			"noon",
			new Palette(rgb(0x2f7fd1), rgb(0xbfe3f7), rgb(0xfffbe6), rgb(0x6f9a7a), rgb(0x33553d), rgb(0xfff3b0)),
			"dusk",
			new Palette(rgb(0x1d1f4a), rgb(0xe0645a), rgb(0xffb46b), rgb(0x4b2f55), rgb(0x1b1428), rgb(0xffc46b)),
			"overcast",
			new Palette(rgb(0x7d8793), rgb(0xc9ced4), rgb(0xe9ecef), rgb(0x6c7680), rgb(0x3a4047), rgb(0xf2e6b8)),
			"night",
			new Palette(rgb(0x050a1f), rgb(0x1b2850), rgb(0xf1f1e6), rgb(0x1a2340), rgb(0x0a0f1f), rgb(0xffd966)));

	private ScenePainter() {
	}

	static BufferedImage paint(String scene, String palette, long seed) {
		Palette colours = PALETTES.getOrDefault(palette, PALETTES.get("noon"));
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		double horizon = HEIGHT * (0.55 + random.nextDouble() * 0.12);
		sky(g, colours, horizon, random, scene.equals("night") || palette.equals("night"));
		switch (scene) {
			case "skyline", "night" -> {
				hills(g, colours.far(), horizon - 40, 60, random, 0.8f);
				skyline(g, colours, horizon + 30, random,
						palette.equals("night") || palette.equals("dusk") || scene.equals("night"));
				ground(g, colours.near(), horizon + 30);
			}
			case "harbour" -> {
				hills(g, colours.far(), horizon - 20, 50, random, 0.7f);
				skyline(g, colours, horizon, random, palette.equals("night") || palette.equals("dusk"));
				water(g, colours, horizon, random);
				cranes(g, colours.near(), horizon, random);
				boats(g, colours.near(), horizon, random);
			}
			case "coast" -> {
				water(g, colours, horizon, random);
				cliffs(g, colours, horizon, random);
			}
			case "desert" -> {
				dunes(g, colours, horizon, random);
			}
			case "forest" -> {
				hills(g, colours.far(), horizon - 30, 90, random, 0.9f);
				ground(g, colours.near(), horizon + 80);
				trees(g, colours, horizon, random);
			}
			case "field" -> {
				hills(g, colours.far(), horizon - 10, 40, random, 0.8f);
				field(g, colours, horizon, random);
			}
			case "storm" -> {
				hills(g, colours.far(), horizon - 20, 80, random, 0.9f);
				hills(g, colours.near(), horizon + 60, 60, random, 1f);
				clouds(g, new Color(40, 44, 52), 0.75f, random, 14);
				rain(g, random);
			}
			case "snow" -> {
				hills(g, new Color(232, 238, 245), horizon - 40, 120, random, 1f);
				hills(g, new Color(210, 220, 232), horizon + 40, 90, random, 1f);
				ground(g, new Color(245, 248, 252), horizon + 160);
				trees(g, new Palette(colours.skyTop(), colours.skyBottom(), colours.sun(), colours.far(),
						new Color(40, 60, 55), colours.light()), horizon + 120, random);
				snowfall(g, random);
			}
			default -> {
				hills(g, colours.far(), horizon - 30, 90, random, 0.9f);
				hills(g, colours.near(), horizon + 50, 70, random, 1f);
			}
		}
		grain(image, random);
		g.dispose();
		return image;
	}

	private static void sky(Graphics2D g, Palette p, double horizon, Random random, boolean starry) {
		g.setPaint(new GradientPaint(0, 0, p.skyTop(), 0, (float) horizon, p.skyBottom()));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		if (starry) {
			g.setColor(new Color(255, 255, 240, 200));
			for (int i = 0; i < 220; i++) {
				double size = random.nextDouble() * 2.2 + 0.6;
				g.fill(new Ellipse2D.Double(random.nextDouble() * WIDTH, random.nextDouble() * horizon * 0.9, size,
						size));
			}
		}
		float sunX = (float) (WIDTH * (0.15 + random.nextDouble() * 0.7));
		float sunY = (float) (horizon * (0.35 + random.nextDouble() * 0.45));
		float radius = 70 + random.nextInt(50);
		g.setPaint(new RadialGradientPaint(new Point2D.Float(sunX, sunY), radius * 4, new float[] { 0f, 0.25f, 1f },
				new Color[] { withAlpha(p.sun(), 200), withAlpha(p.sun(), 60), withAlpha(p.sun(), 0) }));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(p.sun());
		g.fill(new Ellipse2D.Float(sunX - radius / 2, sunY - radius / 2, radius, radius));
		clouds(g, withAlpha(Color.WHITE, 255), 0.18f, random, 6);
	}

	private static void clouds(Graphics2D g, Color colour, float alpha, Random random, int count) {
		var previous = g.getComposite();
		g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
		g.setColor(colour);
		for (int i = 0; i < count; i++) {
			double x = random.nextDouble() * WIDTH;
			double y = random.nextDouble() * HEIGHT * 0.35;
			for (int puff = 0; puff < 6; puff++) {
				double w = 120 + random.nextDouble() * 220;
				g.fill(new Ellipse2D.Double(x + puff * 60 - w / 2, y + random.nextDouble() * 30, w, w * 0.35));
			}
		}
		g.setComposite(previous);
	}

	private static void hills(Graphics2D g, Color colour, double base, double amplitude, Random random, float alpha) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(0, HEIGHT);
		double phase = random.nextDouble() * Math.PI * 2;
		double frequency = 2 + random.nextDouble() * 3;
		for (int x = 0; x <= WIDTH; x += 8) {
			double t = (double) x / WIDTH;
			double y = base - amplitude * (0.6 * Math.sin(t * Math.PI * frequency + phase)
					+ 0.3 * Math.sin(t * Math.PI * frequency * 2.7 + phase * 1.7) + 0.1 * random.nextDouble());
			path.lineTo(x, y);
		}
		path.lineTo(WIDTH, HEIGHT);
		path.closePath();
		var previous = g.getComposite();
		g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
		g.setColor(colour);
		g.fill(path);
		g.setComposite(previous);
	}

	private static void ground(Graphics2D g, Color colour, double top) {
		g.setColor(colour);
		g.fillRect(0, (int) top, WIDTH, HEIGHT - (int) top);
	}

	private static void skyline(Graphics2D g, Palette p, double base, Random random, boolean lit) {
		for (int layer = 0; layer < 2; layer++) {
			Color colour = layer == 0 ? blend(p.far(), p.near(), 0.4) : p.near();
			int x = -20;
			while (x < WIDTH) {
				int width = 40 + random.nextInt(90);
				int height = (int) ((layer == 0 ? 120 : 60) + random.nextDouble() * (layer == 0 ? 300 : 220));
				int top = (int) base - height - (layer == 0 ? 30 : 0);
				g.setColor(colour);
				g.fillRect(x, top, width, (int) (HEIGHT - top));
				if (random.nextInt(5) == 0) {
					g.fillRect(x + width / 2 - 2, top - 40, 4, 40);
				}
				if (lit && layer == 1) {
					g.setColor(withAlpha(p.light(), 210));
					for (int wy = top + 10; wy < base - 12; wy += 16) {
						for (int wx = x + 6; wx < x + width - 8; wx += 12) {
							if (random.nextInt(3) == 0) {
								g.fillRect(wx, wy, 5, 7);
							}
						}
					}
				}
				x += width + random.nextInt(12);
			}
		}
	}

	private static void water(Graphics2D g, Palette p, double horizon, Random random) {
		g.setPaint(new GradientPaint(0, (float) horizon, blend(p.skyBottom(), p.far(), 0.5), 0, HEIGHT,
				blend(p.skyTop(), p.near(), 0.6)));
		g.fillRect(0, (int) horizon, WIDTH, HEIGHT - (int) horizon);
		g.setStroke(new BasicStroke(2f));
		for (int i = 0; i < 140; i++) {
			double y = horizon + random.nextDouble() * (HEIGHT - horizon);
			double length = 20 + random.nextDouble() * 80 * (y / HEIGHT);
			double x = random.nextDouble() * WIDTH;
			g.setColor(withAlpha(p.sun(), 40 + random.nextInt(60)));
			g.drawLine((int) x, (int) y, (int) (x + length), (int) y);
		}
	}

	private static void boats(Graphics2D g, Color colour, double horizon, Random random) {
		g.setColor(colour);
		for (int i = 0; i < 3 + random.nextInt(3); i++) {
			double scale = 0.6 + random.nextDouble() * 1.2;
			double x = random.nextDouble() * (WIDTH - 300);
			double y = horizon + 40 + random.nextDouble() * (HEIGHT - horizon - 120);
			Path2D.Double hull = new Path2D.Double();
			hull.moveTo(x, y);
			hull.lineTo(x + 220 * scale, y);
			hull.lineTo(x + 190 * scale, y + 28 * scale);
			hull.lineTo(x + 25 * scale, y + 28 * scale);
			hull.closePath();
			g.fill(hull);
			g.fillRect((int) (x + 70 * scale), (int) (y - 40 * scale), (int) (70 * scale), (int) (40 * scale));
		}
	}

	private static void cranes(Graphics2D g, Color colour, double horizon, Random random) {
		g.setColor(colour);
		g.setStroke(new BasicStroke(7f));
		for (int i = 0; i < 2 + random.nextInt(3); i++) {
			int x = 100 + random.nextInt(WIDTH - 300);
			int height = 220 + random.nextInt(160);
			g.drawLine(x, (int) horizon, x, (int) horizon - height);
			g.drawLine(x - 60, (int) horizon - height, x + 200, (int) horizon - height);
			g.drawLine(x + 150, (int) horizon - height, x + 150, (int) horizon - height + 90);
		}
	}

	private static void cliffs(Graphics2D g, Palette p, double horizon, Random random) {
		Path2D.Double cliff = new Path2D.Double();
		boolean left = random.nextBoolean();
		double edge = WIDTH * (0.3 + random.nextDouble() * 0.2);
		cliff.moveTo(left ? 0 : WIDTH, HEIGHT);
		for (int i = 0; i <= 20; i++) {
			double t = i / 20.0;
			double x = left ? t * edge : WIDTH - t * edge;
			double y = horizon - 160 + t * t * 260 + random.nextDouble() * 20;
			cliff.lineTo(x, y);
		}
		cliff.lineTo(left ? edge : WIDTH - edge, HEIGHT);
		cliff.closePath();
		g.setColor(blend(p.far(), p.near(), 0.5));
		g.fill(cliff);
	}

	private static void dunes(Graphics2D g, Palette p, double horizon, Random random) {
		Color sand = blend(new Color(214, 170, 110), p.skyBottom(), 0.25);
		for (int layer = 0; layer < 4; layer++) {
			hills(g, blend(sand, p.near(), layer * 0.18), horizon + layer * 90, 70 - layer * 8, random, 1f);
		}
	}

	private static void trees(Graphics2D g, Palette p, double horizon, Random random) {
		for (int i = 0; i < 70; i++) {
			double x = random.nextDouble() * WIDTH;
			double scale = 0.5 + random.nextDouble() * 1.3;
			double base = horizon + 60 + random.nextDouble() * (HEIGHT - horizon - 40);
			Path2D.Double tree = new Path2D.Double();
			tree.moveTo(x, base - 220 * scale);
			tree.lineTo(x + 55 * scale, base);
			tree.lineTo(x - 55 * scale, base);
			tree.closePath();
			g.setColor(blend(p.near(), new Color(20, 60, 35), random.nextDouble() * 0.6));
			g.fill(tree);
		}
	}

	private static void field(Graphics2D g, Palette p, double horizon, Random random) {
		Color crop = blend(new Color(196, 164, 72), p.near(), 0.35);
		g.setColor(crop);
		g.fillRect(0, (int) horizon, WIDTH, HEIGHT - (int) horizon);
		g.setStroke(new BasicStroke(3f));
		g.setColor(blend(crop, Color.BLACK, 0.25));
		double vanishX = WIDTH * (0.3 + random.nextDouble() * 0.4);
		for (int i = -30; i <= 60; i++) {
			g.drawLine((int) vanishX, (int) horizon, (int) (i * WIDTH / 30.0), HEIGHT);
		}
	}

	private static void rain(Graphics2D g, Random random) {
		g.setStroke(new BasicStroke(1.5f));
		g.setColor(new Color(200, 210, 225, 90));
		for (int i = 0; i < 600; i++) {
			int x = random.nextInt(WIDTH);
			int y = random.nextInt(HEIGHT);
			g.drawLine(x, y, x - 12, y + 36);
		}
	}

	private static void snowfall(Graphics2D g, Random random) {
		g.setColor(new Color(255, 255, 255, 200));
		for (int i = 0; i < 500; i++) {
			double size = 2 + random.nextDouble() * 5;
			g.fill(new Ellipse2D.Double(random.nextDouble() * WIDTH, random.nextDouble() * HEIGHT, size, size));
		}
	}

	/**
	 * A little film grain, so the pictures read as photographs and compress like them.
	 */
	private static void grain(BufferedImage image, Random random) {
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				int noise = random.nextInt(13) - 6;
				int rgb = image.getRGB(x, y);
				int r = Math.clamp(((rgb >> 16) & 0xff) + noise, 0, 255);
				int gr = Math.clamp(((rgb >> 8) & 0xff) + noise, 0, 255);
				int b = Math.clamp((rgb & 0xff) + noise, 0, 255);
				image.setRGB(x, y, (r << 16) | (gr << 8) | b);
			}
		}
	}

	private static Color rgb(int value) {
		return new Color(value);
	}

	private static Color withAlpha(Color colour, int alpha) {
		return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
	}

	private static Color blend(Color a, Color b, double amount) {
		double t = Math.clamp(amount, 0, 1);
		return new Color((int) (a.getRed() + (b.getRed() - a.getRed()) * t),
				(int) (a.getGreen() + (b.getGreen() - a.getGreen()) * t),
				(int) (a.getBlue() + (b.getBlue() - a.getBlue()) * t));
	}

}
