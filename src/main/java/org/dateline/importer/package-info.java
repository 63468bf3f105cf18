/**
 * Bringing content in and taking it out: WordPress exports (WXR), agency wire copy in
 * plain text and IPTC ninjs, and the site's own export (ninjs files and a WXR file).
 * Imports remember what each source item became ({@code import_source}), so a re-run
 * updates instead of duplicating, and old WordPress addresses answer with a 301
 * ({@code import_redirect}). It writes through the article, comment and media services,
 * never their tables.
 */
package org.dateline.importer;
