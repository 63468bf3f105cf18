package org.dateline.article;

import java.time.Duration;

import org.dateline.Browser;
import org.dateline.SiteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in a real browser (headless Chromium): from the front page to a story, on a
 * desktop and a phone, in dark mode and in print. Screenshots go to
 * {@code target/screenshots}.
 */
@SiteTest
class ReaderBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void open() {
		browser = Browser.start();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	private ChromeDriver driver() {
		return browser.driver();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void aReaderFollowsTheLeadStoryFromTheFrontPage() {
		driver().manage().window().setSize(new Dimension(1280, 1600));
		driver().get(url("/"));
		assertThat(driver().getTitle()).isEqualTo("Dateline News");
		WebElement lead = driver().findElement(By.cssSelector(".lead .teaser-headline a"));
		String headline = lead.getText();
		waitForImages();
		browser.screenshot("front-page");
		lead.click();
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/andes-rail-tunnel"));
		assertThat(driver().findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(headline);
		assertThat(driver().findElement(By.cssSelector(".story-body p .dateline")).getText())
			.isEqualTo("MENDOZA, Argentina");
		waitForImages();
		Number heroWidth = (Number) driver()
			.executeScript("return document.querySelector('figure.hero img').naturalWidth");
		assertThat(heroWidth.intValue()).as("the hero photo loaded").isGreaterThan(0);
		browser.screenshot("article-page");
		assertThat(browser.consoleErrors()).as("no failed loads or policy violations").isEmpty();
	}

	@Test
	void onAPhoneTheStoryFitsTheScreen() {
		driver().manage().window().setSize(new Dimension(390, 844));
		driver().get(url("/"));
		driver().findElement(By.cssSelector(".lead .teaser-headline a")).click();
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/andes-rail-tunnel"));
		waitForImages();
		Number overflow = (Number) driver()
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
		browser.screenshot("article-phone");
		driver().manage().window().setSize(new Dimension(1280, 1600));
	}

	@Test
	void darkModeAndPrintHaveTheirOwnStyles() {
		driver().get(url("/"));
		String light = background();
		browser.emulate("screen", "dark");
		String dark = background();
		assertThat(dark).isNotEqualTo(light);
		assertThat(luminance(dark)).isLessThan(0.2);
		browser.screenshot("front-page-dark");
		browser.emulate("print", "light");
		assertThat(driver().findElement(By.cssSelector("nav.sections")).isDisplayed()).as("no navigation on paper")
			.isFalse();
		browser.emulate("screen", "light");
	}

	private String background() {
		return (String) driver().executeScript("return getComputedStyle(document.body).backgroundColor");
	}

	private static double luminance(String rgb) {
		String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
		return (0.2126 * Integer.parseInt(parts[0]) + 0.7152 * Integer.parseInt(parts[1])
				+ 0.0722 * Integer.parseInt(parts[2])) / 255;
	}

	private void waitForImages() {
		new WebDriverWait(driver(), Duration.ofSeconds(20)).until((d) -> (Boolean) driver().executeScript(
				"return Array.from(document.images).filter(i => i.loading !== 'lazy').every(i => i.complete)"));
	}

}
