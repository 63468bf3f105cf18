/**
 * The demo site a fresh {@code ./dateline serve} starts with: original articles,
 * generated photos, comments. Writes only through the features' services, like an import.
 */
package org.dateline.demo;
