package org.dateline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven by Selenium. Both executables are
 * named explicitly, so Selenium never tries to download a browser or a driver (this
 * machine has no access to where it would).
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	public static Browser start() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (Debian packages chromium and chromium-driver); ./dateline test installs them.");
		}
		try {
			Path profile = Files.createTempDirectory("dateline-chromium-");
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
					"--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile);
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			// An attack that opens a dialog must not hang the browser: dialogs are left
			// open and checked for.
			options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.IGNORE);
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Signs in through the newsroom's form and waits for the dashboard (not merely a URL
	 * containing {@code /newsroom/}: the sign-in page's own URL does).
	 */
	public void signIn(String base, String email, String password) {
		this.driver.get(base + "/newsroom/sign-in");
		this.driver.findElement(By.id("sign-in-email")).sendKeys(email);
		this.driver.findElement(By.id("sign-in-password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("form.desk-form button")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches("/newsroom/$"));
	}

	/** Saves a screenshot of the current page as {@code target/screenshots/NAME.png}. */
	public Path screenshot(String name) {
		try {
			File shot = this.driver.getScreenshotAs(OutputType.FILE);
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The console's errors since the last call: failed loads, CSP violations, script
	 * errors.
	 */
	public List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * Makes the page render as for {@code prefers-color-scheme} or {@code print}, through
	 * the DevTools protocol.
	 */
	public void emulate(String media, String colorScheme) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features",
				List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
	}

	/**
	 * Makes every page this browser opens record any script an attacker got to run:
	 * dialogs are replaced by a marker ({@code top.__xss}), which {@link #scriptRan()}
	 * reads along with the markers the attack corpus sets itself.
	 */
	public void watchForInjectedScripts() {
		this.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				(function () {
				  function caught() { try { top.__xss = 1; } catch (e) { window.__xss = 1; } }
				  window.alert = caught; window.prompt = caught; window.confirm = caught; window.print = caught;
				})();
				"""));
	}

	/**
	 * Makes every page (and frame) this browser opens record each Content-Security-Policy
	 * violation it reports, for {@link #policyViolations()}: the DOM event is more
	 * precise than the console, which mixes them with other errors.
	 */
	public void watchForPolicyViolations() {
		this.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				(function () {
				  var seen = [];
				  Object.defineProperty(window, '__cspViolations', { value: seen });
				  document.addEventListener('securitypolicyviolation', function (e) {
				    var what = e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at '
				      + (e.sourceFile || document.URL) + ':' + e.lineNumber;
				    seen.push(what);
				    try { if (top !== window && top.__cspViolations) { top.__cspViolations.push(what); } } catch (x) { }
				  }, true);
				})();
				"""));
	}

	/**
	 * The policy violations the current page and its frames reported since it loaded
	 * (needs {@link #watchForPolicyViolations()}).
	 */
	@SuppressWarnings("unchecked")
	public List<String> policyViolations() {
		Object seen = this.driver
			.executeScript("return window.__cspViolations ? window.__cspViolations.slice() : null;");
		if (seen == null) {
			throw new IllegalStateException("Not watching for policy violations on " + this.driver.getCurrentUrl());
		}
		return (List<String>) seen;
	}

	/** Whether anything the corpus injects ran or appeared on the current page. */
	public boolean scriptRan() {
		Object marker = this.driver.executeScript("""
				return window.__xss !== undefined
				  || document.querySelector('xss-injected, #xss-injected') !== null
				  || Array.from(document.querySelectorAll('iframe')).some(function (f) {
				       try { return f.contentWindow.__xss !== undefined; } catch (e) { return false; } });
				""");
		if (Boolean.TRUE.equals(marker)) {
			return true;
		}
		try {
			this.driver.switchTo().alert();
			return true;
		}
		catch (org.openqa.selenium.NoAlertPresentException ex) {
			return false;
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		TemporaryDataDirectory.delete(this.profile);
	}

}
