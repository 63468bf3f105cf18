package org.dateline.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Replaces NUL characters in request parameters with U+FFFD, the replacement character.
 * No form or link has a use for them, and PostgreSQL refuses any text that holds one: a
 * query parameter or a comment carrying {@code %00} would otherwise end in a 500 there.
 * Replacing rather than removing keeps the value visibly wrong, so {@code ?page=%00} is
 * still a bad request and not quietly the first page, and everything else the reader
 * typed is kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		boolean suspicious = (query != null && query.contains("%00")) || request.getContentType() != null;
		chain.doFilter(suspicious ? new WithoutNul(request) : request, response);
	}

	private static final char REPLACEMENT = '\uFFFD';

	private static final class WithoutNul extends HttpServletRequestWrapper {

		WithoutNul(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String value = super.getParameter(name);
			return (value == null) ? null : value.replace('\u0000', REPLACEMENT);
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			return (values == null) ? null : clean(values);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> cleaned = new LinkedHashMap<>();
			super.getParameterMap().forEach((name, values) -> cleaned.put(name, clean(values)));
			return cleaned;
		}

		private static String[] clean(String[] values) {
			String[] cleaned = new String[values.length];
			for (int i = 0; i < values.length; i++) {
				cleaned[i] = values[i].replace('\u0000', REPLACEMENT);
			}
			return cleaned;
		}

	}

}
