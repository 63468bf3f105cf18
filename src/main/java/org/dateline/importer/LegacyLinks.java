package org.dateline.importer;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dateline.article.ArticleImports;

import org.springframework.stereotype.Component;

/**
 * The addresses imported stories had on their old WordPress site answer with a 301 to the
 * story's URL here, for ever: {@code /?p=123} and {@code /?page_id=7}
 * ({@link LegacyLinkController}), and pretty permalinks such as
 * {@code /2019/03/14/harbour-reopens/} when nothing else here answers them
 * ({@link LegacyLinkAdvice}, only on a 404, so ordinary pages pay nothing).
 */
@Component
class LegacyLinks {

	private final ImportSources sources;

	private final ArticleImports articles;

	LegacyLinks(ImportSources sources, ArticleImports articles) {
		this.sources = sources;
		this.articles = articles;
	}

	void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String query = request.getQueryString();
		answer(normalize(request.getRequestURI() + (query == null ? "" : "?" + query)), response);
	}

	void answer(String path, HttpServletResponse response) throws IOException {
		Optional<String> target = this.sources.redirectTarget(path).flatMap(this.articles::publishedPath);
		if (target.isEmpty()) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		// as web.RedirectAdvice answers a renamed story's old URL
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader("Location", target.get());
		response.setHeader("Cache-Control", "public, max-age=86400");
	}

	/**
	 * Old paths are kept without a trailing slash: {@code /2019/03/harbour/} and
	 * {@code /2019/03/harbour} are one.
	 */
	static String normalize(String path) {
		if (path == null || path.isEmpty()) {
			return null;
		}
		int query = path.indexOf('?');
		String bare = query < 0 ? path : path.substring(0, query);
		String rest = query < 0 ? "" : path.substring(query);
		while (bare.length() > 1 && bare.endsWith("/")) {
			bare = bare.substring(0, bare.length() - 1);
		}
		return bare + rest;
	}

}
