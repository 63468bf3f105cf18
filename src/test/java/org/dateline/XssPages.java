package org.dateline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens many pages of the site in headless Chromium a batch at a time, each in a
 * same-origin frame of one page, and reports every page on which an attack did anything:
 * a script ran (a dialog, a {@code __xss} marker), an injected element appeared, or the
 * markup holds anything active that the site itself never writes (an {@code on...}
 * attribute, a {@code javascript:} or {@code data:} address, a foreign script, object,
 * embed, base or meta refresh), or a JSON-LD block no longer parses. A page that failed
 * on the server (a 5xx error page) is reported too: it would have shown nothing.
 * <p>
 * The browser bypasses the Content-Security-Policy while it does this (its own test is
 * ContentSecurityPolicyBrowserTests): here escaping and sanitising must hold on their
 * own.
 */
public final class XssPages {

	private static final String LOAD = """
			var paths = arguments[0], done = arguments[arguments.length - 1];
			document.documentElement.innerHTML = '<head></head><body></body>';
			var left = paths.length;
			var timer = setTimeout(function () { done('timeout'); }, 90000);
			paths.forEach(function (path) {
			  var frame = document.createElement('iframe');
			  frame.width = 600; frame.height = 400;
			  frame.setAttribute('data-path', path);
			  frame.onload = function () { if (--left === 0) { clearTimeout(timer); setTimeout(function () { done('ok'); }, 400); } };
			  frame.src = path;
			  document.body.appendChild(frame);
			});
			""";

	private static final String INSPECT = """
			function unsafe(doc, found, where) {
			  var win = doc.defaultView;
			  try { if (win && win.__xss !== undefined) { found.push(where + ': a script ran'); } } catch (e) { }
			  doc.querySelectorAll('*').forEach(function (el) {
			    var tag = el.tagName.toLowerCase();
			    if (tag === 'xss-injected' || el.id === 'xss-injected') { found.push(where + ': injected element'); }
			    if (['object', 'embed', 'applet', 'base'].includes(tag)) { found.push(where + ': ' + tag); }
			    if (tag === 'meta' && el.hasAttribute('http-equiv') && el.closest('body')) { found.push(where + ': meta ' + el.getAttribute('http-equiv')); }
			    if (tag === 'script') {
			      var type = el.getAttribute('type') || '';
			      var src = el.getAttribute('src') || '';
			      if (type === 'application/ld+json') {
			        try { JSON.parse(el.textContent); } catch (e) { found.push(where + ': JSON-LD broken'); }
			      } else if (!src.startsWith('/assets/')) { found.push(where + ': script ' + el.outerHTML.slice(0, 80)); }
			    }
			    if (tag === 'iframe' && el.id !== 'live-preview') { found.push(where + ': iframe ' + el.outerHTML.slice(0, 80)); }
			    for (var i = 0; i < el.attributes.length; i++) {
			      var a = el.attributes[i], name = a.name.toLowerCase();
			      var url = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background',
			                 'data', 'code', 'codebase', 'srcdoc', 'ping', 'cite'].includes(name);
			      if (name.startsWith('on') || (name === 'srcdoc' && el.id !== 'live-preview')
			          || (url && /^\\s*(javascript|vbscript|data):/i.test(a.value.replace(/[\\u0000-\\u0020]/g, '')))) {
			        found.push(where + ': ' + tag + ' ' + name + '=' + a.value.slice(0, 60));
			      }
			    }
			  });
			}
			var found = [];
			if (window.__xss !== undefined) { found.push('top: a script ran'); }
			document.querySelectorAll('iframe[data-path]').forEach(function (frame) {
			  var where = frame.getAttribute('data-path');
			  try {
			    var doc = frame.contentDocument;
			    if (!doc || !doc.documentElement) { found.push(where + ': not loaded'); return; }
			    var kicker = doc.querySelector('.error-page .kicker');
			    if (kicker && /Error 5/.test(kicker.textContent)) { found.push(where + ': ' + kicker.textContent); }
			    unsafe(doc, found, where);
			    doc.querySelectorAll('iframe').forEach(function (inner) {
			      try { if (inner.contentDocument) { unsafe(inner.contentDocument, found, where + ' > frame'); } } catch (e) { }
			    });
			  } catch (e) { found.push(where + ': ' + e); }
			});
			return found;
			""";

	private final Browser browser;

	private final String base;

	private XssPages(Browser browser, String base) {
		this.browser = browser;
		this.base = base;
	}

	/**
	 * Prepares the browser: dialogs and markers are caught in every frame, and the
	 * Content-Security-Policy is bypassed.
	 */
	public static XssPages in(Browser browser, String base) {
		browser.watchForInjectedScripts();
		browser.driver().executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
		return new XssPages(browser, base);
	}

	/**
	 * What an attack did on each of the given same-origin pages, opened {@code perBatch}
	 * at a time; empty when nothing did anything.
	 */
	@SuppressWarnings("unchecked")
	public List<String> findings(List<String> paths, int perBatch) {
		ChromeDriver driver = this.browser.driver();
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
		List<String> found = new ArrayList<>();
		for (int from = 0; from < paths.size(); from += perBatch) {
			List<String> batch = paths.subList(from, Math.min(paths.size(), from + perBatch));
			driver.get(this.base + "/robots.txt");
			Object loaded = driver.executeAsyncScript(LOAD, batch);
			if (!"ok".equals(loaded)) {
				found.add("batch from " + batch.getFirst() + " did not load: " + loaded);
			}
			found.addAll(inspect(driver));
			if (this.browser.scriptRan()) {
				found.add("a dialog opened or a marker was set in the batch from " + batch.getFirst());
			}
		}
		return found;
	}

	/**
	 * What an attack did in the current page's frames marked {@code data-path} (their
	 * documents and the frames inside them).
	 */
	@SuppressWarnings("unchecked")
	public static List<String> inspect(ChromeDriver driver) {
		return (List<String>) driver.executeScript(INSPECT);
	}

}
