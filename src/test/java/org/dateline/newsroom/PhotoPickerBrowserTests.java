package org.dateline.newsroom;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dateline.Browser;
import org.dateline.NewsroomSiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.media.MediaService;
import org.dateline.media.PhotoDetails;
import org.dateline.media.PhotoFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article editor's photo picker in Chromium, beyond the newsroom journey: pages of
 * results, a photo placed where the cursor is, closing without choosing, and a hero
 * number typed by hand. The photos are added through the media service; everything in the
 * editor goes through its screen.
 */
@NewsroomSiteTest
class PhotoPickerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffService staff;

	@Autowired
	MediaService media;

	@Test
	void thePickerPagesPlacesPhotosAtTheCursorAndGivesFocusBack() {
		long n = System.nanoTime();
		String email = "picker." + n + "@newsroom.example";
		StaffUser author = this.staff.create(email, "Picker Author", Role.AUTHOR, "a long enough password");
		String token = "pick" + n;
		List<Long> photos = new ArrayList<>();
		for (int i = 0; i <= MediaService.PAGE_SIZE; i++) {
			long id = this.media.upload(PhotoFixtures.png(64, 48), token + "-" + i + ".png", author.id()).id();
			this.media.updateDetails(id, new PhotoDetails("Test card number " + i + ".",
					"LISBON, PORTUGAL - MAY 3: Test card " + i + ".", "Photo: Test Agency", "", ""));
			photos.add(id);
		}
		long oldest = photos.getFirst();
		long newest = photos.getLast();

		try (Browser browser = Browser.start()) {
			ChromeDriver driver = browser.driver();
			driver.get(url("/newsroom/sign-in"));
			driver.findElement(By.id("sign-in-email")).sendKeys(email);
			driver.findElement(By.id("sign-in-password")).sendKeys("a long enough password");
			driver.findElement(By.cssSelector("form.desk-form button")).click();
			waiting(driver).until(ExpectedConditions.urlMatches("/newsroom/$"));
			driver.get(url("/newsroom/articles/new"));

			WebElement body = driver.findElement(By.id("article-body"));
			body.sendKeys("First paragraph.\n\nSecond paragraph.");
			driver.executeScript("arguments[0].setSelectionRange(16, 16)", body);
			WebElement insert = driver.findElement(By.id("insert-photo"));
			insert.click();
			search(driver, token);
			waitForStatus(driver, (MediaService.PAGE_SIZE + 1) + " photos match “" + token + "”, page 1 of 2.");
			assertThat(driver.findElements(By.cssSelector(".photo-choice"))).hasSize(MediaService.PAGE_SIZE);
			assertThat(driver.findElement(By.cssSelector("[data-page=newer]")).isDisplayed()).isFalse();
			driver.findElement(By.cssSelector("[data-page=older]")).click();
			waitForStatus(driver, "page 2 of 2.");
			WebElement only = driver.findElement(By.cssSelector(".photo-choice"));
			assertThat(only.getAttribute("data-photo")).isEqualTo(Long.toString(oldest));
			assertThat(driver.switchTo().activeElement()).as("focus moves to the new page").isEqualTo(only);
			assertThat(driver.findElement(By.cssSelector("[data-page=older]")).isDisplayed()).isFalse();
			browser.screenshot("photo-picker-second-page");
			only.sendKeys(Keys.ENTER);
			waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("photo-picker")));
			assertThat(body.getAttribute("value"))
				.isEqualTo("First paragraph.\n\n![](photo:" + oldest + ")\n\nSecond paragraph.");
			assertThat(driver.findElement(By.id("body-photo-said")).getText())
				.startsWith("Photo " + oldest + " placed");
			assertThat(driver.switchTo().activeElement()).isEqualTo(insert);

			WebElement chooseHero = driver.findElement(By.id("choose-hero"));
			chooseHero.click();
			search(driver, "nothing-matches-" + n);
			waitForStatus(driver, "No photo matches");
			driver.findElement(By.cssSelector(".photo-picker-close")).click();
			waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("photo-picker")));
			assertThat(driver.switchTo().activeElement()).as("Close gives focus back").isEqualTo(chooseHero);
			assertThat(driver.findElement(By.id("article-hero")).getAttribute("value")).isEmpty();

			chooseHero.click();
			search(driver, token);
			waitForStatus(driver, "page 1 of 2.");
			driver.findElement(By.cssSelector(".photo-choice[data-photo='" + newest + "']")).click();
			WebElement hero = driver.findElement(By.id("article-hero"));
			assertThat(hero.getAttribute("value")).isEqualTo(Long.toString(newest));
			assertThat(driver.findElement(By.cssSelector("#hero-preview .caption")).getText())
				.isEqualTo("LISBON, PORTUGAL - MAY 3: Test card " + MediaService.PAGE_SIZE + ".");
			String lastDigit = Long.toString(newest % 10);
			hero.sendKeys(Keys.BACK_SPACE, Long.toString((newest + 1) % 10));
			assertThat(hero.getAttribute("value")).doesNotEndWith(lastDigit);
			assertThat(driver.findElements(By.cssSelector("#hero-preview figure")))
				.as("a number typed by hand is not shown as the chosen photo")
				.isEmpty();
			assertThat(browser.consoleErrors()).isEmpty();
		}
	}

	private static void search(ChromeDriver driver, String query) {
		waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-picker")));
		WebElement search = driver.findElement(By.id("photo-picker-q"));
		search.clear();
		search.sendKeys(query, Keys.ENTER);
	}

	private static void waitForStatus(ChromeDriver driver, String text) {
		waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("photo-picker-status"), text));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait waiting(ChromeDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

}
