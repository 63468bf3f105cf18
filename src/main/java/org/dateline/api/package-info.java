/**
 * The public, read-only content API at {@code /api/v1/}: published articles, sections,
 * tags, authors, photos and approved comments as documented JSON (snake_case, described
 * by {@code /api/v1/openapi.json}), and each article in IPTC ninjs 2.1. Owns no tables;
 * reads through the features' services only, and never shows a draft, an embargoed story,
 * an original photo file or a commenter's email address.
 */
package org.dateline.api;
