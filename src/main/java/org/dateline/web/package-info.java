/**
 * What every page shares: the layout's model ({@link org.dateline.web.PageMeta}), paging,
 * error pages, security and HTTP plumbing. Holds no feature logic and depends only on
 * {@code site} and {@code data}.
 */
package org.dateline.web;
