package org.dateline.newsroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.dateline.Browser;
import org.dateline.NewsroomSiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.media.PhotoFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story from the newsroom to a reader, through the real screens in headless Chromium:
 * an author signs in, uploads an agency photo, writes a story with the photo as hero and
 * inline (chosen with the editor's photo picker) and saves it for the desk without
 * publishing it, though an author may; an editor finds the draft and publishes it; an
 * anonymous reader sees it on the front page and reads it. Only the two accounts are made
 * directly. Screenshots of every step go to {@code target/screenshots/newsroom-journey/}.
 */
@NewsroomSiteTest
class NewsroomJourneyBrowserTests {

	static final String SHOTS = "newsroom-journey";

	static final String PASSWORD = "a long enough password";

	static final String CREDIT = "Photo: Harbourline Agency / Kenji Morrow";

	static final String DATELINE = "LISBON, Portugal";

	@LocalServerPort
	int port;

	@Autowired
	StaffService staff;

	private final List<Path> shots = new ArrayList<>();

	@Test
	void anAuthorsStoryIsPublishedByAnEditorAndReadByAReader(@TempDir Path files) throws IOException {
		long n = System.nanoTime();
		String author = "journey.author." + n + "@newsroom.example";
		String editor = "journey.editor." + n + "@newsroom.example";
		this.staff.create(author, "Journey Author", Role.AUTHOR, PASSWORD);
		this.staff.create(editor, "Journey Editor", Role.EDITOR, PASSWORD);
		String token = "ref" + n;
		String caption = "LISBON, PORTUGAL - MAY 3: A tram climbs toward the castle on the first morning of the "
				+ "new timetable, " + token + ".";
		String alt = "A yellow tram on a steep cobbled street between tiled houses.";
		String headline = "Lisbon trams run every four minutes " + n % 100_000;
		Path photoFile = files.resolve("tram-" + n + ".jpg");
		Files.write(photoFile,
				PhotoFixtures.withIptc(PhotoFixtures.jpeg(1600, 1000),
						List.of(new IptcRecord(IptcTypes.CAPTION_ABSTRACT, caption),
								new IptcRecord(IptcTypes.CREDIT, "Harbourline Agency"),
								new IptcRecord(IptcTypes.BYLINE, "Kenji Morrow"))));
		clearOldScreenshots();

		try (Browser desk = Browser.start()) {
			ChromeDriver driver = desk.driver();
			signIn(driver, author);
			shot(desk, "01-author-signed-in");

			long photo = upload(driver, photoFile, caption);
			shot(desk, "02-photo-uploaded");
			driver.findElement(By.id("photo-alt")).sendKeys(alt);
			driver.findElement(By.cssSelector("form.media-details button[type=submit]")).click();
			waiting(driver).until(ExpectedConditions.urlContains("done=saved"));
			assertThat(driver.findElement(By.id("photo-credit")).getAttribute("value")).isEqualTo(CREDIT);
			shot(desk, "03-photo-details-saved");

			long article = writeDraft(desk, headline, token, photo, caption, alt);
			assertThat(driver.findElements(By.cssSelector("button[name=action][value=publish]")))
				.as("an author could publish, and leaves it to the desk")
				.isNotEmpty();
			assertThat(driver.findElement(By.cssSelector(".editor-side .status")).getText())
				.isEqualToIgnoringCase("draft");
			driver.findElement(By.cssSelector(".sign-out button")).click();
			waiting(driver).until(ExpectedConditions.urlContains("signed-out"));

			signIn(driver, editor);
			driver.findElement(By.linkText("Articles")).click();
			new Select(driver.findElement(By.id("filter-status"))).selectByValue("draft");
			driver.findElement(By.id("filter-q")).sendKeys(headline);
			driver.findElement(By.cssSelector("form.filters button")).click();
			waiting(driver).until(ExpectedConditions.urlContains("status=draft"));
			shot(desk, "09-editor-finds-the-draft");
			driver.findElement(By.linkText(headline)).click();
			waiting(driver).until(ExpectedConditions.urlContains("/newsroom/articles/" + article));
			shot(desk, "10-editor-opens-the-draft");
			driver.findElement(By.cssSelector("button[name=action][value=publish]")).click();
			By published = By.xpath("//p[contains(@class, 'notice-success')][normalize-space()='Published.']");
			By anyway = By.xpath("//button[normalize-space()='Publish anyway']");
			waiting(driver).until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(published),
					ExpectedConditions.presenceOfElementLocated(anyway)));
			if (!driver.findElements(anyway).isEmpty()) {
				shot(desk, "11-editorial-checklist");
				driver.findElement(anyway).click();
				waiting(driver).until(ExpectedConditions.presenceOfElementLocated(published));
			}
			assertThat(driver.findElement(By.cssSelector(".editor-side .status")).getText())
				.isEqualToIgnoringCase("published");
			shot(desk, "12-published");
			assertThat(desk.consoleErrors()).as("no script errors or policy violations in the newsroom").isEmpty();
		}

		try (Browser reader = Browser.start()) {
			ChromeDriver driver = reader.driver();
			driver.get(url("/"));
			WebElement teaser = driver.findElement(By.linkText(headline));
			shot(reader, "13-front-page");
			teaser.click();
			waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.headline")));
			assertThat(driver.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(headline);
			WebElement hero = driver.findElement(By.cssSelector("figure.hero"));
			assertThat(hero.findElement(By.cssSelector("figcaption .caption")).getText()).isEqualTo(caption);
			assertThat(hero.findElement(By.cssSelector("figcaption .credit")).getText()).isEqualToIgnoringCase(CREDIT);
			assertThat(hero.findElement(By.tagName("img")).getAttribute("alt")).isEqualTo(alt);
			assertThat(driver.findElement(By.cssSelector(".story-body p:first-of-type .dateline")).getText())
				.isEqualTo(DATELINE);
			WebElement inline = driver.findElement(By.cssSelector(".story-body figure.inline-photo"));
			assertThat(inline.findElement(By.cssSelector("figcaption .caption")).getText()).isEqualTo(caption);
			assertThat(inline.findElement(By.tagName("img")).getAttribute("alt")).isEqualTo(alt);
			assertThat(driver.findElements(By.cssSelector(".story-body > p"))).hasSizeGreaterThanOrEqualTo(4);
			waitUntilLoaded(driver, hero.findElement(By.tagName("img")));
			shot(reader, "14-article-page");
			new Actions(driver).scrollToElement(inline.findElement(By.tagName("figcaption"))).perform();
			waitUntilLoaded(driver, inline.findElement(By.tagName("img")));
			shot(reader, "15-article-inline-photo");
			assertThat(reader.consoleErrors()).as("no failed loads or policy violations for the reader").isEmpty();
		}

		assertThat(this.shots).hasSizeGreaterThanOrEqualTo(14);
		for (Path shot : this.shots) {
			assertThat(shot).as("screenshot %s", shot).isRegularFile();
			assertThat(Files.size(shot)).as("screenshot %s", shot).isPositive();
		}
	}

	/** Uploads through the plain file field; returns the new photo's number. */
	private long upload(ChromeDriver driver, Path file, String caption) {
		driver.findElement(By.linkText("Media")).click();
		waiting(driver).until(ExpectedConditions.urlContains("/newsroom/media"));
		driver.findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
		driver.findElement(By.cssSelector("form.media-upload-form button[type=submit]")).click();
		waiting(driver).until(ExpectedConditions.urlContains("done=uploaded"));
		assertThat(driver.findElement(By.id("photo-caption")).getAttribute("value"))
			.as("the caption comes from the file's IPTC")
			.isEqualTo(caption);
		String path = driver.getCurrentUrl().replaceAll("^.*/newsroom/media/", "").replaceAll("\\?.*$", "");
		return Long.parseLong(path);
	}

	/**
	 * Writes the story in the editor, with the picker for both photos, and saves it;
	 * returns the article's number.
	 */
	private long writeDraft(Browser desk, String headline, String token, long photo, String caption, String alt) {
		ChromeDriver driver = desk.driver();
		driver.findElement(By.linkText("Articles")).click();
		driver.findElement(By.linkText("Write a new article")).click();
		waiting(driver).until(ExpectedConditions.urlContains("/newsroom/articles/new"));
		driver.findElement(By.id("article-headline")).sendKeys(headline);
		driver.findElement(By.id("article-dek")).sendKeys("The city's oldest line gets its busiest timetable yet.");
		new Select(driver.findElement(By.id("article-section"))).selectByVisibleText("World");
		driver.findElement(By.id("article-dateline")).sendKeys(DATELINE);
		WebElement body = driver.findElement(By.id("article-body"));
		body.sendKeys("The number 28 tram now runs every four minutes from dawn.\n\n"
				+ "The operator added six restored cars to the line.");

		WebElement chooseHero = driver.findElement(By.id("choose-hero"));
		chooseHero.click();
		pick(desk, token, photo, "04-hero-photo-picker").click();
		assertThat(driver.findElement(By.id("article-hero")).getAttribute("value")).isEqualTo(Long.toString(photo));
		WebElement preview = driver.findElement(By.id("hero-preview"));
		assertThat(preview.findElement(By.cssSelector("figcaption .caption")).getText()).isEqualTo(caption);
		assertThat(preview.findElement(By.cssSelector("figcaption .credit")).getText()).isEqualToIgnoringCase(CREDIT);
		assertThat(preview.findElement(By.tagName("img")).getAttribute("alt")).isEqualTo(alt);
		assertThat(driver.switchTo().activeElement()).as("focus is back on the button").isEqualTo(chooseHero);
		shot(desk, "05-hero-photo-chosen");

		WebElement insert = driver.findElement(By.id("insert-photo"));
		insert.click();
		waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-picker")));
		WebElement search = driver.findElement(By.id("photo-picker-q"));
		search.clear();
		search.sendKeys(Keys.ESCAPE);
		waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("photo-picker")));
		assertThat(driver.switchTo().activeElement()).as("Escape closes the picker").isEqualTo(insert);
		insert.click();
		pick(desk, token, photo, "06-inline-photo-picker").sendKeys(Keys.ENTER);
		assertThat(driver.switchTo().activeElement()).isEqualTo(insert);
		body.sendKeys("Commuters said the wait at Graca had halved.\n\n"
				+ "The timetable runs until the end of the summer, when the city will review it.");
		assertThat(body.getAttribute("value"))
			.contains("added six restored cars to the line.\n\n![](photo:" + photo + ")\n\nCommuters said the wait");

		waiting(driver).until((d) -> String.valueOf(d.findElement(By.id("live-preview")).getAttribute("srcdoc"))
			.contains("Commuters said the wait"));
		driver.switchTo().frame(driver.findElement(By.id("live-preview")));
		assertThat(driver.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(headline);
		assertThat(driver.findElements(By.cssSelector("figure.hero, figure.inline-photo"))).hasSize(2);
		driver.switchTo().defaultContent();
		new Actions(driver).scrollToElement(driver.findElement(By.id("live-preview"))).perform();
		shot(desk, "07-live-preview");

		driver.findElement(By.cssSelector("button[name=action][value=save]")).click();
		waiting(driver).until(ExpectedConditions.urlMatches("/newsroom/articles/[0-9]+$"));
		assertThat(driver.findElement(By.cssSelector(".notice-success")).getText()).isEqualTo("Draft saved.");
		shot(desk, "08-draft-saved");
		String id = driver.getCurrentUrl().replaceAll("^.*/newsroom/articles/", "").replaceAll("\\?.*$", "");
		return Long.parseLong(id);
	}

	/**
	 * Searches the open picker for the photo and returns its button, after a screenshot.
	 */
	private WebElement pick(Browser desk, String query, long photo, String shot) {
		ChromeDriver driver = desk.driver();
		waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-picker")));
		WebElement search = driver.findElement(By.id("photo-picker-q"));
		assertThat(driver.switchTo().activeElement()).as("the picker opens on its search box").isEqualTo(search);
		search.clear();
		search.sendKeys(query, Keys.ENTER);
		By choice = By.cssSelector("#photo-picker-grid button.photo-choice[data-photo='" + photo + "']");
		waiting(driver)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("photo-picker-status"), "1 photo matches"));
		WebElement button = waiting(driver).until(ExpectedConditions.elementToBeClickable(choice));
		waitUntilLoaded(driver, button.findElement(By.tagName("img")));
		shot(desk, shot);
		return button;
	}

	private void signIn(ChromeDriver driver, String email) {
		driver.get(url("/newsroom/sign-in"));
		driver.findElement(By.id("sign-in-email")).sendKeys(email);
		driver.findElement(By.id("sign-in-password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form.desk-form button")).click();
		waiting(driver).until(ExpectedConditions.urlMatches("/newsroom/$"));
	}

	private void shot(Browser browser, String name) {
		this.shots.add(browser.screenshot(SHOTS + "/" + name));
	}

	private static void clearOldScreenshots() throws IOException {
		Path folder = Path.of("target", "screenshots", SHOTS);
		if (Files.isDirectory(folder)) {
			try (Stream<Path> old = Files.list(folder)) {
				for (Path file : old.filter((f) -> f.toString().endsWith(".png")).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	private static void waitUntilLoaded(ChromeDriver driver, WebElement image) {
		waiting(driver).until((d) -> Boolean.TRUE
			.equals(driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait waiting(ChromeDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

}
